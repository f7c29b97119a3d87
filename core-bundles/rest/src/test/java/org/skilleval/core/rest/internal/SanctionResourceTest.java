package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.SanctionRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;

/** The sanctions endpoints on the real JAX-RS application in memory, without a servlet container. */
class SanctionResourceTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final String ZHANG = "32010219900307123" + ResidentIdNumber.checkCharacter("32010219900307123");
    private static final String MASKED_ZHANG = ZHANG.substring(0, 4) + "************" + ZHANG.substring(16);
    private static final String CREDIT_CODE = "91350100M000100Y43";
    // 2026-03-10 in Jiangsu (still 9 March in UTC)
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T16:30:00Z"), SanctionResource.JIANGSU);

    private final TokenService tokens = mock(TokenService.class);
    private final SanctionService sanctions = mock(SanctionService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("province")).thenReturn(TestTokens.claims(PROVINCE));
        when(tokens.claims("city"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"))));
    }

    @Test
    void aCityCannotRecordListOrReadSanctions() throws Exception {
        assertEquals(
                403, send("POST", "/api/sanctions", personJson(), "Bearer city").getStatus());
        assertEquals(403, send("GET", "/api/sanctions", null, "Bearer city").getStatus());
        assertEquals(403, send("GET", "/api/sanctions/5", null, "Bearer city").getStatus());
        verifyNoInteractions(sanctions);
    }

    @Test
    void anAnonymousCallerIs401() throws Exception {
        assertEquals(401, send("POST", "/api/sanctions", personJson(), null).getStatus());
        assertEquals(401, send("GET", "/api/sanctions", null, null).getStatus());
        verifyNoInteractions(sanctions);
    }

    @Test
    void missingFieldsAreAllNamedAtOnce() throws Exception {
        ContainerResponse response = send("POST", "/api/sanctions", "{\"roundId\":7}", "Bearer province");

        assertEquals(400, response.getStatus());
        assertEquals(
                List.of("subjectType", "subjectKey", "subjectName", "foundOn", "finding"),
                ((ProblemDetails) response.getEntity())
                        .errors().stream().map(FieldError::field).toList());
        verifyNoInteractions(sanctions);
    }

    @Test
    void aRecordedSanctionIs201WithItsLocationAndTheIdNumberMasked() throws Exception {
        when(sanctions.record(
                        any(),
                        eq(SubjectType.PERSON),
                        eq(ZHANG),
                        eq("张三"),
                        eq(LocalDate.of(2026, 3, 10)),
                        eq("申报材料业绩证明造假"),
                        eq(7L)))
                .thenReturn(person(5, LocalDate.of(2026, 3, 10)));

        ContainerResponse response = send("POST", "/api/sanctions", personJson(), "Bearer province");

        assertEquals(201, response.getStatus());
        assertEquals(URI.create("http://localhost/api/sanctions/5"), response.getLocation());
        SanctionResource.Sanction body = (SanctionResource.Sanction) response.getEntity();
        assertEquals(MASKED_ZHANG, body.subjectKey());
        assertEquals(LocalDate.of(2031, 3, 10), body.bannedUntil());
        assertTrue(body.active());
        assertEquals("PERSON", body.subjectType());
        String json = json(body);
        assertFalse(json.contains(ZHANG), json);
        assertTrue(json.contains("\"bannedUntil\":\"2031-03-10\""), json);
    }

    @Test
    void aBadIdNumberIs422NamingTheFieldAndRule() throws Exception {
        when(sanctions.record(any(), any(), any(), any(), any(), any(), any()))
                .thenThrow(new RuleViolationException(
                        "subjectKey",
                        "check-digit",
                        "身份证号码校验位不正确，请核对号码",
                        "the check character of the ID number is wrong"));

        ContainerResponse response = send("POST", "/api/sanctions", personJson(), "Bearer province");

        assertEquals(422, response.getStatus());
        FieldError error = ((ProblemDetails) response.getEntity()).errors().get(0);
        assertEquals("subjectKey", error.field());
        assertEquals("check-digit", error.rule());
        assertFalse(json(response.getEntity()).contains(ZHANG));
    }

    @Test
    void anUnknownSubjectTypeIsRefusedNamingTheAllowedOnes() throws Exception {
        ContainerResponse response =
                send("POST", "/api/sanctions", personJson().replace("\"person\"", "\"expert\""), "Bearer province");

        assertEquals(400, response.getStatus());
        FieldError error = ((ProblemDetails) response.getEntity()).errors().get(0);
        assertEquals("subjectType", error.field());
        assertTrue(error.message().en().contains("PERSON, ENTERPRISE"));
        verifyNoInteractions(sanctions);
    }

    @Test
    void theListIsFilteredAndPagedOnTheServerAndMasksEveryIdNumber() throws Exception {
        when(sanctions.list(any(), eq(SubjectType.PERSON), eq(ZHANG), eq(20), eq(10)))
                .thenReturn(new Page<>(
                        List.of(person(5, LocalDate.of(2026, 3, 10)), person(3, LocalDate.of(2020, 1, 2))),
                        22,
                        20,
                        10));

        ContainerResponse response = send(
                "GET",
                "/api/sanctions?subjectType=person&subjectKey=" + ZHANG + "&offset=20&limit=10",
                null,
                "Bearer province");

        assertEquals(200, response.getStatus());
        @SuppressWarnings("unchecked")
        PageBody<SanctionResource.Sanction> page = (PageBody<SanctionResource.Sanction>) response.getEntity();
        assertEquals(22, page.total());
        assertEquals(
                List.of(MASKED_ZHANG, MASKED_ZHANG),
                page.items().stream().map(SanctionResource.Sanction::subjectKey).toList());
        assertEquals(
                List.of(true, false),
                page.items().stream().map(SanctionResource.Sanction::active).toList(),
                "the 2020 finding's ban ended on 2025-01-02");
        assertFalse(json(page).contains(ZHANG));
    }

    @Test
    void anInvalidLimitIsRefusedBeforeTheServiceIsAsked() throws Exception {
        ContainerResponse response = send("GET", "/api/sanctions?limit=100000", null, "Bearer province");

        assertEquals(400, response.getStatus());
        verifyNoInteractions(sanctions);
    }

    @Test
    void oneSanctionIsReadByIdAndAnEnterpriseKeyIsShownInFull() throws Exception {
        when(sanctions.find(any(), eq(9L)))
                .thenReturn(Optional.of(new SanctionRecord(
                        9,
                        0,
                        SubjectType.ENTERPRISE,
                        CREDIT_CODE,
                        "某某重工有限公司",
                        LocalDate.of(2026, 1, 15),
                        "虚报高级技师人数",
                        null)));

        ContainerResponse response = send("GET", "/api/sanctions/9", null, "Bearer province");

        assertEquals(200, response.getStatus());
        SanctionResource.Sanction body = (SanctionResource.Sanction) response.getEntity();
        assertEquals(CREDIT_CODE, body.subjectKey());
        assertEquals(LocalDate.of(2031, 1, 15), body.bannedUntil());
    }

    @Test
    void anUnknownSanctionIs404() throws Exception {
        when(sanctions.find(any(), anyLong())).thenReturn(Optional.empty());

        assertEquals(
                404, send("GET", "/api/sanctions/404", null, "Bearer province").getStatus());
    }

    @Test
    void theProvincesCallerReachesTheService() throws Exception {
        when(sanctions.list(any(), any(), any(), eq(0), eq(Paging.DEFAULT_LIMIT)))
                .thenReturn(new Page<>(List.of(), 0, 0, Paging.DEFAULT_LIMIT));

        send("GET", "/api/sanctions", null, "Bearer province");

        verify(sanctions).list(PROVINCE, null, null, 0, Paging.DEFAULT_LIMIT);
    }

    private static SanctionRecord person(long id, LocalDate foundOn) {
        return new SanctionRecord(id, 0, SubjectType.PERSON, ZHANG, "张三", foundOn, "申报材料业绩证明造假", 7L);
    }

    private static String personJson() {
        return "{\"subjectType\":\"person\",\"subjectKey\":\"" + ZHANG + "\",\"subjectName\":\"张三\","
                + "\"foundOn\":\"2026-03-10\",\"finding\":\"申报材料业绩证明造假\",\"roundId\":7}";
    }

    /** The body as the API writes it, with the application's own JSON configuration. */
    private static String json(Object entity) throws Exception {
        return new ObjectMapperProvider().getContext(Object.class).writeValueAsString(entity);
    }

    private ContainerResponse send(String method, String path, String json, String authorization) throws Exception {
        ApplicationHandler handler =
                new ApplicationHandler(ApiApplication.create(tokens, List.of(new SanctionResource(sanctions, CLOCK))));
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
}
