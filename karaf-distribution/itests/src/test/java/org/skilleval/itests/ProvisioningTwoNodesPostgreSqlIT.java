package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two real nodes over one PostgreSQL (issue 14): two unpacked distributions, each its own process,
 * ports and data/, sharing one database. A plugin removed or installed with Karaf's own commands on
 * node A, an enterprise's upload approved on A and a plugin default changed on A reach node B within
 * seconds, and B computes the same results as A (a result A computed at a plan's pinned plugin
 * versions, and a trial run with the plugin's new default); B, stopped while A changes plugins, catches up when
 * it starts, without putting back what A removed. No reverse proxy: each request goes to the node it
 * is meant for. Runs in the PostgreSQL run only (karaf-distribution/itests/pom.xml).
 *
 * <p>Each node signs in its own users: until the nodes share a signing key (issue 14's shared-state
 * part, another branch), a token signed on A is refused on B.
 */
class ProvisioningTwoNodesPostgreSqlIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DATABASE = "skilleval_two_nodes";
    private static final String MENTORING = "nanjing-equipment-mentoring";

    private final List<DistributionProcess> nodes = new ArrayList<>();
    private final List<String> timings = new ArrayList<>();

    @AfterEach
    void stopNodes() throws Exception {
        for (DistributionProcess node : nodes) {
            node.close();
        }
        System.out.println("ProvisioningTwoNodesPostgreSqlIT timings: " + timings);
    }

    @Test
    void pluginsAndTheirDefaultsStayAlikeOnTwoNodesAndAStoppedNodeCatchesUp() throws Exception {
        PostgreSqlServer server = PostgreSqlServer.requiredBy(getClass());
        Properties datasource = server.newDatabase(DATABASE);
        DistributionProcess a = node("node-a", datasource);
        DistributionProcess b = node("node-b", datasource);
        a.start();
        String cityOnA = a.login("nanjing", "nanjing-demo");
        String hrOnA = a.login("nanjing-equipment-hr", "enterprise-demo");
        String operatorOnA =
                Files.readString(a.home().resolve("etc/admin.password")).strip();
        // B starts on A's database: the demo is there already, B seeds nothing.
        b.start();
        String cityOnB = login(b, "nanjing", "nanjing-demo");

        // feature:uninstall and feature:install on A, as an operator types them
        shell(a, operatorOnA, "feature:uninstall skilleval-plugin-veto");
        long start = System.nanoTime();
        awaitPlugins(b, cityOnB, "the veto leaves B", ids -> !ids.contains("veto"));
        timings.add("feature:uninstall on A (command returned) seen on B after " + millisSince(start) + " ms");
        shell(a, operatorOnA, "feature:install skilleval-plugin-veto");
        start = System.nanoTime();
        awaitPlugins(b, cityOnB, "the veto is back on B", ids -> ids.contains("veto"));
        timings.add("feature:install on A (command returned) seen on B after " + millisSince(start) + " ms");

        // An enterprise's upload, approved on A, installed on B from its bytes in the database
        byte[] jar = Files.readAllBytes(Path.of(System.getProperty(SkillEvalTestSupport.EXAMPLE_JAR_PROPERTY)));
        start = System.nanoTime();
        JsonNode approved = a.uploadAndApprove("mentoring.jar", jar, hrOnA, cityOnA);
        assertEquals("INSTALLED", approved.get("status").asText());
        awaitPlugins(b, cityOnB, "the approved upload is on B", ids -> ids.contains(MENTORING));
        timings.add("upload approved on A usable on B after " + millisSince(start) + " ms");
        JsonNode onB = listed(b, cityOnB, MENTORING);
        assertEquals("ACTIVE", onB.get("state").asText(), onB.toString());
        assertEquals("91320100MA1NJ0001M", onB.get("enterprise").asText(), onB.toString());

        // A result the demo computed on A, at its plan's pinned plugin versions, recomputed on B
        long scoredOnA = anAssessedApplication(server);
        String provinceOnB = login(b, "province", "province-demo");
        JsonNode recomputedOnB =
                json(b.send("POST", "/api/assessments/" + scoredOnA + "/recompute", "{}", provinceOnB), 200);
        assertTrue(recomputedOnB.get("identical").asBoolean(), recomputedOnB.toString());

        // A plugin default changed on A: B computes what A computes
        shell(
                a,
                operatorOnA,
                "config:edit org.skilleval.plugin.weighted-sum\nconfig:property-set passLine 75\nconfig:update");
        start = System.nanoTime();
        awaitPassLine(b, cityOnB, "75");
        timings.add("config:edit on A (command returned) applied on B after " + millisSince(start) + " ms");
        JsonNode resultOnA = weightedSumTrial(a, cityOnA);
        JsonNode resultOnB = weightedSumTrial(b, cityOnB);
        assertFalse(resultOnA.at("/finalResult/passed").asBoolean(), "74 is below A's default pass line of 75");
        assertEquals(resultOnA.get("finalResult"), resultOnB.get("finalResult"));

        // B is stopped; A changes plugins; B starts and catches up without undoing A
        b.stop();
        shell(
                a,
                operatorOnA,
                "feature:uninstall skilleval-plugin-panel-vote\nconfig:edit org.skilleval.plugin.weighted-sum\n"
                        + "config:property-set passLine 80\nconfig:update");
        awaitRecorded(server, "FEATURE:skilleval-plugin-panel-vote/", false, "");
        awaitRecorded(server, "CONFIGURATION:org.skilleval.plugin.weighted-sum", true, "passLine=\"80\"");
        start = System.nanoTime();
        b.start();
        timings.add("B restarted in " + millisSince(start) + " ms");
        cityOnB = login(b, "nanjing", "nanjing-demo");
        start = System.nanoTime();
        awaitPlugins(b, cityOnB, "B lost panel-vote while it was down", ids -> !ids.contains("panel-vote"));
        awaitPassLine(b, cityOnB, "80");
        timings.add("B caught up " + millisSince(start) + " ms after its API was up");
        assertTrue(pluginIds(b, cityOnB).contains(MENTORING), "the approved upload stayed on B");
        Thread.sleep(5000);
        assertFalse(pluginIds(a, cityOnA).contains("panel-vote"), "B did not put panel-vote back on A");
        assertEquals("80", passLine(a, cityOnA), "B did not put its old pass line back on A");
    }

    private DistributionProcess node(String name, Properties datasource) throws Exception {
        DistributionProcess node = DistributionProcess.unpackOnEmbeddedDerby("two-nodes-" + name);
        nodes.add(node);
        for (String key : datasource.stringPropertyNames()) {
            node.setProperty(SkillEvalTestSupport.DATASOURCE_CFG, key, datasource.getProperty(key));
        }
        node.setProperty("etc/org.skilleval.core.provisioning.cfg", "nodeName", name);
        return node;
    }

    /** Signs in on this node, once its accounts answer (the demo's logins exist already in the shared database). */
    private static String login(DistributionProcess node, String username, String password) throws Exception {
        String body = DistributionProcess.JSON.writeValueAsString(Map.of("username", username, "password", password));
        HttpResponse<String> response = await(
                "sign-in on " + node.home(),
                () -> node.send("POST", "/api/auth/login", body, null),
                r -> r.statusCode() == 200);
        return DistributionProcess.JSON.readTree(response.body()).get("token").asText();
    }

    private static void shell(DistributionProcess node, String password, String commands) throws Exception {
        DistributionProcess.ShellResult result = node.shell("admin", password, commands);
        assertEquals(0, result.exitCode(), result.output());
    }

    private static Set<String> pluginIds(DistributionProcess node, String token) throws Exception {
        Set<String> ids = new HashSet<>();
        for (JsonNode plugin : json(node.get("/api/plugins", token), 200).get("items")) {
            ids.add(plugin.get("id").asText());
        }
        return ids;
    }

    private static JsonNode listed(DistributionProcess node, String token, String id) throws Exception {
        for (JsonNode plugin : json(node.get("/api/plugins", token), 200).get("items")) {
            if (id.equals(plugin.get("id").asText())) {
                return plugin;
            }
        }
        throw new AssertionError(id + " is not listed on " + node.home());
    }

    private static void awaitPlugins(
            DistributionProcess node, String token, String description, Predicate<Set<String>> condition)
            throws Exception {
        await(description, () -> pluginIds(node, token), condition);
    }

    private static String passLine(DistributionProcess node, String token) throws Exception {
        for (JsonNode parameters :
                json(node.get("/api/plugins/weighted-sum", token), 200).findValues("parameters")) {
            for (JsonNode parameter : parameters) {
                if ("passLine".equals(parameter.get("key").asText())) {
                    return parameter.get("defaultValue").asText();
                }
            }
        }
        throw new AssertionError("weighted-sum publishes no passLine");
    }

    private static void awaitPassLine(DistributionProcess node, String token, String expected) throws Exception {
        await("the pass line " + expected + " on " + node.home(), () -> passLine(node, token), expected::equals);
    }

    /** The weighted sum on two method results that total 74, with the plugin's default pass line. */
    private static JsonNode weightedSumTrial(DistributionProcess node, String token) throws Exception {
        String body = DistributionProcess.JSON.writeValueAsString(Map.of(
                "configuration",
                Map.of("weight.oral-defense", "60", "weight.performance-review", "40"),
                "results",
                List.of(
                        Map.of("methodId", "oral-defense", "score", 80, "maxScore", 100),
                        Map.of("methodId", "performance-review", "score", 65, "maxScore", 100))));
        JsonNode trial = json(node.send("POST", "/api/plugins/weighted-sum/trial", body, token), 200);
        assertTrue(trial.get("valid").asBoolean(), trial.toString());
        assertEquals(74.0, trial.at("/finalResult/total").asDouble(), 0.001, trial.toString());
        return trial;
    }

    /** An application the demo seeder assessed on node A (the first node, which seeded the database). */
    private static long anAssessedApplication(PostgreSqlServer server) throws Exception {
        try (Connection connection = server.connect(DATABASE);
                PreparedStatement query =
                        connection.prepareStatement("SELECT MIN(application_id) FROM assessment_result");
                ResultSet rows = query.executeQuery()) {
            assertTrue(rows.next());
            long id = rows.getLong(1);
            assertTrue(id > 0, "the demo assessed candidates on A");
            return id;
        }
    }

    /** Waits until A's provisioning recorded the item in the shared database. */
    private static void awaitRecorded(PostgreSqlServer server, String keyPrefix, boolean present, String content)
            throws Exception {
        await(
                keyPrefix + " recorded " + (present ? "present" : "absent"),
                () -> {
                    try (Connection connection = server.connect(DATABASE);
                            PreparedStatement query = connection.prepareStatement(
                                    "SELECT present, content FROM plugin_provision WHERE item_key LIKE ?")) {
                        query.setString(1, keyPrefix + "%");
                        try (ResultSet rows = query.executeQuery()) {
                            return rows.next()
                                    && rows.getBoolean(1) == present
                                    && rows.getString(2).contains(content);
                        }
                    }
                },
                Boolean::booleanValue);
    }

    private static <T> T await(String description, Callable<T> probe, Predicate<T> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T seen = null;
        while (System.nanoTime() < deadline) {
            try {
                seen = probe.call();
                if (condition.test(seen)) {
                    return seen;
                }
            } catch (java.io.IOException notAnswering) {
                // the node is busy starting
            }
            Thread.sleep(100);
        }
        fail("Timed out waiting until " + description + "; last seen: " + seen);
        return seen;
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return DistributionProcess.JSON.readTree(response.body());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
