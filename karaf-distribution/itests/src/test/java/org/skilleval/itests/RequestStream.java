package org.skilleval.itests;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady stream of {@code GET} requests on a background thread, as a client polling the API
 * would send while an operator installs and removes plugins. Bounded: it stops when closed or
 * after {@link #MAX_REQUESTS}.
 */
final class RequestStream implements AutoCloseable {

    private static final int MAX_REQUESTS = 200_000;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sent = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    RequestStream(int port, String path) {
        ApiClient api = new ApiClient(port);
        thread = new Thread(
                () -> {
                    while (running.get() && sent.get() < MAX_REQUESTS) {
                        sent.incrementAndGet();
                        try {
                            HttpResponse<String> response = api.send("GET", path, null, null);
                            if (response.statusCode() != 200) {
                                failures.add(response.statusCode() + " " + response.body());
                            }
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                },
                "skilleval-itest-request-stream");
        thread.start();
    }

    int sent() {
        return sent.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
