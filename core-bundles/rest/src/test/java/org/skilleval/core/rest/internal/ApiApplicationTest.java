package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PluginEvent;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.lifecycle.CityExtensionService;
import org.skilleval.core.lifecycle.HealthService;
import org.skilleval.core.lifecycle.PluginHistory;
import org.skilleval.core.lifecycle.PluginUploadService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SessionToken;
import org.skilleval.core.security.TokenService;
import org.skilleval.plugin.api.dto.LocalizedText;

/** Runs the real JAX-RS application in memory, without a servlet container. */
class ApiApplicationTest {

    private final PluginRegistry registry = mock(PluginRegistry.class);
    private final HealthService health = mock(HealthService.class);
    private final Authenticator authenticator = mock(Authenticator.class);
    private final TokenService tokens = mock(TokenService.class);
    private final RoundService rounds = mock(RoundService.class);
    private final PluginUploadService uploads = mock(PluginUploadService.class);
    private PluginHistory pluginHistory;

    @Test
    void loginWithGoodCredentialsReturnsATokenAndTheCaller() throws Exception {
        Caller province = Caller.fromJaasRoles("province", List.of("province"));
        when(authenticator.authenticate(eq("province"), any(), any())).thenReturn(province);
        when(tokens.issue(province)).thenReturn(new SessionToken("signed", Instant.parse("2026-11-25T16:00:00Z")));

        ContainerResponse response =
                send("POST", "/api/auth/login", "{\"username\":\"province\",\"password\":\"secret\"}", null);

        assertEquals(200, response.getStatus());
        AuthResource.Session session = (AuthResource.Session) response.getEntity();
        assertEquals("signed", session.token());
        assertEquals(java.util.Set.of("province"), session.caller().roles());
    }

    @Test
    void loginWithBadCredentialsIs401WithoutSayingWhichWasWrong() throws Exception {
        when(authenticator.authenticate(any(), any(), any())).thenThrow(new AuthenticationException("no such user"));

        ContainerResponse response =
                send("POST", "/api/auth/login", "{\"username\":\"ghost\",\"password\":\"x\"}", null);

        assertEquals(401, response.getStatus());
        ProblemDetails problem = (ProblemDetails) response.getEntity();
        assertEquals("urn:skilleval:problem:invalid-credentials", problem.type());
        assertTrue(problem.detailZh().contains("用户名或密码错误"));
    }

    @Test
    void aThrottledSignInIs429WithRetryAfterAndABilingualMessage() throws Exception {
        when(authenticator.authenticate(any(), any(), any()))
                .thenThrow(new org.skilleval.core.security.SignInThrottledException(java.time.Duration.ofSeconds(300)));

        ContainerResponse response =
                send("POST", "/api/auth/login", "{\"username\":\"ghost\",\"password\":\"x\"}", null);

        assertEquals(429, response.getStatus());
        assertEquals("300", response.getHeaderString("Retry-After"));
        ProblemDetails problem = (ProblemDetails) response.getEntity();
        assertEquals("urn:skilleval:problem:sign-in-throttled", problem.type());
        assertTrue(problem.detailZh().contains("5 分钟"));
        assertTrue(problem.detail().contains("5 minute"));
    }

    @Test
    void aOneTimePasswordTokenReachesOnlyItsOwnPagesAndIsToldWhy() throws Exception {
        Caller wang = Caller.fromJaasRoles("wang", List.of("province"));
        when(tokens.claims("one-time"))
                .thenReturn(new org.skilleval.core.security.TokenClaims(
                        wang, "t1", Instant.now().plusSeconds(60), true));

        ContainerResponse blocked = send("GET", "/api/rounds", null, "Bearer one-time");
        ContainerResponse me = send("GET", "/api/auth/me", null, "Bearer one-time");
        ContainerResponse out = send("POST", "/api/auth/logout", null, "Bearer one-time");

        assertEquals(403, blocked.getStatus());
        assertEquals("urn:skilleval:problem:password-change-required", ((ProblemDetails) blocked.getEntity()).type());
        verifyNoInteractions(rounds);
        assertEquals(200, me.getStatus());
        assertEquals(204, out.getStatus());
        org.mockito.Mockito.verify(tokens).revoke("one-time");
    }

