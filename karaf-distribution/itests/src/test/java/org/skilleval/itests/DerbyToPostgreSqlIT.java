package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Moves a platform from its embedded Derby to PostgreSQL as docs/operations.md tells an operator to:
 * the distribution runs on Derby and seeds its demo, stops, {@code bin/skilleval-copy-database}
 * copies the database into a new PostgreSQL database, etc/ names PostgreSQL, and the platform starts
 * on it with everything it had: the same rounds and statistics, the demo's sign-ins, an audit chain
 * that still verifies, and new records that get new ids. Runs in the PostgreSQL run only
 * (karaf-distribution/itests/pom.xml), which started the server.
 */
class DerbyToPostgreSqlIT {

    private DistributionProcess karaf;

    @AfterEach
    void stopKaraf() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void aDerbyDatabaseMovedToPostgreSqlReadsAsBeforeAndItsAuditChainVerifies() throws Exception {
        PostgreSqlServer server = PostgreSqlServer.requiredBy(getClass());
        karaf = DistributionProcess.unpackOnEmbeddedDerby("derby-to-postgresql");
        Path home = karaf.home();

        karaf.start();
        awaitDemoSeeded(home);
        String province = karaf.login("province", "province-demo");
        JsonNode auditBefore = json(karaf.get("/api/audit/verify", province));
        String roundsBefore = karaf.get("/api/rounds", province).body();
        String statisticsBefore = karaf.get("/api/statistics", province).body();
        assertTrue(auditBefore.get("intact").asBoolean(), auditBefore.toString());
        assertTrue(auditBefore.get("eventsChecked").asLong() > 100, auditBefore.toString());
        karaf.stop();

        // docs/operations.md: a new database, its settings in a file, the copy, then etc/ names it.
        String database = "skilleval_moved";
        Properties datasource = server.newDatabase(database);
        datasource.setProperty("dataSourceName", "skilleval-unmigrated");
        Path target = home.resolve("postgresql.cfg");
        try (var out = Files.newBufferedWriter(target)) {
            datasource.store(out, "the platform's database after the move");
        }
        Process copy = new ProcessBuilder(
                        home.resolve("bin/skilleval-copy-database").toString(),
                        "etc/org.ops4j.datasource-skilleval.cfg",
                        target.toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("copy.out").toFile())
                .start();
        copy.getOutputStream().close();
        if (!copy.waitFor(120, TimeUnit.SECONDS)) {
            copy.destroyForcibly();
            fail("bin/skilleval-copy-database did not finish within 2 minutes");
        }
        String copied = Files.readString(home.resolve("copy.out"));
        assertEquals(0, copy.exitValue(), copied);
        assertTrue(
                copied.contains(
                        "AUDIT_EVENT " + auditBefore.get("eventsChecked").asLong()),
                copied);
        Files.copy(
                target,
                home.resolve("etc/org.ops4j.datasource-skilleval.cfg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // the Derby database is gone: whatever the platform shows now comes from PostgreSQL
        Files.move(home.resolve("data/derby"), home.resolve("derby-before-the-move"));

        karaf.start();
        province = karaf.login("province", "province-demo");
        JsonNode auditAfter = json(karaf.get("/api/audit/verify", province));
        assertTrue(auditAfter.get("intact").asBoolean(), auditAfter.toString());
        assertTrue(
                auditAfter.get("eventsChecked").asLong()
                        >= auditBefore.get("eventsChecked").asLong(),
                auditAfter.toString());
        assertEquals(roundsBefore, karaf.get("/api/rounds", province).body());
        assertEquals(statisticsBefore, karaf.get("/api/statistics", province).body());

        // A database of its own, so no other test's rounds; the API takes years up to 2100.
        HttpResponse<String> created = karaf.send("POST", "/api/rounds", "{\"year\":2100,\"batch\":1}", province);
        assertEquals(201, created.statusCode(), created.body());
        long maxBefore = 0;
        for (JsonNode round : json(roundsBefore).get("items")) {
            maxBefore = Math.max(maxBefore, round.get("id").asLong());
        }
        assertTrue(json(created.body()).get("id").asLong() > maxBefore, "a new round gets a new id: " + created.body());
        JsonNode auditAtEnd = json(karaf.get("/api/audit/verify", province));
        assertTrue(auditAtEnd.get("intact").asBoolean(), auditAtEnd.toString());
        assertTrue(auditAtEnd.get("eventsChecked").asLong()
                > auditAfter.get("eventsChecked").asLong());
        try (Connection connection = server.connect(database);
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM round")) {
            rows.next();
            assertEquals(json(roundsBefore).get("total").asLong() + 1, rows.getLong(1), "the rounds are in PostgreSQL");
        }
        karaf.stop();
    }

    private static void awaitDemoSeeded(Path home) throws Exception {
        Path log = home.resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!(Files.exists(log)
                && Files.readString(log, StandardCharsets.UTF_8).contains("Demo seeded"))) {
            assertTrue(System.nanoTime() < deadline, "the demo was not seeded within 240 s");
            Thread.sleep(250);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.uri() + ": " + response.body());
        return DistributionProcess.JSON.readTree(response.body());
    }

    private static JsonNode json(String body) throws Exception {
        return DistributionProcess.JSON.readTree(body);
    }
}
