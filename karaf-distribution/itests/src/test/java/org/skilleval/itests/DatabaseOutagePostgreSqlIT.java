package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped under a running platform (issue 14): while it is down the API answers 503
 * {@code database-unavailable} with Retry-After, quickly, never a 500 and never a hang, and
 * {@code /api/health} says the database is DOWN; once it is back the same Karaf serves again, with
 * no restart, and every write it acknowledged is there. The server is the test's own (postgresql.sh
 * in {@code target/postgresql-outage}): the run's shared one must stay up for the other tests.
 */
class DatabaseOutagePostgreSqlIT {

    private static final int WRITERS = 4;

    /** How long the database stays down. */
    private static final long OUTAGE_MILLIS = 8_000;

    /** No request may take longer, outage or not (the client gives up after 60 s). */
    private static final long LONGEST_ANSWER_MILLIS = 10_000;

    /** How soon after the database is back the platform must serve writes again. */
    private static final long RECOVERY_MILLIS = 30_000;

    private PostgreSqlServer server;
    private DistributionProcess karaf;

    @AfterEach
    void close() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aStoppedDatabaseGives503sAndThePlatformRecoversWithoutRestartLosingNothing() throws Exception {
        PostgreSqlServer.requiredBy(getClass());
        server = PostgreSqlServer.startOwn(Path.of(System.getProperty("skilleval.itests.work", "target/work"))
                .resolve("postgresql-outage"));
        karaf = DistributionProcess.unpackOnEmbeddedDerby("database-outage");
        karaf.useDatabase(server.datasource("skilleval"));
        karaf.setProperty("etc/org.skilleval.core.demo.cfg", "round", "false");
        karaf.start();
        String province = karaf.login("province", "province-demo");
        long karafPid = karafJavaPid();

        try (WriteLoad load = new WriteLoad("停库测试工种", List.of(new WriteLoad.Target("n", karaf, province)), WRITERS)) {
            load.start().awaitAcknowledged(100, 60_000);
            int beforeOutage = load.acknowledged().size();
            assertTrue(beforeOutage >= 20, "the writers got going: " + beforeOutage + " " + load.refused());

            long stoppedAt = load.millisSinceStart();
            server.stopServer();
            Thread.sleep(OUTAGE_MILLIS / 2);
            HttpResponse<String> health = karaf.get("/api/health");
            assertEquals(503, health.statusCode(), health.body());
            JsonNode healthBody = DistributionProcess.JSON.readTree(health.body());
            assertEquals("DOWN", healthBody.get("status").asText(), health.body());
            assertFalse(healthBody.get("database").get("reachable").asBoolean(), health.body());
            HttpResponse<String> read = karaf.get("/api/occupations?limit=5", province);
            assertEquals(503, read.statusCode(), "a read while the database is down: " + read.body());
            Thread.sleep(OUTAGE_MILLIS / 2);

            long resumedAt = load.millisSinceStart();
            server.resumeServer();
            int atResume = load.acknowledged().size();
            long deadline = System.nanoTime() + RECOVERY_MILLIS * 1_000_000;
            while (load.acknowledged().size() < atResume + 50 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            long recoveredAt = load.millisSinceStart();
            load.stop();

            List<WriteLoad.Refusal> refused = load.refused();
            List<WriteLoad.Refusal> during =
                    refused.stream().filter(r -> r.atMillis() >= stoppedAt).toList();
            long lastRefusalAfterResume = refused.stream()
                    .mapToLong(WriteLoad.Refusal::atMillis)
                    .filter(at -> at >= resumedAt)
                    .map(at -> at - resumedAt)
                    .max()
                    .orElse(0);
            System.out.printf(
                    "DatabaseOutagePostgreSqlIT: %d acknowledged (%d before the stop, %d after the resume),"
                            + " %d refused (%d of them after the resume, the last %d ms after it), %d unanswered,"
                            + " slowest answer %d ms, 50 writes acknowledged %d ms after the resume%n",
                    load.acknowledged().size(),
                    beforeOutage,
                    load.acknowledged().size() - atResume,
                    refused.size(),
                    refused.stream().filter(r -> r.atMillis() >= resumedAt).count(),
                    lastRefusalAfterResume,
                    load.unanswered(),
                    load.slowestMillis(),
                    recoveredAt - resumedAt);

            assertTrue(
                    load.acknowledged().size() >= atResume + 50,
                    "the platform serves writes again within " + RECOVERY_MILLIS + " ms of the database's return,"
                            + " without a restart: " + (load.acknowledged().size() - atResume)
                            + " acknowledged; the last refusals: "
                            + refused.subList(Math.max(0, refused.size() - 3), refused.size()));
            assertFalse(during.isEmpty(), "the writers met the outage");
            for (WriteLoad.Refusal refusal : refused) {
                assertEquals(503, refusal.status(), "only 503 while the database is away: " + refusal);
                JsonNode problem = DistributionProcess.JSON.readTree(refusal.body());
                assertTrue(
                        problem.get("type").asText().endsWith("database-unavailable"),
                        "a machine-readable problem: " + refusal);
                assertFalse(problem.get("title").asText().isBlank(), refusal.toString());
                assertEquals(Integer.toString(5), refusal.retryAfter(), refusal.toString());
            }
            assertEquals(0, load.unanswered(), "every request is answered");
            assertTrue(
                    load.slowestMillis() <= LONGEST_ANSWER_MILLIS,
                    "no request waits longer than " + LONGEST_ANSWER_MILLIS + " ms: " + load.slowestMillis());

            assertEquals(karafPid, karafJavaPid(), "the same Karaf serves on: no restart");
            assertEquals(List.of(), load.lostAsSeenBy(karaf, province), "acknowledged writes lost by the outage");
            try (var connection = server.connect("skilleval");
                    var statement = connection.createStatement();
                    var count = statement.executeQuery("SELECT COUNT(*) FROM OCCUPATION WHERE NAME LIKE '停库测试工种-%'")) {
                count.next();
                assertTrue(count.getLong(1) >= load.acknowledged().size(), "read in PostgreSQL itself");
            }
            assertTrue(DistributionProcess.JSON
                    .readTree(karaf.get("/api/audit/verify", province).body())
                    .get("intact")
                    .asBoolean());
        }
        karaf.stop();
    }

    private long karafJavaPid() {
        return karaf.javaPid();
    }
}
