package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.PluginMigrationService;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.pluginhost.ShadowEvaluation;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;
import org.skilleval.plugin.api.dto.LocalizedText;

/** The migration endpoints on the real JAX-RS application in memory. */
class PluginMigrationResourceTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));

    private final TokenService tokens = mock(TokenService.class);
    private final PluginMigrationService migrations = mock(PluginMigrationService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("province")).thenReturn(TestTokens.claims(PROVINCE));
        when(tokens.claims("city")).thenReturn(TestTokens.claims(NANJING));
    }

    @Test
    void theProvinceMigratesAndGetsThePlanWithTheNewPin() throws Exception {
        WorkPlanRecord migrated = TestRecords.workPlan()
                .id(11)
                .version(5)
                .methods(List.of(new PluginChoice("oral-defense", Map.of(), "2.0.0")))
                .build();
        when(migrations.migrate(PROVINCE, 11, 4, "oral-defense", "2.0.0", "why"))
                .thenReturn(migrated);

        ContainerResponse response = send(
                "POST",
                "/api/work-plans/11/migrations",
                "{\"version\":4,\"pluginId\":\"oral-defense\",\"toVersion\":\"2.0.0\",\"note\":\"why\"}",
                "province");

        assertEquals(200, response.getStatus());
        JsonNode plan = json(response);
        assertEquals("2.0.0", plan.at("/methods/0/pinnedVersion").asText());
        assertEquals(5, plan.get("version").asInt());
    }

    @Test
    void aCityCannotMigrateAndMissingFieldsAreNamed() throws Exception {
        assertEquals(
                403,
                send("POST", "/api/work-plans/11/migrations", "{\"version\":4}", "city")
                        .getStatus());
        ContainerResponse missing = send("POST", "/api/work-plans/11/migrations", "{}", "province");
        assertEquals(400, missing.getStatus());
        assertEquals(
                List.of("version", "pluginId", "toVersion"),
                ((ProblemDetails) missing.getEntity())
                        .errors().stream().map(FieldError::field).toList());
        verifyNoInteractions(migrations);
    }

    @Test
    void theShadowEvaluationListsOldAndNewResultsPerCandidate() throws Exception {
        ShadowEvaluation shadow = new ShadowEvaluation(
                11,
                "oral-defense",
                "1.0.0",
                "2.0.0",
                List.of(
                        new ShadowEvaluation.CandidateShadow(
                                32,
                                "李四",
                                "3201************12",
                                "车工",
                                ShadowEvaluation.Inputs.SHEETS,
                                new ShadowEvaluation.Outcome(new BigDecimal("50"), false, null, null),
                                new ShadowEvaluation.Outcome(new BigDecimal("100"), true, null, null),
                                2,
                                1,
                                1,
                                List.of(LocalizedText.of("结论：不通过 → 通过", "verdict: failed → passed"))),
                        new ShadowEvaluation.CandidateShadow(
                                31,
                                "张三",
                                "3201************11",
                                "车工",
                                ShadowEvaluation.Inputs.STORED_RESULT,
                                new ShadowEvaluation.Outcome(new BigDecimal("84"), true, null, null),
                                new ShadowEvaluation.Outcome(
                                        null, null, "plugin-timeout", LocalizedText.of("超时", "timed out")),
                                1,
                                null,
                                null,
                                List.of())),
                new ShadowEvaluation.Summary(2, 0, 1, 1, 0, 1, 1));
        when(migrations.shadow(NANJING, 11, "oral-defense", "2.0.0")).thenReturn(shadow);

        ContainerResponse response =
                send("GET", "/api/work-plans/11/migrations/shadow?pluginId=oral-defense&toVersion=2.0.0", null, "city");

        assertEquals(200, response.getStatus());
        JsonNode body = json(response);
        assertEquals("1.0.0", body.get("fromVersion").asText());
        assertEquals(100, body.at("/candidates/0/after/total").asInt());
        assertEquals(1, body.at("/candidates/0/rankMovement").asInt());
        assertEquals(
                "verdict: failed → passed", body.at("/candidates/0/why/0/en").asText());
        assertEquals(0, body.at("/candidates/1/why").size());
        assertEquals("plugin-timeout", body.at("/candidates/1/after/rule").asText());
        assertEquals("timed out", body.at("/candidates/1/after/error/en").asText());
        assertTrue(body.at("/candidates/1/rankAfter").isNull());
        assertEquals(1, body.at("/summary/nowPassing").asInt());
    }

    @Test
    void aBusyPluginIs503WithRetryAfterAndAnUnavailableVersionIs422() throws Exception {
        when(migrations.shadow(any(), anyLong(), eq("oral-defense"), eq("2.0.0")))
                .thenThrow(new PluginFault.Busy("methods.oral-defense", "繁忙", "busy"));
        when(migrations.shadow(any(), anyLong(), eq("oral-defense"), eq("3.0.0")))
                .thenThrow(new RuleViolationException("toVersion", "plugin-unavailable", "不可用", "unavailable"));

        ContainerResponse busy = send(
                "GET", "/api/work-plans/11/migrations/shadow?pluginId=oral-defense&toVersion=2.0.0", null, "province");
        ContainerResponse missing = send(
                "GET", "/api/work-plans/11/migrations/shadow?pluginId=oral-defense&toVersion=3.0.0", null, "province");

        assertEquals(503, busy.getStatus());
        assertEquals("1", busy.getHeaderString("Retry-After"));
        assertEquals("urn:skilleval:problem:plugin-busy", ((ProblemDetails) busy.getEntity()).type());
        assertEquals(
                "plugin-busy",
                ((ProblemDetails) busy.getEntity()).errors().get(0).rule());
        assertEquals(422, missing.getStatus());
        assertEquals(
                "plugin-unavailable",
                ((ProblemDetails) missing.getEntity()).errors().get(0).rule());
        verify(migrations).shadow(PROVINCE, 11, "oral-defense", "3.0.0");
        assertEquals(
                400,
                send("GET", "/api/work-plans/11/migrations/shadow?pluginId=oral-defense", null, "province")
                        .getStatus());
    }

    private static JsonNode json(ContainerResponse response) throws Exception {
        // The entity as a client gets it: written by the application's own object mapper.
        return new ObjectMapper()
                .readTree(new ObjectMapperProvider().getContext(Object.class).writeValueAsString(response.getEntity()));
    }

    private ContainerResponse send(String method, String path, String json, String token) throws Exception {
        ApplicationHandler handler =
                new ApplicationHandler(ApiApplication.create(tokens, List.of(new PluginMigrationResource(migrations))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                method,
                null,
                new MapPropertiesDelegate(),
                null);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        return handler.apply(request).get();
    }
}
