import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady, bounded stream of GET requests against one URL on this machine, from a few client
 * threads; prints how many were sent and how many failed, by status. Runs with
 * {@code java ApiLoad.java URL SECONDS THREADS [BEARER_TOKEN]}; stops by itself.
 */
public class ApiLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!"localhost".equals(uri.getHost()) && !uri.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("ApiLoad only targets this machine (localhost / 127.x)");
        }
        long seconds = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (args.length > 3) {
            builder.header("Authorization", "Bearer " + args[3]);
        }
        HttpRequest request = builder.build();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong sent = new AtomicLong();
        AtomicLong latencyNanos = new AtomicLong();
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        outcome = response.statusCode() == 200 ? null : "HTTP " + response.statusCode();
                    } catch (Exception e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    latencyNanos.addAndGet(System.nanoTime() - start);
                    sent.incrementAndGet();
                    if (outcome != null) {
                        failures.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("requests=%d failed=%d rate=%.0f/s meanLatencyMs=%.2f failures=%s%n", sent.get(), failed,
                sent.get() / (double) seconds, latencyNanos.get() / 1e6 / Math.max(1, sent.get()),
                new TreeMap<>(failures.entrySet().stream().collect(
                        java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()))));
    }
}
