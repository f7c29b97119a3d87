package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.Page;
import org.skilleval.core.lifecycle.HealthService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SessionToken;
import org.skilleval.core.security.TokenService;

/** The console's cookie session beside bearer tokens, on the real JAX-RS application in memory. */
class SessionCookieTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final String TOKEN = "payload.signature";

    private final Authenticator authenticator = mock(Authenticator.class);
    private final TokenService tokens = mock(TokenService.class);
    private final RoundService rounds = mock(RoundService.class);
    private final HealthService database = mock(HealthService.class);
    private final Caller province = Caller.fromJaasRoles("province", List.of("province"));

    @BeforeEach
    void realm() throws Exception {
        when(authenticator.authenticate(eq("province"), any(), any())).thenReturn(province);
        when(tokens.issue(province)).thenReturn(new SessionToken(TOKEN, NOW.plusSeconds(3600)));
        when(tokens.claims(TOKEN)).thenReturn(TestTokens.claims(province));
        when(tokens.claims("expired")).thenThrow(new AuthenticationException("Token expired"));
        when(database.databaseReachable()).thenReturn(true);
        when(rounds.list(any(), any(), anyInt(), anyInt())).thenReturn(new Page<>(List.of(), 0, 0, 50));
    }

    @Test
    void signingInSetsAnHttpOnlyStrictCookieAndNeverShowsTheTokenToScripts() throws Exception {
        ContainerResponse response =
                send("POST", "/api/auth/session", "{\"username\":\"province\",\"password\":\"x\"}");

        assertEquals(200, response.getStatus());
        String cookie = response.getHeaderString("Set-Cookie");
        assertTrue(cookie.startsWith("SKILLEVAL_SESSION=" + TOKEN + ";"), cookie);
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.contains("; SameSite=Strict"), cookie);
        assertTrue(cookie.contains("; Path=/api"), cookie);
        assertTrue(cookie.contains("; Max-Age=3600"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP on localhost: a Secure cookie would never come back");
        SessionResource.ConsoleSession body = (SessionResource.ConsoleSession) response.getEntity();
        assertEquals(SessionCookie.csrfToken(TOKEN), body.csrfToken());
        assertNotEquals(TOKEN, body.csrfToken());
        assertEquals("province", body.caller().username());
    }

    @Test
    void wrongCredentialsSetNoCookie() throws Exception {
        when(authenticator.authenticate(eq("ghost"), any(), any())).thenThrow(new AuthenticationException("no"));

        ContainerResponse response = send("POST", "/api/auth/session", "{\"username\":\"ghost\",\"password\":\"x\"}");

        assertEquals(401, response.getStatus());
        assertEquals(null, response.getHeaderString("Set-Cookie"));
    }

    @Test
    void theCookieAuthenticatesReads() throws Exception {
        ContainerResponse me = send("GET", "/api/auth/me", null, Map.of("Cookie", "SKILLEVAL_SESSION=" + TOKEN));

        assertEquals(200, me.getStatus());
        assertEquals("province", ((AuthResource.Me) me.getEntity()).username());
    }

    @Test
    void aChangeByCookieWithoutTheCsrfTokenIsRefusedBeforeTheResource() throws Exception {
        ContainerResponse response = send(
                "POST", "/api/rounds", "{\"year\":2027,\"batch\":1}", Map.of("Cookie", "SKILLEVAL_SESSION=" + TOKEN));

        assertEquals(403, response.getStatus());
        assertEquals("urn:skilleval:problem:csrf-token-invalid", ((ProblemDetails) response.getEntity()).type());
        verifyNoInteractions(rounds);
    }

    @Test
    void aChangeByCookieWithAWrongCsrfTokenIsRefused() throws Exception {
        ContainerResponse response = send(
                "POST",
                "/api/rounds",
                "{\"year\":2027,\"batch\":1}",
                Map.of("Cookie", "SKILLEVAL_SESSION=" + TOKEN, "X-CSRF-Token", SessionCookie.csrfToken("other")));

        assertEquals(403, response.getStatus());
        verifyNoInteractions(rounds);
    }

    @Test
    void aChangeByCookieWithTheCsrfTokenReachesTheResource() throws Exception {
        send(
                "POST",
                "/api/rounds",
                "{\"year\":2027,\"batch\":1}",
                Map.of("Cookie", "SKILLEVAL_SESSION=" + TOKEN, "X-CSRF-Token", SessionCookie.csrfToken(TOKEN)));

        verify(rounds).open(eq(province), eq(2027), eq(1), any());
    }

    @Test
    void bearerTokensWorkAsBeforeAndNeedNoCsrfToken() throws Exception {
        when(tokens.claims("bearer-token")).thenReturn(TestTokens.claims(province));

        send(
                "POST",
                "/api/rounds",
                "{\"year\":2027,\"batch\":1}",
                Map.of("Authorization", "Bearer bearer-token", "Cookie", "SKILLEVAL_SESSION=expired"));

        verify(rounds).open(eq(province), eq(2027), eq(1), any());
    }

    @Test
    void anExpiredCookieCountsAsNoSession() throws Exception {
        Map<String, String> stale = Map.of("Cookie", "SKILLEVAL_SESSION=expired");

        assertEquals(200, send("GET", "/api/health", null, stale).getStatus(), "public endpoints still answer");
        assertEquals(401, send("GET", "/api/auth/me", null, stale).getStatus());
        assertEquals(401, send("GET", "/api/auth/session", null, stale).getStatus());
    }

    @Test
    void theSessionReadBackGivesTheSameCsrfToken() throws Exception {
        ContainerResponse response =
                send("GET", "/api/auth/session", null, Map.of("Cookie", "SKILLEVAL_SESSION=" + TOKEN));

        assertEquals(200, response.getStatus());
        SessionResource.ConsoleSession body = (SessionResource.ConsoleSession) response.getEntity();
        assertEquals(SessionCookie.csrfToken(TOKEN), body.csrfToken());
        assertEquals("province", body.caller().username());
    }

    @Test
    void signingOutNeedsTheCsrfTokenAndClearsTheCookie() throws Exception {
        assertEquals(
                403,
                send("DELETE", "/api/auth/session", null, Map.of("Cookie", "SKILLEVAL_SESSION=" + TOKEN))
                        .getStatus());

        ContainerResponse response = send(
                "DELETE",
                "/api/auth/session",
                null,
                Map.of("Cookie", "SKILLEVAL_SESSION=" + TOKEN, "X-CSRF-Token", SessionCookie.csrfToken(TOKEN)));

        assertEquals(204, response.getStatus());
        assertTrue(response.getHeaderString("Set-Cookie").contains("Max-Age=0"));
    }

    private ContainerResponse send(String method, String path, String json) throws Exception {
        return send(method, path, json, Map.of());
    }

    private ContainerResponse send(String method, String path, String json, Map<String, String> headers)
            throws Exception {
        ApplicationHandler handler = new ApplicationHandler(ApiApplication.create(
                tokens,
                List.of(
                        new HealthResource("1.2.3", database, mock(PluginRegistry.class)),
                        new AuthResource(authenticator, tokens),
                        new SessionResource(authenticator, tokens, Clock.fixed(NOW, ZoneOffset.UTC)),
                        new RoundResource(rounds))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                method,
                null,
                new MapPropertiesDelegate(),
                null);
        new LinkedHashMap<>(headers).forEach(request::header);
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        return handler.apply(request).get();
    }
}
