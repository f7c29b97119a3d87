package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
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
import org.skilleval.core.lifecycle.PluginTrialService;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

/** The trial endpoint on the real JAX-RS application in memory. */
class PluginTrialResourceTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller EXPERT = Caller.fromJaasRoles("expert", List.of("expert", "expert:e1"));
    private static final PluginDescriptor ORAL = new PluginDescriptor(
            PluginKind.ASSESSMENT_METHOD,
            "oral-defense",
            LocalizedText.of("口头答辩", "Oral defence"),
            "org.skilleval.plugin.oraldefense",
            "1.0.0",
            5,
            9,
            PluginState.ACTIVE,
            "");

    private final TokenService tokens = mock(TokenService.class);
    private final PluginTrialService trials = mock(PluginTrialService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("province")).thenReturn(TestTokens.claims(PROVINCE));
        when(tokens.claims("expert")).thenReturn(TestTokens.claims(EXPERT));
    }

    @Test
    void aMethodTrialAnswersTheResultTheExpertTotalsAndTheViolations() throws Exception {
        MethodResult result = new MethodResult(
                "oral-defense",
                new BigDecimal("80"),
                new BigDecimal("100"),
                Map.of(),
                false,
                List.of(LocalizedText.of("均分", "Mean")),
                Map.of("e1", new BigDecimal("100"), "e2", new BigDecimal("60")));
        when(trials.tryMethod(eq(PROVINCE), eq("oral-defense"), isNull(), eq(Map.of("minExperts", "2")), anyList()))
                .thenReturn(
                        new PluginTrialService.Trial(ORAL, Map.of("minExperts", "2"), List.of(), result, null, null));

        ContainerResponse response = send(
                "/api/plugins/oral-defense/trial",
                "{\"configuration\":{\"minExperts\":\"2\"},\"sheets\":["
                        + "{\"expertId\":\"e1\",\"points\":{\"innovation\":20}},"
                        + "{\"expertId\":\"e2\",\"points\":{\"innovation\":10}}]}",
                "province");

        assertEquals(200, response.getStatus());
        JsonNode answer = json(response);
        assertTrue(answer.get("valid").asBoolean());
        assertEquals(80, answer.at("/methodResult/score").asInt());
        assertEquals(60, answer.at("/expertTotals/e2").asInt());
        assertEquals("ASSESSMENT_METHOD", answer.get("kind").asText());
        assertEquals("Mean", answer.at("/methodResult/reasons/0/en").asText());
    }

    @Test
    void violationsAreAnAnswerNotARefusal() throws Exception {
        when(trials.tryMethod(any(), any(), any(), any(), anyList()))
                .thenReturn(new PluginTrialService.Trial(
                        ORAL,
                        Map.of(),
                        List.of(new Violation(
                                "configuration.minExperts", "min", LocalizedText.of("至少 1", "At least 1"))),
                        null,
                        null,
                        null));

        ContainerResponse response = send(
                "/api/plugins/oral-defense/trial", "{\"sheets\":[{\"expertId\":\"e1\",\"points\":{}}]}", "province");

        assertEquals(200, response.getStatus());
        JsonNode answer = json(response);
        assertEquals(false, answer.get("valid").asBoolean());
        assertEquals(
                "configuration.minExperts", answer.at("/violations/0/field").asText());
        assertEquals("至少 1", answer.at("/violations/0/message/zh").asText());
        assertTrue(answer.get("methodResult").isNull());
    }

    @Test
    void aSchemeTrialTakesTheMethodsResults() throws Exception {
        when(trials.tryScheme(eq(PROVINCE), eq("weighted-sum"), eq("1.0.0"), eq(Map.of()), anyList()))
                .thenAnswer(call -> {
                    List<MethodResult> results = call.getArgument(4);
                    assertEquals("oral-defense", results.get(0).methodId());
                    assertEquals(
                            0,
                            new BigDecimal("70")
                                    .compareTo(results.get(0).expertTotals().get("e1")));
                    return new PluginTrialService.Trial(
                            ORAL,
                            Map.of(),
                            List.of(),
                            null,
                            new org.skilleval.plugin.api.dto.FinalResult(new BigDecimal("70"), true, List.of()),
                            new BigDecimal("100"));
                });

        ContainerResponse response = send(
                "/api/plugins/weighted-sum/trial",
                "{\"version\":\"1.0.0\",\"results\":[{\"methodId\":\"oral-defense\",\"score\":70,\"maxScore\":100,"
                        + "\"expertTotals\":{\"e1\":70}}]}",
                "province");

        assertEquals(200, response.getStatus());
        JsonNode answer = json(response);
        assertTrue(answer.at("/finalResult/passed").asBoolean());
        assertEquals(100, answer.at("/finalResult/maxTotal").asInt());
    }

    @Test
    void aBodyThatCannotBeRunIsA400NamingEachField() throws Exception {
        ContainerResponse nothing = send("/api/plugins/oral-defense/trial", "{}", "province");
        assertEquals(400, nothing.getStatus());
        assertEquals(List.of("sheets"), fields(nothing));

        ContainerResponse both = send(
                "/api/plugins/oral-defense/trial",
                "{\"sheets\":[{\"expertId\":\"e1\",\"points\":{}}],\"results\":[{\"methodId\":\"x\"}]}",
                "province");
        assertEquals(400, both.getStatus());
        assertEquals(List.of("results"), fields(both));

        ContainerResponse incomplete = send(
                "/api/plugins/weighted-sum/trial",
                "{\"results\":[{\"methodId\":\"oral-defense\",\"score\":170,\"maxScore\":100},{\"score\":1}]}",
                "province");
        assertEquals(400, incomplete.getStatus());
        assertEquals(List.of("results[0]", "results[1].methodId", "results[1].maxScore"), fields(incomplete));

        ContainerResponse anonymous =
                send("/api/plugins/oral-defense/trial", "{\"sheets\":[{\"points\":{\"innovation\":1}}]}", "province");
        assertEquals(List.of("sheets[0].expertId"), fields(anonymous));
        verifyNoInteractions(trials);
    }

    @Test
    void anExpertMayNotTryPlugins() throws Exception {
        assertEquals(
                403,
                send("/api/plugins/oral-defense/trial", "{\"sheets\":[{\"expertId\":\"e1\",\"points\":{}}]}", "expert")
                        .getStatus());
        verifyNoInteractions(trials);
    }

    private static List<String> fields(ContainerResponse response) {
        return ((ProblemDetails) response.getEntity())
                .errors().stream().map(FieldError::field).toList();
    }

    private static JsonNode json(ContainerResponse response) throws Exception {
        return new ObjectMapper()
                .readTree(new ObjectMapperProvider().getContext(Object.class).writeValueAsString(response.getEntity()));
    }

    private ContainerResponse send(String path, String json, String token) throws Exception {
        ApplicationHandler handler =
                new ApplicationHandler(ApiApplication.create(tokens, List.of(new PluginTrialResource(trials))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                "POST",
                null,
                new MapPropertiesDelegate(),
                null);
        request.header("Authorization", "Bearer " + token);
        request.header("Content-Type", "application/json");
        request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        return handler.apply(request).get();
    }
}
