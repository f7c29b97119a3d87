package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the distribution the way an operator does, with {@code bin/karaf} and {@code bin/stop}, and
 * proves that what the database held before a restart is there after it.
 */
class DistributionRestartIT {

    private static final ObjectMapper JSON = DistributionProcess.JSON;
    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String UPLOADED_METHOD = "acme-practical-test";

    private DistributionProcess karaf;
    private Path home;

    @BeforeEach
    void unpackDistribution() throws Exception {
        karaf = DistributionProcess.unpack("restart");
        karaf.useClassSharing();
        home = karaf.home();
    }

    @AfterEach
    void stopKaraf() throws Exception {
        karaf.close();
    }

    @Test
    void databaseContentSurvivesARestart() throws Exception {
        start();
        eventsOnceEveryPluginIsLogged(1);
        JsonNode demoRound = demoRoundOnceSeeded();
        demoDocumentsOpenWithTheirChineseText(demoRound);
        thePastRoundShowsOneAppointedHolderAndOneDueForReview();
        anEnterpriseUploadIsApprovedAndStarted();
        JsonNode before = eventsOnceEveryPluginIsLogged(1);
        stop();
        assertTrue(
                Files.isRegularFile(home.resolve("data/cds/skilleval.jsa.new")),
                "the first clean stop wrote the archive of the classes it loaded (bin/setenv)");

        start();
        Path classArchive = home.resolve("data/cds/skilleval.jsa");
        assertTrue(
                karaf.javaHasMapped(classArchive),
                "the restart maps the class archive instead of parsing those classes again; the JVM's notes: "
                        + Files.readString(home.resolve("data/cds/cds.log")));
        JsonNode after = eventsOnceEveryPluginIsLogged(2);
        JsonNode uploaded = listedPlugin(UPLOADED_METHOD);
        String province = login("province", "province-demo");
        JsonNode rounds = JSON.readTree(get("/api/rounds", province).body());
        int listsAfter =
                total("/api/proposal-lists?roundId=" + demoRound.get("id").asLong(), province);
        stop();

        assertEquals(1, listsAfter, "the demo's proposal list is still there after the restart");
        // Installed by the platform on the city's approval, not by an operator: the restart brings it
        // back, still the enterprise's own.
        assertEquals("ACTIVE", uploaded.get("state").asText(), uploaded.toString());
        assertEquals(NANJING_EQUIPMENT, uploaded.get("enterprise").asText(), uploaded.toString());

        assertEquals(2, rounds.get("total").asInt(), "the demo (current and past round) is seeded once, never again");
        assertEquals(
                demoRound.get("id").asLong(),
                rounds.get("items").get(0).get("id").asLong());

        Map<Long, String> afterById = new HashMap<>();
        after.get("items").forEach(event -> afterById.put(event.get("id").asLong(), event.toString()));
        for (JsonNode event : before.get("items")) {
            assertEquals(
                    event.toString(),
                    afterById.get(event.get("id").asLong()),
                    "event written before the restart is unchanged after it");
        }
        assertTrue(
                after.get("total").asLong() >= before.get("total").asLong() + 2,
                "the second boot added its own events to the first boot's: " + after);
        assertTrue(Files.isDirectory(home.resolve("data/derby/skilleval")), "the database lives under data/");
    }

    private void start() throws Exception {
        karaf.start();
    }

    private void stop() throws Exception {
        karaf.stop();
    }

