package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Committed data is never lost: writers post through the API, the container is killed with
 * SIGKILL while they do, it restarts on the same data, and every write it acknowledged (201) is
 * read back. The audit chain is intact afterwards: events committed just before the kill are
 * chained at the restart.
 */
class DurabilityIT {

    private static final int WRITERS = 4;
    /** The kill comes once this many writes were acknowledged, so that a slow machine still tests something. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;

    /** However slow the machine, the kill comes after this long. */
    private static final long LONGEST_WRITE_MILLIS = 90_000;

    private DistributionProcess karaf;

    @BeforeEach
    void unpack() throws Exception {
        karaf = DistributionProcess.unpack("durability");
        karaf.setProperty("etc/org.skilleval.core.demo.cfg", "round", "false");
    }

    @AfterEach
    void close() throws Exception {
        karaf.close();
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKill9() throws Exception {
        karaf.start();
        String province = karaf.login("province", "province-demo");
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger unanswered = new AtomicInteger();
        Queue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; writing.get(); n++) {
                    String name = "耐久测试工种-" + writer + "-" + n;
                    try {
                        HttpResponse<String> response = karaf.send(
                                "POST",
                                "/api/occupations",
                                "{\"name\":\"" + name + "\",\"hasSeniorTechnicianStandard\":false}",
                                province);
                        if (response.statusCode() == 201) {
                            acknowledged.add(name);
                        } else {
                            refused.add(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception killed) {
                        // The container died under this request: not acknowledged, may or may not be stored.
                        unanswered.incrementAndGet();
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_WRITE_MILLIS);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        karaf.kill();
        writing.set(false);
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        assertTrue(
                acknowledged.size() > 50,
                "the writers got going before the kill: " + acknowledged.size() + " acknowledged, " + refused.size()
                        + " refused, the first: " + refused.peek());

        karaf.start();
        String afterRestart = karaf.login("province", "province-demo");
        Set<String> stored = storedNames(afterRestart);
        List<String> lost = new ArrayList<>();
        for (String name : acknowledged) {
            if (!stored.contains(name)) {
                lost.add(name);
            }
        }
        System.out.printf(
                "DurabilityIT: %d writes acknowledged before SIGKILL, %d unanswered, %d lost%n",
                acknowledged.size(), unanswered.get(), lost.size());
        assertEquals(List.of(), lost, "acknowledged writes lost by a kill -9");

        HttpResponse<String> verify = karaf.get("/api/audit/verify", afterRestart);
        JsonNode chain = DistributionProcess.JSON.readTree(verify.body());
        assertTrue(chain.get("intact").asBoolean(), "the audit chain survives a kill -9: " + chain);
        assertTrue(chain.get("eventsChecked").asLong() >= acknowledged.size(), chain.toString());
        karaf.stop();
    }

    private Set<String> storedNames(String token) throws Exception {
        Set<String> names = new HashSet<>();
        for (int offset = 0; ; offset += 500) {
            HttpResponse<String> page = karaf.get(
                    "/api/occupations?q=%E8%80%90%E4%B9%85%E6%B5%8B%E8%AF%95&limit=500&offset=" + offset, token);
            assertEquals(200, page.statusCode(), page.body());
            JsonNode body = DistributionProcess.JSON.readTree(page.body());
            body.get("items").forEach(item -> names.add(item.get("name").asText()));
            if (offset + 500 >= body.get("total").asInt()) {
                return names;
            }
        }
    }
}
