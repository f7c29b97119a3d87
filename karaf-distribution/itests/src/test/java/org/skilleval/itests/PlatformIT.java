package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** The distribution as an operator gets it: booted, healthy, with the shipped plugins. */
public class PlatformIT extends SkillEvalTestSupport {

    /** The plugins the distribution ships, as {@code /api/plugins} orders them: methods, then schemes, by id. */
    private static final List<String> SHIPPED = List.of(
            "in-company-commendation",
            "oral-defense",
            "performance-review",
            "suzhou-master-studio",
            "technical-challenge",
            "panel-trimmed-mean",
            "panel-vote",
            "veto",
            "weighted-sum");

    /** A lifecycle service the province's statistics need, and nothing else. */
    private static final String STATISTICS_SERVICE = "org.skilleval.core.lifecycle.internal.StatisticsServiceImpl";

    private static final String STATISTICS = "/api/statistics?by=city";

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected ServiceComponentRuntime components;

    @Test
    public void theShellCommandListsWhatTheApiLists() throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        try {
            session.execute("skilleval:plugins");
        } finally {
            session.close();
        }

        String table = output.toString(StandardCharsets.UTF_8);
        assertTrue(table, table.contains("oral-defense") && table.contains("口头答辩"));
        assertTrue(table, table.contains("weighted-sum") && table.contains(ORAL_DEFENSE));
        assertTrue(table, table.contains("ACTIVE"));
    }

    @Test
    public void healthIsUpWithTheDatabaseReachable() throws Exception {
        JsonNode health = getJson("/api/health", 200);

        assertEquals("UP", health.get("status").asText());
        assertTrue(health.get("database").get("reachable").asBoolean());
        assertEquals(System.getProperty(VERSION_PROPERTY), health.get("version").asText());
        assertEquals(SHIPPED.size(), health.get("plugins").asInt());
    }

    @Test
    public void everyShippedPluginIsListedWithItsBundleMethodsFirst() throws Exception {
        JsonNode plugins = getJson("/api/plugins", 200);

        assertEquals(SHIPPED.size(), plugins.get("total").asInt());
        List<String> ids = new java.util.ArrayList<>();
        plugins.get("items").forEach(plugin -> ids.add(plugin.get("id").asText()));
        assertEquals(SHIPPED, ids);
        JsonNode oralDefense = plugins.get("items").get(ids.indexOf("oral-defense"));
        assertEquals("ASSESSMENT_METHOD", oralDefense.get("kind").asText());
        assertEquals("口头答辩", oralDefense.get("name").get("zh").asText());
        assertEquals(ORAL_DEFENSE, oralDefense.get("bundleSymbolicName").asText());
        assertEquals("ACTIVE", oralDefense.get("state").asText());
        assertEquals(
                "SCORING_SCHEME",
                plugins.get("items")
                        .get(ids.indexOf("weighted-sum"))
                        .get("kind")
                        .asText());
    }

    @Test
    public void everyCoreBundleIsActive() {
        for (Bundle bundle : coreBundles()) {
            boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
            assertEquals(
                    bundle.getSymbolicName() + " is not active",
                    fragment ? Bundle.RESOLVED : Bundle.ACTIVE,
                    bundle.getState());
        }
        assertTrue(coreBundles().size() > 10);
    }

    @Test
    public void derbysJdkPackagesAreWiredStaticallyThroughTheFragment() {
        Bundle fragment = bundle("org.skilleval.core.derbywiring");
        Bundle derby = bundle("derby");

        org.osgi.framework.wiring.BundleWiring wiring = fragment.adapt(org.osgi.framework.wiring.BundleWiring.class);
        assertTrue(
                "the fragment is attached to a host",
                wiring != null
                        && !wiring.getRequiredWires(org.osgi.framework.wiring.BundleRevision.HOST_NAMESPACE)
                                .isEmpty());
        assertEquals(
                derby,
                wiring.getRequiredWires(org.osgi.framework.wiring.BundleRevision.HOST_NAMESPACE)
                        .get(0)
                        .getProvider()
                        .getBundle());
        boolean namingWired = derby
                .adapt(org.osgi.framework.wiring.BundleWiring.class)
                .getRequiredWires(org.osgi.framework.wiring.BundleRevision.PACKAGE_NAMESPACE)
                .stream()
                .anyMatch(w -> "javax.naming.spi"
                        .equals(w.getCapability()
                                .getAttributes()
                                .get(org.osgi.framework.wiring.BundleRevision.PACKAGE_NAMESPACE)));
        assertTrue("Derby imports javax.naming.spi statically", namingWired);
    }

    @Test
    public void pluginComingsAndGoingsAreInTheEventLog() throws Exception {
        awaitListedPlugins("every shipped plugin is listed", ids -> ids.equals(Set.copyOf(SHIPPED)));

        JsonNode events = getJson("/api/plugins/events?limit=50", 200);

        assertTrue(events.get("total").asLong() >= 2);
        boolean sawOralDefense = false;
        for (JsonNode event : events.get("items")) {
            sawOralDefense |= "oral-defense".equals(event.get("pluginId").asText())
                    && "REGISTERED".equals(event.get("type").asText());
        }
        assertTrue("oral-defense REGISTERED is logged: " + events, sawOralDefense);
    }

    @Test
    public void badInputIsAProblemInBothLanguagesNamingTheField() throws Exception {
        HttpResponse<String> response = get("/api/plugins/events?limit=0");

        assertEquals(400, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body(), response.body().contains("\"field\":\"limit\""));
        assertTrue(response.body(), response.body().contains("\"titleZh\":\"请求参数无效\""));
    }

    @Test
    public void theOpenApiDocumentDescribesTheRunningApi() throws Exception {
        JsonNode document = getJson("/api/openapi.json", 200);

        assertEquals("3.0.3", document.get("openapi").asText());
        assertTrue(document.get("paths").has("/applications/{id}/submit"));
        assertEquals(
                "province",
                document.get("paths")
                        .get("/rounds")
                        .get("post")
                        .get("x-roles")
                        .get(0)
                        .asText());
    }

    @Test
    public void aServiceThatGoesAwayTakesDownOnlyItsOwnPathsUntilItIsBack() throws Exception {
        String province = login("province", "province-demo");
        ComponentDescriptionDTO statistics =
                components.getComponentDescriptionDTO(bundle("org.skilleval.core.lifecycle"), STATISTICS_SERVICE);
        assertEquals(STATISTICS_SERVICE + " is a component", STATISTICS_SERVICE, statistics.name);
        assertEquals(200, get(STATISTICS, province).statusCode());

        components.disableComponent(statistics).getValue();
        try {
            HttpResponse<String> unavailable = awaitStatus(STATISTICS, province, 503);
            assertTrue(unavailable.body(), unavailable.body().contains("urn:skilleval:problem:service-unavailable"));
            assertTrue(unavailable.body(), unavailable.body().contains("\"titleZh\":\"服务暂不可用\""));
            assertEquals(200, get("/api/rounds", province).statusCode());
            assertEquals(200, get("/api/health").statusCode());
            assertEquals(200, get("/api/plugins").statusCode());
            awaitOpenApi("the document leaves out the missing resource", paths -> !paths.has("/statistics"));
        } finally {
            components.enableComponent(statistics).getValue();
        }

        awaitStatus(STATISTICS, province, 200);
        awaitOpenApi("the document describes the resource again", paths -> paths.has("/statistics"));
        assertEquals(200, get("/api/rounds", province).statusCode());
    }

    private HttpResponse<String> awaitStatus(String path, String token, int status) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> response = get(path, token);
        while (response.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(path, token);
        }
        assertEquals(path + ": " + response.body(), status, response.statusCode());
        return response;
    }

    private void awaitOpenApi(String description, Predicate<JsonNode> paths) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!paths.test(getJson("/api/openapi.json", 200).get("paths"))) {
            assertTrue("timed out waiting until " + description, System.nanoTime() < deadline);
            Thread.sleep(50);
        }
    }

    @Test
    public void anUnknownPathIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/no-such-resource");

        assertEquals(404, response.statusCode());
        assertTrue(response.body(), response.body().contains("urn:skilleval:problem:not-found"));
    }
}
