package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writers creating occupations through the API of one or more distributions while a fault strikes
 * (a kill -9, a database stopped), keeping account of every answer: the writes acknowledged (201),
 * which must all be found afterwards, the refusals with their status and body, the requests left
 * without an answer, and the slowest answer. Each occupation's name is unique: the prefix, the
 * node, the writer and a counter.
 */
final class WriteLoad implements AutoCloseable {

    /** A node to write to, with a session token signed by that node. */
    record Target(String node, DistributionProcess distribution, String token) {}

    /** An answer other than 201. */
    record Refusal(String node, long atMillis, int status, String retryAfter, String body) {}

    private final String prefix;
    private final List<Target> targets;
    private final int writersPerTarget;
    private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Refusal> refused = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicLong slowestMillis = new AtomicLong();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final long startedAt = System.nanoTime();
    private ExecutorService writers;

    /**
     * @param prefix the start of every name written, for {@link #storedNames} to find them
     * @param writersPerTarget how many writers post to each target at once
     */
    WriteLoad(String prefix, List<Target> targets, int writersPerTarget) {
        this.prefix = prefix;
        this.targets = List.copyOf(targets);
        this.writersPerTarget = writersPerTarget;
    }

    /** Starts the writers; each writes until {@link #stop}. */
    WriteLoad start() {
        writers = Executors.newFixedThreadPool(targets.size() * writersPerTarget);
        for (Target target : targets) {
            for (int w = 0; w < writersPerTarget; w++) {
                int writer = w;
                writers.submit(() -> write(target, writer));
            }
        }
        return this;
    }

    private void write(Target target, int writer) {
        for (int n = 0; writing.get(); n++) {
            String name = prefix + "-" + target.node() + "-" + writer + "-" + n;
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = target.distribution()
                        .send(
                                "POST",
                                "/api/occupations",
                                "{\"name\":\"" + name + "\",\"hasSeniorTechnicianStandard\":false}",
                                target.token());
                if (response.statusCode() == 201) {
                    acknowledged.add(name);
                } else {
                    refused.add(new Refusal(
                            target.node(),
                            millisSinceStart(),
                            response.statusCode(),
                            response.headers().firstValue("Retry-After").orElse(null),
                            response.body()));
                    pause(); // as a client told to retry later would
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception noAnswer) {
                // The node died under this request, or it timed out: not acknowledged, may or may not be stored.
                unanswered.incrementAndGet();
                pause();
            } finally {
                slowestMillis.accumulateAndGet(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent), Math::max);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    long millisSinceStart() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
    }

    /** Waits until {@code count} writes in all were acknowledged, or {@code maxMillis} passed. */
    void awaitAcknowledged(int count, long maxMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        while (acknowledged.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** Stops the writers and waits for their last requests to be answered (or to time out). */
    void stop() throws InterruptedException {
        writing.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(120, TimeUnit.SECONDS), "the writers stop");
    }

    @Override
    public void close() throws InterruptedException {
        if (writers != null && !writers.isTerminated()) {
            stop();
        }
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** The writes acknowledged by {@code node}. */
    List<String> acknowledgedBy(String node) {
        return acknowledged.stream()
                .filter(name -> name.startsWith(prefix + "-" + node + "-"))
                .toList();
    }

    List<Refusal> refused() {
        return List.copyOf(refused);
    }

    int unanswered() {
        return unanswered.get();
    }

    long slowestMillis() {
        return slowestMillis.get();
    }

    /** The acknowledged writes missing from what {@code distribution} reads. */
    List<String> lostAsSeenBy(DistributionProcess distribution, String token) throws Exception {
        Set<String> stored = storedNames(distribution, token);
        List<String> lost = new ArrayList<>();
        for (String name : acknowledged) {
            if (!stored.contains(name)) {
                lost.add(name);
            }
        }
        return lost;
    }

    /** Every occupation of this load that {@code distribution} reads, page by page. */
    Set<String> storedNames(DistributionProcess distribution, String token) throws Exception {
        String query = URLEncoder.encode(prefix, StandardCharsets.UTF_8);
        Set<String> names = new HashSet<>();
        for (int offset = 0; ; offset += 500) {
            HttpResponse<String> page =
                    distribution.get("/api/occupations?q=" + query + "&limit=500&offset=" + offset, token);
            assertEquals(200, page.statusCode(), page.body());
            JsonNode body = DistributionProcess.JSON.readTree(page.body());
            body.get("items").forEach(item -> names.add(item.get("name").asText()));
            if (offset + 500 >= body.get("total").asInt()) {
                return names;
            }
        }
    }
}
