package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.AdditionalMatchers.aryEq;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.AssessmentService;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SessionToken;
import org.skilleval.core.security.TokenService;

/**
 * What a hostile or clumsy body gets back: a small 400 that names the field as the client sent it,
 * in plain words in both languages, without Java or Jackson names and without the value itself;
 * the service is never called.
 */
class RequestBodyLimitsTest {

    private static final Caller EXPERT = Caller.fromJaasRoles("e1", List.of("expert", "expert:e1"));
    private static final List<String> INTERNAL_NAMES = List.of(
            "java.",
            "javax.",
            "com.fasterxml",
            "org.skilleval",
            "Exception",
            "Draft[",
            "$",
            "DeserializationFeature",
            "MapperFeature",
            "JsonParser",
            "StreamReadConstraints",
            "BigDecimal",
            "LocalDate",
            "YearMonth");

    private final TokenService tokens = mock(TokenService.class);
    private final Authenticator authenticator = mock(Authenticator.class);
    private final AssessmentService assessments = mock(AssessmentService.class);
    private final ApplicationService applications = mock(ApplicationService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("expert")).thenReturn(TestTokens.claims(EXPERT));
        when(tokens.claims("applicant"))
                .thenReturn(TestTokens.claims(
                        Caller.fromJaasRoles("wang", List.of("applicant", "applicant:91320100MA1NJ0001M-1"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e10000000", "1E999999999", "-1e2147483647", "1e-10000000", "9.99e+100000000"})
    void aHostileExponentInAScoreSheetIsASmall400AndNeverReachesThePlugin(String number) throws Exception {
        long started = System.nanoTime();
        ContainerResponse response = sheet("{\"points\":{\"professional-knowledge\":" + number + "}}");
        long millis = (System.nanoTime() - started) / 1_000_000;

        ProblemDetails problem = problem(response, 400);
        FieldError error = problem.errors().get(0);
        assertEquals("points.professional-knowledge", error.field());
        assertEquals("number-range", error.rule());
        assertFalse(error.message().en().contains(number));
        assertTrue(ProblemDetails.size(problem) < 2048, "body of " + ProblemDetails.size(problem) + " bytes");
        assertTrue(millis < 5_000, "took " + millis + " ms");
        verifyNoInteractions(assessments);
    }

    @Test
    void aMegabyteOfDigitsIsRefusedWhileParsingWithoutRepeatingThem() throws Exception {
        String digits = "9".repeat(1_000_000 - 100);
        ContainerResponse response = sheet("{\"points\":{\"a\":" + digits + "}}");

        ProblemDetails problem = problem(response, 400);
        assertEquals("value-length", problem.errors().get(0).rule());
        assertTrue(ProblemDetails.size(problem) < 2048);
        verifyNoInteractions(assessments);
    }

    @Test
    void aNumberLongerThanANumberMayBeIsRefusedAsSuch() throws Exception {
        ContainerResponse response = sheet("{\"points\":{\"a\":" + "1".repeat(200) + "}}");

        assertEquals("number-length", problem(response, 400).errors().get(0).rule());
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        StringBuilder json = new StringBuilder("{\"points\":{");
        for (int i = 0; json.length() <= ObjectMapperProvider.MAX_BODY_BYTES; i++) {
            json.append("\"item-").append(i).append("\":1,");
        }
        json.append("\"last\":1}}");
        ContainerResponse response = sheet(json.toString());

        ProblemDetails problem = problem(response, 413);
        assertEquals("urn:skilleval:problem:request-too-large", problem.type());
        verifyNoInteractions(assessments);
    }

    @Test
    void deepNestingIsRefusedByTheParserItself() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        assertThrows(StreamConstraintsException.class, () -> ObjectMapperProvider.create()
                .readTree(nested));
    }

    @Test
    void deepNestingInABodyIsASmall400() throws Exception {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        ProblemDetails problem = problem(sheet("{\"points\":{\"a\":1},\"comment\":" + nested + "}"), 400);
        assertTrue(ProblemDetails.size(problem) < 2048);
    }

    @Test
    void aWrongDateNamesTheFieldPathAsSentInPlainWords() throws Exception {
        ContainerResponse response = send(
                "POST",
                "/api/applications",
                "{\"participationId\":1,\"form\":{\"name\":\"王明\",\"birthMonth\":\"1990-13\"}}",
                "applicant");

        ProblemDetails problem = problem(response, 400);
        FieldError error = problem.errors().get(0);
        assertEquals("form.birthMonth", error.field());
        assertEquals("type", error.rule());
        assertTrue(error.message().zh().contains("2026-03"), error.message().zh());
        assertTrue(
                error.message().en().contains("a year and month"),
                error.message().en());
        verifyNoInteractions(applications);
    }

    @Test
    void aWrongTypeDeepInAListNamesItsIndex() throws Exception {
        ContainerResponse response = send(
                "POST",
                "/api/applications",
                "{\"participationId\":1,\"form\":{\"awardsAttachmentIds\":[\"1\",{\"x\":1}]}}",
                "applicant");

        FieldError error = problem(response, 400).errors().get(0);
        assertEquals("form.awardsAttachmentIds[1]", error.field());
    }

    @Test
    void anUnknownFieldIsNamedWithItsPathAndTheKnownOnes() throws Exception {
        ContainerResponse response =
                send("POST", "/api/applications", "{\"participationId\":1,\"form\":{\"nmae\":\"王明\"}}", "applicant");

        FieldError error = problem(response, 400).errors().get(0);
        assertEquals("form.nmae", error.field());
        assertEquals("unknown-field", error.rule());
        assertTrue(error.message().en().contains("name"));
    }

    @Test
    void aNumberWhereAnIdBelongsSaysWholeNumberNotLong() throws Exception {
        ContainerResponse response =
                send("POST", "/api/applications", "{\"participationId\":\"abc\",\"form\":{}}", "applicant");

        FieldError error = problem(response, 400).errors().get(0);
        assertEquals("participationId", error.field());
        assertTrue(error.message().zh().contains("整数"), error.message().zh());
    }

    @Test
    void brokenJsonSaysWhereWithoutEchoingIt() throws Exception {
        ContainerResponse response = sheet("{\"points\": {\"a\": 1,, \"secret-ish\" }");

        ProblemDetails problem = problem(response, 400);
        assertEquals("urn:skilleval:problem:malformed-json", problem.type());
        assertTrue(problem.detail().contains("line 1"), problem.detail());
        assertFalse(problem.detail().contains("secret-ish"));
    }

    @Test
    void unsafeCharactersInANameAreRefusedNamingThePathAndPosition() throws Exception {
        ContainerResponse response = send(
                "POST", "/api/applications", "{\"participationId\":1,\"form\":{\"name\":\"王\\u202E明\"}}", "applicant");

        FieldError error = problem(response, 400).errors().get(0);
        assertEquals("form.name", error.field());
        assertEquals("unsafe-character", error.rule());
        assertTrue(error.message().en().contains("U+202E"));
        verifyNoInteractions(applications);
    }

    @Test
    void longTextKeepsItsLinesButNotAZeroWidthSpace() throws Exception {
        when(assessments.saveDraft(any(), anyLong(), any(), any(), any(), any()))
                .thenThrow(new org.skilleval.core.rules.RuleViolationException("x", "stop", "停止", "stop"));
        ContainerResponse ok = sheet("{\"points\":{\"a\":1},\"comment\":\"第一行\\r\\n第二行\\t完\"}");
        ArgumentCaptor<String> comment = ArgumentCaptor.forClass(String.class);
        verify(assessments).saveDraft(any(), anyLong(), any(), any(), any(), comment.capture());
        assertEquals("第一行\n第二行\t完", comment.getValue());
        assertEquals(422, ok.getStatus());

        FieldError error = problem(sheet("{\"points\":{\"a\":1},\"comment\":\"好\\u200B\"}"), 400)
                .errors()
                .get(0);
        assertEquals("comment", error.field());
    }

    @Test
    void aMapKeyWithABidiOverrideIsRefused() throws Exception {
        FieldError error =
                problem(sheet("{\"points\":{\"a\\u202Eb\":1}}"), 400).errors().get(0);
        assertEquals("unsafe-character", error.rule());
        assertFalse(error.field().contains("\u202E"), error.field());
    }

    @Test
    void textIsStoredInNfc() throws Exception {
        when(applications.save(any(), anyLong(), any(), any())).thenThrow(new IllegalStateException("stop"));
        send("POST", "/api/applications", "{\"participationId\":1,\"form\":{\"name\":\"Jose\\u0301\"}}", "applicant");

        ArgumentCaptor<org.skilleval.core.rules.ApplicationForm> form =
                ArgumentCaptor.forClass(org.skilleval.core.rules.ApplicationForm.class);
        verify(applications).save(any(), eq(1L), any(), form.capture());
        assertEquals("Jos\u00E9", form.getValue().name());
    }

    @Test
    void aPasswordIsPassedOnExactlyAsTyped() throws Exception {
        Caller province = Caller.fromJaasRoles("province", List.of("province"));
        when(authenticator.authenticate(eq("province"), aryEq("pa\u0000ss\u202Eword".toCharArray()), any()))
                .thenReturn(province);
        when(tokens.issue(province)).thenReturn(new SessionToken("t", Instant.parse("2026-11-25T16:00:00Z")));

        ContainerResponse response = send(
                "POST", "/api/auth/login", "{\"username\":\"province\",\"password\":\"pa\\u0000ss\\u202Eword\"}", null);

        assertEquals(200, response.getStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%E2%80%AE1", "1%00", "%E2%80%8B", "%07"})
    void anUnsafeCharacterInAnyQueryParameterIsA400NamingTheParameter(String value) throws Exception {
        ContainerResponse response = send("GET", "/api/applications?city=" + value, null, "applicant");

        ProblemDetails refused = problem(response, 400);
        assertTrue(refused.toString().contains("unsafe-character"), refused.toString());
        assertTrue(refused.toString().contains("city"), refused.toString());
        verifyNoInteractions(applications);
        // The same for a parameter the endpoint does not read, and for a parameter's name.
        assertEquals(
                400,
                send("GET", "/api/applications?unread=" + value, null, "applicant")
                        .getStatus());
        assertEquals(
                400,
                send("GET", "/api/applications?a" + value + "=1", null, "applicant")
                        .getStatus());
        verifyNoInteractions(applications);
    }

    private ContainerResponse sheet(String json) throws Exception {
        return send("PUT", "/api/assessments/7/sheets/oral-defense", json, "expert");
    }

    private static ProblemDetails problem(ContainerResponse response, int status) {
        assertEquals(status, response.getStatus());
        ProblemDetails problem = (ProblemDetails) response.getEntity();
        assertNotNull(problem);
        String body = problem.toString();
        for (String internal : INTERNAL_NAMES) {
            assertFalse(body.contains(internal), "the body names " + internal + ": " + body);
        }
        return problem;
    }

    private ContainerResponse send(String method, String path, String json, String token) throws Exception {
        ApplicationHandler handler = new ApplicationHandler(ApiApplication.create(
                tokens,
                List.of(
                        new AssessmentResource(assessments),
                        new ApplicationResource(applications),
                        new AuthResource(authenticator, tokens))));
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