    /**
     * The demo round, once the demo has finished seeding (it runs after boot, on its own thread),
     * checked stage by stage as the roles see it.
     */
    private JsonNode demoRoundOnceSeeded() throws Exception {
        Path log = home.resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String seeded = "";
        while (System.nanoTime() < deadline && !seeded.contains("Demo seeded:")) {
            seeded = Files.exists(log) ? Files.readString(log) : "";
            assertTrue(!seeded.contains("Demo seeding failed"), "the demo failed; see " + log);
            Thread.sleep(500);
        }
        assertTrue(seeded.contains("Demo seeded:"), "the demo was not seeded within 120 s; see " + log);

        String province = login("province", "province-demo");
        JsonNode rounds = JSON.readTree(get("/api/rounds", province).body());
        assertEquals(2, rounds.get("total").asInt(), "the current round and the past one: " + rounds);
        JsonNode round = rounds.get("items").get(0);
        String roundQuery = "?roundId=" + round.get("id").asLong();
        assertEquals(12, total("/api/applications" + roundQuery, province));
        assertEquals(3, total("/api/participations" + roundQuery, province));
        assertEquals(
                1, total("/api/applications" + roundQuery + "&eligible=false", province), "one is a few months short");
        assertEquals(2, total("/api/participations" + roundQuery, login("nanjing", "nanjing-demo")));
        assertEquals(3, total("/api/panels" + roundQuery, province), "a panel per occupation of the plan");
        assertEquals(5, total("/api/assessments" + roundQuery, province), "every endorsed candidate is assessed");
        assertEquals(5, total("/api/assessments" + roundQuery, login("expert-zhou", "expert-demo")));
        assertEquals(1, total("/api/supervision-notes" + roundQuery, province));
        assertEquals(1, total("/api/proposal-lists" + roundQuery, province));
        JsonNode publicities = JSON.readTree(get("/api/public/publicities").body());
        if (seeded.contains("Demo publicity skipped")) {
            // from late December the five working days reach a year the shipped calendar lacks
            assertEquals(0, publicities.get("total").asInt(), publicities.toString());
        } else {
            assertEquals(1, publicities.get("total").asInt(), publicities.toString());
            assertEquals(2, publicities.get("items").get(0).get("candidates").size(), publicities.toString());
        }
        return round;
    }