    @Test
    void loginWithoutAPasswordNamesTheMissingField() throws Exception {
        ContainerResponse response = send("POST", "/api/auth/login", "{\"username\":\"province\"}", null);

        assertEquals(400, response.getStatus());
        assertEquals(
                List.of("password"),
                ((ProblemDetails) response.getEntity())
                        .errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aMalformedBodyIsA400ProblemAndNeverReachesTheService() throws Exception {
        ContainerResponse response = send("POST", "/api/auth/login", "{\"username\": ", null);

        assertEquals(400, response.getStatus());
        assertEquals("urn:skilleval:problem:malformed-json", ((ProblemDetails) response.getEntity()).type());
    }

    @Test
    void anUnknownFieldInTheBodyIsRefusedNamingIt() throws Exception {
        ContainerResponse response =
                send("POST", "/api/auth/login", "{\"username\":\"a\",\"password\":\"b\",\"admin\":true}", null);

        assertEquals(400, response.getStatus());
        assertTrue(
                ((ProblemDetails) response.getEntity()).errors().get(0).field().contains("admin"));
    }

    @Test
    void aCityCannotOpenARound() throws Exception {
        when(tokens.claims("city"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"))));

        ContainerResponse response = send("POST", "/api/rounds", "{\"year\":2027,\"batch\":1}", "Bearer city");

        assertEquals(403, response.getStatus());
        verifyNoInteractions(rounds);
    }

    @Test
    void aRuleViolationIs422NamingTheFieldAndRuleInBothLanguages() throws Exception {
        when(tokens.claims("province"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("province", List.of("province"))));
        when(rounds.open(any(), eq(2020), eq(1), any()))
                .thenThrow(
                        new RuleViolationException("year", "range", "年度须在 2021–2100 之间", "year must lie in 2021–2100"));

        ContainerResponse response = send("POST", "/api/rounds", "{\"year\":2020,\"batch\":1}", "Bearer province");

        assertEquals(422, response.getStatus());
        FieldError error = ((ProblemDetails) response.getEntity()).errors().get(0);
        assertEquals("year", error.field());
        assertEquals("range", error.rule());
        assertEquals("年度须在 2021–2100 之间", error.message().zh());
    }

    @Test
    void aStaleWriteIs409() throws Exception {
        when(tokens.claims("province"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("province", List.of("province"))));
        when(rounds.extendDeadline(any(), eq(7L), eq(1L), any(), any(), any()))
                .thenThrow(new ConflictException(ConflictException.Kind.STALE_VERSION, "已被修改", "changed"));

        ContainerResponse response = send(
                "POST",
                "/api/rounds/7/extensions",
                "{\"phase\":\"recommendation\",\"deadline\":\"2026-12-15\",\"reason\":\"r\",\"version\":1}",
                "Bearer province");

        assertEquals(409, response.getStatus());
        assertEquals("urn:skilleval:problem:stale-version", ((ProblemDetails) response.getEntity()).type());
    }

    @Test
    void missingFieldsAreAllNamedAtOnce() throws Exception {
        when(tokens.claims("province"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("province", List.of("province"))));

        ContainerResponse response = send("POST", "/api/rounds/7/extensions", "{}", "Bearer province");

        assertEquals(400, response.getStatus());
        assertEquals(
                List.of("phase", "deadline", "reason", "version"),
                ((ProblemDetails) response.getEntity())
                        .errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aProtectedEndpointIs401WithoutAToken() throws Exception {
        assertEquals(401, get("/api/auth/me").getStatus());
    }

    @Test
    void aForgedTokenIs401EvenOnAPublicEndpoint() throws Exception {
        when(tokens.claims("forged")).thenThrow(new AuthenticationException("bad signature"));

        assertEquals(401, send("GET", "/api/health", null, "Bearer forged").getStatus());
    }

    @Test
    void aValidTokenIdentifiesTheCallerWithTheirScope() throws Exception {
        when(tokens.claims("good"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"))));

        ContainerResponse response = send("GET", "/api/auth/me", null, "Bearer good");

        assertEquals(200, response.getStatus());
        assertEquals("3201", ((AuthResource.Me) response.getEntity()).city());
    }

    @Test
    void aCallerWithoutAnAllowedRoleIs403() throws Exception {
        when(tokens.claims("roleless"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("nobody", List.of("viewer"))));

        ContainerResponse response = send("GET", "/api/auth/me", null, "Bearer roleless");

        assertEquals(403, response.getStatus());
    }

    @Test
    void healthIsUpWithActivePluginCountWhenTheDatabaseAnswers() throws Exception {
        when(health.databaseReachable()).thenReturn(true);
        when(registry.plugins())
                .thenReturn(List.of(plugin("oral-defense", PluginState.ACTIVE), plugin("broken", PluginState.INVALID)));

        ContainerResponse response = get("/api/health");

        assertEquals(200, response.getStatus());
        HealthResource.Health health = (HealthResource.Health) response.getEntity();
        assertEquals("UP", health.status());
        assertEquals("1.2.3", health.version());
        assertEquals(1, health.plugins());
    }

    @Test
    void healthIsDownWith503WhenTheDatabaseDoesNotAnswer() throws Exception {
        when(health.databaseReachable()).thenReturn(false);

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
        pluginHistory = mock(PluginHistory.class);

        ContainerResponse response = get("/api/plugins/events?limit=100000&offset=-1");

        assertEquals(400, response.getStatus());
        assertEquals(ProblemDetails.MEDIA_TYPE, response.getMediaType().toString());
        ProblemDetails problem = assertInstanceOf(ProblemDetails.class, response.getEntity());
        assertEquals(
                List.of("offset", "limit"),
                problem.errors().stream().map(FieldError::field).toList());
        assertTrue(problem.errors().get(1).message().zh().contains("500"));
    }

    @Test
    void aPluginEventNamesItsUploaderAndReviewerToThoseWhoMaySeeTheUpload() throws Exception {
        pluginHistory = mock(PluginHistory.class);
        PluginEvent installed = new PluginEvent(
                7,
                Instant.parse("2026-12-01T08:00:00Z"),
                PluginEvent.Type.REGISTERED,
                "ASSESSMENT_METHOD",
                "nanjing-equipment-mentoring",
                "com.example.mentoring",
                "1.0.0");
        when(pluginHistory.events(0, 50)).thenReturn(new Page<>(List.of(installed), 1, 0, 50));
        PluginUploadRecord upload = new PluginUploadRecord(
                3,
                2,
                "91320100MA1NJ0001M",
                "3201",
                "com.example.mentoring",
                "1.0.0",
                "mentoring.jar",
                4096,
                "ab",
                PluginUploadRecord.Status.INSTALLED,
                "nanjing-equipment-hr",
                Instant.parse("2026-11-30T08:00:00Z"),
                "nanjing",
                Instant.parse("2026-12-01T07:59:00Z"),
                "已审查");
        Caller city = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
        Caller otherCity = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));
        when(tokens.claims("nanjing")).thenReturn(TestTokens.claims(city));
        when(tokens.claims("suzhou")).thenReturn(TestTokens.claims(otherCity));
        when(uploads.list(city)).thenReturn(List.of(upload));
        when(uploads.list(otherCity)).thenReturn(List.of());

        PluginResource.Event seenByNanjing = firstEvent(send("GET", "/api/plugins/events", null, "Bearer nanjing"));
        PluginResource.Event seenBySuzhou = firstEvent(send("GET", "/api/plugins/events", null, "Bearer suzhou"));

        assertEquals(
                new PluginResource.Upload(3, "91320100MA1NJ0001M", "nanjing-equipment-hr", "nanjing"),
                seenByNanjing.upload());
        assertEquals(null, seenBySuzhou.upload(), "another city's enterprise's staff stay unnamed");
    }

    private static PluginResource.Event firstEvent(ContainerResponse response) {
        assertEquals(200, response.getStatus());
        return ((PageBody<?>) response.getEntity())
                .items().stream()
                        .map(PluginResource.Event.class::cast)
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void eventsAnswer503WhileTheDatabaseIsNotReady() throws Exception {
        ContainerResponse response = get("/api/plugins/events");

        assertEquals(503, response.getStatus());
        assertEquals("urn:skilleval:problem:service-unavailable", ((ProblemDetails) response.getEntity()).type());
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
        return send("GET", path, null, null);
    }

    private ContainerResponse send(String method, String path, String json, String authorization) throws Exception {
        ApplicationHandler handler = new ApplicationHandler(ApiApplication.create(
                tokens,
                List.of(
                        new HealthResource("1.2.3", health, registry),
                        new PluginResource(registry, () -> pluginHistory, mock(CityExtensionService.class), uploads),
                        new AuthResource(authenticator, tokens),
                        new RoundResource(rounds))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                method,
                null,
                new MapPropertiesDelegate(),
                null);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        return handler.apply(request).get();
    }

    private static PluginDescriptor plugin(String id, PluginState state) {
        return new PluginDescriptor(
                PluginKind.ASSESSMENT_METHOD,
                id,
                LocalizedText.of("口头答辩", "Oral defence"),
                "org.skilleval.plugin.oraldefense",
                "1.0.0",
                40,
                11,
                state,
                "");
    }
}
