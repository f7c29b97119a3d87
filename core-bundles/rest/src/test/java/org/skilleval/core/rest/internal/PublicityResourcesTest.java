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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.ObjectionCounts;
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.lifecycle.AppointmentService;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.ObjectionService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.persistence.ThrottleStore;
import org.skilleval.core.rules.CertificateCode;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.ObjectionStatus;
import org.skilleval.core.rules.ProposalEntryStatus;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.Reason;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;

/** The proposal-list and public endpoints on the real JAX-RS application in memory. */
class PublicityResourcesTest {

    private static final String CODE = "91320100MA1NJ0001M";
    private static final String ID = "32010219800101001" + ResidentIdNumber.checkCharacter("32010219800101001");
    private static final String CERTIFICATE = "Y00003232010026T000001";

    private final TokenService tokens = mock(TokenService.class);
    private final ProposalListService lists = mock(ProposalListService.class);
    private final ObjectionService objections = mock(ObjectionService.class);
    /** The shared objection count, which has room: the throttle's refusals are ObjectionThrottleTest's. */
    private final ThrottleStore throttles = mock(ThrottleStore.class);

    private final CertificateService certificates = mock(CertificateService.class);
    private final AppointmentService appointments = mock(AppointmentService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("province"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("province", List.of("province"))));
        when(tokens.claims("hr"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE))));
        when(tokens.claims("applicant"))
                .thenReturn(TestTokens.claims(
                        Caller.fromJaasRoles("wang", List.of("applicant", "applicant:" + CODE + "-E1"))));
        when(objections.counts(any(), any())).thenReturn(Map.of(9L, new ObjectionCounts(1, 2, 0)));
        when(throttles.count(any(), any(), any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(new ThrottleStore.Counted(true, List.of()));
    }

    @Test
    void aPublicityIsReadWithoutSigningInAndShowsNoIdNumber() throws Exception {
        when(lists.publicised(0, Paging.DEFAULT_LIMIT)).thenReturn(new Page<>(List.of(published()), 1, 0, 50));
        when(lists.findPublicised(9)).thenReturn(published());
        when(objections.takesObjections(published())).thenReturn(true);

        ContainerResponse page = send("GET", "/api/public/publicities", null, null);
        ContainerResponse one = send("GET", "/api/public/publicities/9", null, null);

        assertEquals(200, page.getStatus());
        assertEquals(200, one.getStatus());
        PublicResource.Publicity publicity = (PublicResource.Publicity) one.getEntity();
        assertEquals("南京", publicity.cityName());
        assertTrue(publicity.takesObjections(), "the page offers the objection form only then");
        assertEquals(
                List.of(new PublicResource.Candidate(21, "王五", "男", "南京某装备集团", "车工")),
                publicity.candidates(),
                "the removed candidate is not shown");
        String json = json(page.getEntity()) + json(publicity);
        assertFalse(json.contains(ID), json);
        assertFalse(json.contains(ResidentIdNumber.mask(ID)), json);
        assertFalse(json.contains("objections"), "counts are for the resolvers: " + json);
    }

    @Test
    void anyoneMayObjectAndGetsAReceipt() throws Exception {
        when(objections.submit(9, 21, "业绩材料不实", "李四", "13800000000"))
                .thenReturn(new ObjectionRecord(
                        5,
                        1,
                        "YY-AAAA-BBBB-CCCC",
                        9,
                        21,
                        7,
                        CODE,
                        "3201",
                        "王五",
                        "业绩材料不实",
                        "李四",
                        "13800000000",
                        Instant.parse("2026-03-03T02:00:00Z"),
                        ObjectionStatus.OPEN,
                        "",
                        "",
                        null));

        ContainerResponse response = send(
                "POST",
                "/api/public/objections",
                "{\"publicityId\":9,\"entryId\":21,\"content\":\"业绩材料不实\",\"name\":\"李四\",\"contact\":\"13800000000\"}",
                null);

        assertEquals(201, response.getStatus());
        String json = json(response.getEntity());
        assertTrue(json.contains("YY-AAAA-BBBB-CCCC"), json);
        assertFalse(json.contains("13800000000"), json);
        assertFalse(json.contains("李四"), json);
    }

    @Test
    void anObjectionOutsideTheWindowIs422NamingTheRule() throws Exception {
        when(objections.submit(anyLong(), anyLong(), any(), any(), any()))
                .thenThrow(new RuleViolationException("listId", "outside-publicity-window", "不在公示期内", "outside"));

        ContainerResponse response =
                send("POST", "/api/public/objections", "{\"publicityId\":9,\"entryId\":21,\"content\":\"x\"}", null);

        assertEquals(422, response.getStatus());
        assertEquals(
                "outside-publicity-window",
                ((ProblemDetails) response.getEntity()).errors().get(0).rule());
    }

    @Test
    void anObjectionWithoutContentIsRefusedBeforeTheService() throws Exception {
        ContainerResponse response = send("POST", "/api/public/objections", "{\"publicityId\":9,\"entryId\":21}", null);

        assertEquals(400, response.getStatus());
        verifyNoInteractions(objections);
    }

    @Test
    void aCertificateVerifiesByCodeAndNameAndAMismatchIs404() throws Exception {
        when(certificates.verify(CERTIFICATE, "王五")).thenReturn(Optional.of(certificate(CertificateStatus.REVOKED)));
        when(certificates.verify(CERTIFICATE, "张三")).thenReturn(Optional.empty());

        ContainerResponse match = send(
                "GET", "/api/public/certificates/verify?code=" + CERTIFICATE + "&name=%E7%8E%8B%E4%BA%94", null, null);
        ContainerResponse mismatch = send(
                "GET", "/api/public/certificates/verify?code=" + CERTIFICATE + "&name=%E5%BC%A0%E4%B8%89", null, null);

        assertEquals(200, match.getStatus());
        PublicResource.Verification verified = (PublicResource.Verification) match.getEntity();
        assertEquals("REVOKED", verified.status());
        assertEquals("特级技师", verified.level());
        assertFalse(json(verified).contains("弄虚作假"), "the revocation reason is not public");
        assertEquals(404, mismatch.getStatus());
        assertFalse(json(mismatch.getEntity()).contains(CERTIFICATE), "a 404 does not echo the code");
    }

    @Test
    void verificationNamesTheAppointingEnterpriseOnlyWhenItPublishes() throws Exception {
        CertificateRecord valid = certificate(CertificateStatus.VALID);
        when(certificates.verify(CERTIFICATE, "王五")).thenReturn(Optional.of(valid));
        String path = "/api/public/certificates/verify?code=" + CERTIFICATE + "&name=%E7%8E%8B%E4%BA%94";

        when(appointments.published(valid)).thenReturn(Optional.empty());
        String unpublished = json(send("GET", path, null, null).getEntity());
        when(appointments.published(valid))
                .thenReturn(Optional.of(new AppointmentService.PublishedAppointment(true, "南京重工")));
        PublicResource.Verification published =
                (PublicResource.Verification) send("GET", path, null, null).getEntity();

        assertFalse(unpublished.contains("appointed"), unpublished);
        assertEquals(Boolean.TRUE, published.appointed());
        assertEquals("南京重工", published.appointedBy());
    }

    @Test
    void aMalformedCodeIs422NamingTheRule() throws Exception {
        when(certificates.verify(eq("Y00003232010026X000001"), any()))
                .thenAnswer(call -> CertificateCode.parse(call.getArgument(0), "code"));

        ContainerResponse response =
                send("GET", "/api/public/certificates/verify?code=Y00003232010026X000001&name=x", null, null);

        assertEquals(422, response.getStatus());
        assertEquals(
                "level", ((ProblemDetails) response.getEntity()).errors().get(0).rule());
    }

    @Test
    void theProvinceFiltersListsByWarningAndSeesObjectionCounts() throws Exception {
        when(lists.list(any(), eq(7L), eq(null), eq(true), eq(ProposalListStatus.SUBMITTED), eq(0), eq(50)))
                .thenReturn(new Page<>(List.of(published()), 1, 0, 50));

        ContainerResponse response =
                send("GET", "/api/proposal-lists?roundId=7&warning=true&status=submitted", null, "Bearer province");

        assertEquals(200, response.getStatus());
        @SuppressWarnings("unchecked")
        ProposalListResource.ProposalList list = ((PageBody<ProposalListResource.ProposalList>) response.getEntity())
                .items()
                .get(0);
        assertEquals("proposal-share-high", list.shareWarning().code());
        assertEquals(new ProposalListResource.Objections(1, 2, 0), list.objections());
        assertEquals(ResidentIdNumber.mask(ID), list.entries().get(0).idNumber());
        assertFalse(json(list).contains(ID));
    }

    @Test
    void onlyAnEnterpriseSubmitsAndOnlyTheProvincePublishesAndAnApplicantSeesNoList() throws Exception {
        String submit = "{\"version\":1,\"enterpriseStart\":\"2026-02-24\"}";
        assertEquals(
                403,
                send("POST", "/api/proposal-lists/9/submit", submit, "Bearer province")
                        .getStatus());
        assertEquals(
                403,
                send("POST", "/api/proposal-lists/9/publish", "{\"version\":2,\"start\":\"2026-03-02\"}", "Bearer hr")
                        .getStatus());
        assertEquals(
                403,
                send("GET", "/api/proposal-lists", null, "Bearer applicant").getStatus());
        assertEquals(401, send("GET", "/api/objections", null, null).getStatus());
        when(lists.submit(any(), eq(9L), eq(1L), eq(LocalDate.of(2026, 2, 24)), eq(null)))
                .thenReturn(published());

        assertEquals(
                200,
                send("POST", "/api/proposal-lists/9/submit", submit, "Bearer hr")
                        .getStatus());
    }

    @Test
    void issuingCertificatesAnswers201WithTheCodes() throws Exception {
        when(certificates.issue(any(), eq(9L), eq(3L), eq("0000"), eq("320100")))
                .thenReturn(List.of(certificate(CertificateStatus.VALID)));

        ContainerResponse response = send(
                "POST",
                "/api/proposal-lists/9/certificates",
                "{\"version\":3,\"organisationCode\":\"0000\",\"siteCode\":\"320100\"}",
                "Bearer hr");

        assertEquals(201, response.getStatus());
        assertTrue(json(response.getEntity()).contains(CERTIFICATE));
    }

    @Test
    void resolvingAnObjectionNeedsVersionUpheldAndNote() throws Exception {
        ContainerResponse response = send("POST", "/api/objections/5/resolve", "{}", "Bearer hr");

        assertEquals(400, response.getStatus());
        assertEquals(
                List.of("version", "upheld", "note"),
                ((ProblemDetails) response.getEntity())
                        .errors().stream().map(FieldError::field).toList());
        verify(objections, org.mockito.Mockito.never()).resolve(any(), anyLong(), anyLong(), eq(true), any());
    }

    private static CertificateRecord certificate(CertificateStatus status) {
        return new CertificateRecord(
                1,
                1,
                CERTIFICATE,
                11,
                9,
                7,
                "王五",
                "车工",
                CODE,
                "南京某装备集团",
                "3201",
                LocalDate.of(2026, 3, 20),
                status,
                status == CertificateStatus.REVOKED ? "弄虚作假" : "");
    }

    private static ProposalListRecord published() {
        return TestRecords.proposalList()
                .version(3)
                .creditCode(CODE)
                .status(ProposalListStatus.PUBLISHED)
                .entries(List.of(
                        new ProposalEntry(
                                21, 11, "王五", "男", "车工", ResidentIdNumber.mask(ID), ProposalEntryStatus.LISTED, ""),
                        new ProposalEntry(22, 12, "赵六", "女", "钳工", "", ProposalEntryStatus.REMOVED, "异议属实")))
                .enterpriseWindow(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 28))
                .provinceWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6))
                .shareWarning(new Reason("proposal-share-high", "占比高", "share high"))
                .build();
    }

    private static String json(Object entity) throws Exception {
        return new ObjectMapperProvider().getContext(Object.class).writeValueAsString(entity);
    }

    private ContainerResponse send(String method, String path, String json, String authorization) throws Exception {
        ApplicationHandler handler = new ApplicationHandler(ApiApplication.create(
                tokens,
                List.of(
                        new ProposalListResource(lists, objections, certificates),
                        new ObjectionResource(objections),
                        new CertificateResource(certificates),
                        new PublicResource(lists, objections, certificates, appointments, throttles))));
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