    /**
     * The demo's past round (往期), as the enterprise, its city and the public see it: two holders of
     * its certificates, one appointed long enough ago that the term-end review is due, one appointed
     * recently; verification says the holder is appointed, and by whom.
     */
    private void thePastRoundShowsOneAppointedHolderAndOneDueForReview() throws Exception {
        String seeded = Files.readString(home.resolve("data/log/karaf.log"));
        assertTrue(
                !seeded.contains("Demo history skipped") && !seeded.contains("Demo history failed"),
                "the past round was not seeded (the shipped working-day calendar must know its year); see the log");
        String province = login("province", "province-demo");
        JsonNode past =
                JSON.readTree(get("/api/rounds", province).body()).get("items").get(1);
        assertTrue(past.get("title").asText().contains("演示·往期"), past.toString());

        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        JsonNode appointments = JSON.readTree(get("/api/appointments", hr).body());
        assertEquals(2, appointments.get("total").asInt(), appointments.toString());
        JsonNode due = JSON.readTree(
                get("/api/appointments/due", login("nanjing", "nanjing-demo")).body());
        assertEquals(1, due.get("total").asInt(), due.toString());
        assertEquals("马立军", due.get("items").get(0).get("holderName").asText());
        int dueFlags = 0;
        for (JsonNode appointment : appointments.get("items")) {
            assertEquals("CURRENT", appointment.get("status").asText(), appointment.toString());
            dueFlags += appointment.get("due").asBoolean() ? 1 : 0;
        }
        assertEquals(1, dueFlags, "one appointed holder and one due for review: " + appointments);

        JsonNode certificates =
                JSON.readTree(get("/api/certificates?roundId=" + past.get("id").asLong(), province)
                        .body());
        assertEquals(2, certificates.get("total").asInt(), certificates.toString());
        for (JsonNode certificate : certificates.get("items")) {
            String name = certificate.get("name").asText();
            JsonNode verified = JSON.readTree(get("/api/public/certificates/verify?code="
                            + certificate.get("code").asText() + "&name="
                            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                    .body());
            assertEquals("VALID", verified.get("status").asText(), verified.toString());
            assertTrue(verified.get("appointed").asBoolean(), verified.toString());
            assertEquals("南京某装备集团有限公司", verified.get("appointedBy").asText());
        }
    }

    /** The demo's documents, as the product serves them: the PDFs open and carry their Chinese text. */
    private void demoDocumentsOpenWithTheirChineseText(JsonNode round) throws Exception {
        String province = login("province", "province-demo");
        JsonNode proposed = JSON.readTree(
                        get("/api/applications?roundId=" + round.get("id").asLong() + "&status=PROPOSED", province)
                                .body())
                .get("items")
                .get(0);
        String form = SkillEvalTestSupport.pdfText(
                file("/api/applications/" + proposed.get("id").asLong() + "/form.pdf", province));
        assertTrue(
                form.contains("特级技师评审申报表") && form.contains(proposed.get("name").asText()), form);
        String statistics = new String(
                file("/api/statistics/export.xlsx?roundId=" + round.get("id").asLong(), province),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(statistics.startsWith("PK"), "an .xlsx is a zip file");
        JsonNode publicities = JSON.readTree(get("/api/public/publicities").body());
        if (publicities.get("total").asInt() > 0) {
            JsonNode publicity = publicities.get("items").get(0);
            String list = SkillEvalTestSupport.pdfText(
                    file("/api/public/publicities/" + publicity.get("id").asLong() + "/list.pdf", null));
            assertTrue(list.contains("特级技师建议人选名单公示"), list);
            for (JsonNode candidate : publicity.get("candidates")) {
                assertTrue(list.contains(candidate.get("name").asText()), list);
            }
        }
    }

    /**
     * The archetype's generated method, uploaded by the demo's 南京 enterprise and approved by 南京:
     * the platform installs it with no operator, so nothing but the platform brings it back.
     */
    private void anEnterpriseUploadIsApprovedAndStarted() throws Exception {
        Path jar = Path.of(System.getProperty(SkillEvalTestSupport.ARCHETYPE_METHOD_JAR_PROPERTY));
        karaf.uploadAndApprove(
                jar.getFileName().toString(),
                Files.readAllBytes(jar),
                login("nanjing-equipment-hr", "enterprise-demo"),
                login("nanjing", "nanjing-demo"));
        JsonNode plugin = listedPlugin(UPLOADED_METHOD);
        assertEquals("ACTIVE", plugin.get("state").asText(), plugin.toString());
    }

    /** The plugin as {@code GET /api/plugins} lists it, waiting a little for its service to register. */
    private JsonNode listedPlugin(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode plugin : JSON.readTree(get("/api/plugins").body()).get("items")) {
                if (plugin.get("id").asText().equals(id)
                        && plugin.get("state").asText().equals("ACTIVE")) {
                    return plugin;
                }
            }
            Thread.sleep(200);
        }
        fail(id + " is not listed as active: " + get("/api/plugins").body());
        return null;
    }

    private byte[] file(String path, String token) throws Exception {
        HttpResponse<byte[]> response = karaf.api().getFile(path, token);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private int total(String path, String token) throws Exception {
        HttpResponse<String> response = get(path, token);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body()).get("total").asInt();
    }

    private String login(String username, String password) throws Exception {
        return karaf.login(username, password);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return karaf.get(path, token);
    }

    /** The plugin events, once the REGISTERED events of every shipped plugin are written for each boot so far. */
    private JsonNode eventsOnceEveryPluginIsLogged(int boots) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int registered = 0;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("/api/plugins/events?limit=500");
            HttpResponse<String> plugins = get("/api/plugins");
            if (response.statusCode() == 200 && plugins.statusCode() == 200) {
                int shipped = JSON.readTree(plugins.body()).get("total").asInt();
                JsonNode events = JSON.readTree(response.body());
                registered = 0;
                for (JsonNode event : events.get("items")) {
                    if ("REGISTERED".equals(event.get("type").asText())) {
                        registered++;
                    }
                }
                // Each boot registers every shipped plugin once.
                if (shipped > 0 && registered == boots * shipped) {
                    return events;
                }
            }
            Thread.sleep(100);
        }
        fail("the plugin events of boot " + boots + " were not written; REGISTERED events seen: " + registered);
        return null;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return karaf.get(path);
    }
}
