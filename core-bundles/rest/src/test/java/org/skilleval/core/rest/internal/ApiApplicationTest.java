package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.List;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.skilleval.core.persistence.DatabaseHealth;
import org.skilleval.core.persistence.PluginEventLog;
import org.skilleval.core.registry.PluginDescriptor;
import org.skilleval.core.registry.PluginKind;
import org.skilleval.core.registry.PluginRegistry;
import org.skilleval.core.registry.PluginState;
import org.skilleval.plugin.api.dto.LocalizedText;

/** Runs the real JAX-RS application in memory, without a servlet container. */
class ApiApplicationTest {

    private final PluginRegistry registry = mock(PluginRegistry.class);
    private final DatabaseHealth databaseHealth = mock(DatabaseHealth.class);
    private PluginEventLog eventLog;

    @Test
    void healthIsUpWithActivePluginCountWhenTheDatabaseAnswers() throws Exception {
        when(databaseHealth.isReachable()).thenReturn(true);
        when(registry.plugins()).thenReturn(List.of(
                plugin("oral-defense", PluginState.ACTIVE), plugin("broken", PluginState.INVALID)));

        ContainerResponse response = get("/api/health");

        assertEquals(200, response.getStatus());
        HealthResource.Health health = (HealthResource.Health) response.getEntity();
        assertEquals("UP", health.status());
        assertEquals("1.2.3", health.version());
        assertEquals(1, health.plugins());
    }

    @Test
    void healthIsDownWith503WhenTheDatabaseDoesNotAnswer() throws Exception {
        when(databaseHealth.isReachable()).thenReturn(false);

        ContainerResponse response = get("/api/health");

        assertEquals(503, response.getStatus());
        assertEquals("DOWN", ((HealthResource.Health) response.getEntity()).status());
    }

    @Test
    void pluginsListEveryRegisteredPluginWithItsState() throws Exception {
        when(registry.plugins()).thenReturn(List.of(plugin("oral-defense", PluginState.ACTIVE)));

        ContainerResponse response = get("/api/plugins");

        PluginResource.PluginList list = (PluginResource.PluginList) response.getEntity();
        assertEquals(1, list.total());
        assertEquals("oral-defense", list.items().get(0).id());
        assertEquals("ACTIVE", list.items().get(0).state());
        assertEquals("口头答辩", list.items().get(0).name().zh());
    }

    @Test
    void anInvalidLimitIsRefusedWithAProblemNamingTheField() throws Exception {
        eventLog = mock(PluginEventLog.class);

        ContainerResponse response = get("/api/plugins/events?limit=100000&offset=-1");

        assertEquals(400, response.getStatus());
        assertEquals(ProblemDetails.MEDIA_TYPE, response.getMediaType().toString());
        ProblemDetails problem = assertInstanceOf(ProblemDetails.class, response.getEntity());
        assertEquals(List.of("offset", "limit"), problem.errors().stream().map(FieldError::field).toList());
        assertTrue(problem.errors().get(1).message().zh().contains("500"));
    }

    @Test
    void eventsAnswer503WhileTheDatabaseIsNotReady() throws Exception {
        ContainerResponse response = get("/api/plugins/events");

        assertEquals(503, response.getStatus());
        assertEquals("urn:skilleval:problem:service-unavailable",
                ((ProblemDetails) response.getEntity()).type());
    }

    @Test
    void anUnknownPathIsANotFoundProblemInBothLanguages() throws Exception {
        ContainerResponse response = get("/api/no-such-thing");

        assertEquals(404, response.getStatus());
        ProblemDetails problem = (ProblemDetails) response.getEntity();
        assertEquals("Not found", problem.title());
        assertEquals("未找到", problem.titleZh());
    }

    private ContainerResponse get(String path) throws Exception {
        ApplicationHandler handler = new ApplicationHandler(
                ApiApplication.create("1.2.3", registry, databaseHealth, () -> eventLog));
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path), "GET", null, new MapPropertiesDelegate(), null);
        return handler.apply(request).get();
    }

    private static PluginDescriptor plugin(String id, PluginState state) {
        return new PluginDescriptor(PluginKind.ASSESSMENT_METHOD, id, LocalizedText.of("口头答辩", "Oral defence"),
                "org.skilleval.plugin.oraldefense", "1.0.0", 40, 11, state, "");
    }
}
