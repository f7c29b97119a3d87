package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyChar;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ObjLongConsumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.EnterpriseRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.lifecycle.CalendarService;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.CertificateStore;
import org.skilleval.core.persistence.ObjectionStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.ProposalListStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.ObjectionStatus;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.ProposalEntryStatus;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.WorkingDayCalendar;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

/**
 * The proposal-list, objection and certificate services with their stores mocked and a fixed
 * clock. The 2026 first round: evaluation to 28 February, publicity to 10 March, certificates to
 * 31 March. The Spring Festival holiday runs to 23 February 2026; Saturday 28 February is a make-up
 * working day.
 */
class PublicityServicesTest {

    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");
    private static final String CODE = "91320100MA1NJ0001M";
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
    private static final Caller OTHER_HR =
            Caller.fromJaasRoles("hr2", List.of("enterprise", "enterprise:91320500MA1PX00038"));
    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final String ID = "32010219800101001" + ResidentIdNumber.checkCharacter("32010219800101001");

    private final RoundStore rounds = mock(RoundStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final ApplicationStore applications = mock(ApplicationStore.class);
    private final ProposalListStore lists = mock(ProposalListStore.class);
    private final ObjectionStore objections = mock(ObjectionStore.class);
    private final CertificateStore certificates = mock(CertificateStore.class);
    private final SanctionService sanctions = mock(SanctionService.class);
    private final CalendarService calendar = WorkingDayCalendar::bundled;

    @BeforeEach
    void aRoundAndAnAcceptedEnterprise() {
        when(rounds.find(7))
                .thenReturn(Optional.of(new RoundRecord(7, 1, 2026, 1, "2026", RoundSchedule.defaultFor(2026, 1))));
        when(participations.find(3)).thenReturn(Optional.of(participation(ParticipationStatus.ACCEPTED, 40)));
        when(sanctions.activeFor(any(), anyString(), any())).thenReturn(Optional.empty());
    }

    // --- proposal lists

    @Test
    void anEnterpriseDraftsItsListFromPassedApplications() {
        when(applications.find(11)).thenReturn(Optional.of(application(11, 3, ApplicationStatus.PASSED)));

        lists("2026-02-20").create(HR, 3, List.of(11L));

        verify(lists).create(any(), eq(List.of(application(11, 3, ApplicationStatus.PASSED))), any());
    }

    @Test
    void applicationsNotPassedOrOfAnotherEnterpriseAreRefusedByName() {
        when(applications.find(11)).thenReturn(Optional.of(application(11, 3, ApplicationStatus.PASSED)));
        when(applications.find(12)).thenReturn(Optional.of(application(12, 3, ApplicationStatus.FAILED)));
        when(applications.find(13)).thenReturn(Optional.of(application(13, 4, ApplicationStatus.PASSED)));

        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> lists("2026-02-20").create(HR, 3, List.of(11L, 12L, 13L, 14L)));

        assertEquals("not-passed", refused.rule());
        assertTrue(refused.getMessage().contains("[12, 13, 14]"), refused.getMessage());
        verify(lists, never()).create(any(), any(), any());
    }

    @Test
    void anotherEnterprisesParticipationDoesNotExistForTheCaller() {
        assertThrows(NotFoundException.class, () -> lists("2026-02-20").create(OTHER_HR, 3, List.of(11L)));
    }

    @Test
    void noListAfterTheEvaluationDeadline() {
        when(applications.find(11)).thenReturn(Optional.of(application(11, 3, ApplicationStatus.PASSED)));

        assertEquals(
                "deadline-passed",
                assertThrows(RuleViolationException.class, () -> lists("2026-03-02")
                                .create(HR, 3, List.of(11L)))
                        .rule());
    }

    @Test
    void submittingWithoutAnEndTakesFiveWorkingDaysCountingTheFirst() {
        stored(list(ProposalListStatus.DRAFT));

        ProposalListRecord submitted = submitThrough(lists("2026-02-20"), LocalDate.of(2026, 2, 24), null, 40, 1);

        assertEquals(LocalDate.of(2026, 2, 24), submitted.enterpriseStart());
        assertEquals(
                LocalDate.of(2026, 2, 28), submitted.enterpriseEnd(), "Tuesday 24 to the make-up working Saturday 28");
        assertNull(submitted.shareWarning());
    }

    @Test
    void aWindowShorterThanFiveWorkingDaysNamesTheEarliestEnd() {
        stored(list(ProposalListStatus.DRAFT));

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> lists("2026-02-20")
                .submit(HR, 9, 1, LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 27)));

        assertEquals("enterpriseEnd", refused.field());
        assertEquals("publicity-too-short", refused.rule());
        assertTrue(refused.getMessage().contains("2026-02-28"), refused.getMessage());
        verify(lists, never()).submit(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void aWindowCannotStartBeforeToday() {
        stored(list(ProposalListStatus.DRAFT));

        assertEquals(
                "start-in-past",
                assertThrows(RuleViolationException.class, () -> lists("2026-02-20")
                                .submit(HR, 9, 1, LocalDate.of(2026, 2, 19), null))
                        .rule());
    }

    @Test
    void proposingManySeniorTechniciansIsWarnedButNotRefused() {
        stored(list(ProposalListStatus.DRAFT));
        when(participations.find(3)).thenReturn(Optional.of(participation(ParticipationStatus.ACCEPTED, 5)));

        ProposalListRecord submitted = submitThrough(lists("2026-02-20"), LocalDate.of(2026, 2, 24), null, 5, 1);

        assertEquals("proposal-share-high", submitted.shareWarning().code());
    }

    @Test
    void theWarningThresholdIsTheConfiguredOne() {
        stored(list(ProposalListStatus.DRAFT));
        when(participations.find(3)).thenReturn(Optional.of(participation(ParticipationStatus.ACCEPTED, 5)));
        ProposalListServiceImpl lenient = new ProposalListServiceImpl(
                rounds,
                participations,
                applications,
                lists,
                sanctions,
                calendar,
                clock("2026-02-20"),
                new BigDecimal("0.20"),
                30);

        assertNull(submitThrough(lenient, LocalDate.of(2026, 2, 24), null, 5, 1).shareWarning(), "1 of 5 is 20%");
    }

    @Test
    void aCandidateNoLongerPassedAtSubmissionIsRefused() {
        stored(list(ProposalListStatus.DRAFT));
        ArgumentCaptor<BiFunction<ProposalListRecord, List<ApplicationRecord>, ProposalListRecord>> change = captor();
        lists("2026-02-20").submit(HR, 9, 1, LocalDate.of(2026, 2, 24), null);
        verify(lists).submit(eq(9L), eq(1L), any(), change.capture(), any());

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> change.getValue()
                .apply(list(ProposalListStatus.DRAFT), List.of(application(11, 3, ApplicationStatus.CANCELLED))));

        assertEquals("not-passed", refused.rule());
    }

    @Test
    void theProvincePublishesBeforeThePublicityDeadline() {
        stored(list(ProposalListStatus.SUBMITTED));
        ArgumentCaptor<UnaryOperator<ProposalListRecord>> change = captor();

        lists("2026-03-02").publish(PROVINCE, 9, 2, LocalDate.of(2026, 3, 2), null);

        verify(lists).update(eq(9L), eq(2L), eq("publish"), any(), any(), change.capture());
        ProposalListRecord published = change.getValue().apply(list(ProposalListStatus.SUBMITTED));
        assertEquals(LocalDate.of(2026, 3, 6), published.provinceEnd());
        assertEquals(ProposalListStatus.PUBLISHED, published.status());
        assertEquals(
                "deadline-passed",
                assertThrows(RuleViolationException.class, () -> lists("2026-03-11")
                                .publish(PROVINCE, 9, 2, LocalDate.of(2026, 3, 11), null))
                        .rule());
        assertThrows(AccessDeniedException.class, () -> lists("2026-03-02").publish(HR, 9, 2, null, null));
    }

    @Test
    void aCityListsOnlyItsOwnCityAndAnotherCityGetsNothing() {
        lists("2026-03-02").list(NANJING, 7L, null, true, null, 0, 10);
        verify(lists).list(7L, "3201", null, true, null, 0, 10);

        assertEquals(
                0,
                lists("2026-03-02").list(NANJING, 7L, "3205", null, null, 0, 10).total());
    }

    @Test
    void thePublicSeesAPublicityFromItsFirstDayUntilThirtyDaysAfterItsLast() {
        stored(published());

        assertThrows(NotFoundException.class, () -> lists("2026-03-01").findPublicised(9));
        assertEquals(9, lists("2026-03-02").findPublicised(9).id());
        assertEquals(9, lists("2026-04-05").findPublicised(9).id());
        assertThrows(NotFoundException.class, () -> lists("2026-04-06").findPublicised(9));
    }

    // --- objections

    @Test
    void anObjectionOutsideEveryWindowNamesTheWindows() {
        stored(published());

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> objectionService("2026-03-07")
                .submit(9, 21, "不实", "", ""));

        assertEquals("outside-publicity-window", refused.rule());
        assertTrue(refused.getMessage().contains("2026-03-02 – 2026-03-06"), refused.getMessage());
        verifyNoInteractions(objections);
    }

    @Test
    void objectionsAreTakenOnlyWhileAWindowRuns() {
        assertTrue(objectionService("2026-02-25").takesObjections(published()), "the enterprise's window");
        assertTrue(objectionService("2026-03-06").takesObjections(published()), "the province's last day");
        assertFalse(objectionService("2026-03-07").takesObjections(published()));
    }

    @Test
    void anObjectionDuringTheEnterprisesWindowIsTakenWithoutACaller() {
        stored(published());

        objectionService("2026-02-25").submit(9, 21, "  业绩材料不实  ", " 李四 ", "");

        verify(objections)
                .create(eq(9L), eq(21L), eq("业绩材料不实"), eq("李四"), eq(""), any(), eq(ObjectionServiceImpl.PUBLIC));
    }

    @Test
    void anObjectionNeedsContentOfAtMost2000Characters() {
        stored(published());

        assertEquals(
                "required",
                assertThrows(RuleViolationException.class, () -> objectionService("2026-03-03")
                                .submit(9, 21, " ", null, null))
                        .rule());
        assertEquals(
                "length",
                assertThrows(RuleViolationException.class, () -> objectionService("2026-03-03")
                                .submit(9, 21, "x".repeat(2001), null, null))
                        .rule());
    }

    @Test
    void aDraftListIsNoPublicity() {
        stored(list(ProposalListStatus.DRAFT));

        assertThrows(
                NotFoundException.class, () -> objectionService("2026-02-25").submit(9, 21, "不实", "", ""));
    }

    @Test
    void anotherEnterpriseCannotSeeOrResolveAnObjectionAndACityCannotList() {
        when(objections.find(5)).thenReturn(Optional.of(objection(ObjectionStatus.OPEN)));

        assertThrows(
                NotFoundException.class, () -> objectionService("2026-03-07").resolve(OTHER_HR, 5, 1, true, "x"));
        assertThrows(AccessDeniedException.class, () -> objectionService("2026-03-07")
                .list(NANJING, 7L, null, null, 0, 10));
    }

    @Test
    void resolvingNeedsANoteAndAnOpenObjection() {
        when(objections.find(5)).thenReturn(Optional.of(objection(ObjectionStatus.OPEN)));
        assertEquals(
                "required",
                assertThrows(RuleViolationException.class, () -> objectionService("2026-03-07")
                                .resolve(HR, 5, 1, true, " "))
                        .rule());

        ArgumentCaptor<UnaryOperator<ObjectionRecord>> check = captor();
        ArgumentCaptor<UnaryOperator<ApplicationRecord>> removal = captor();
        objectionService("2026-03-07").resolve(HR, 5, 1, true, "核实属实");
        verify(objections)
                .resolve(eq(5L), eq(1L), eq(true), eq("核实属实"), any(), check.capture(), any(), removal.capture());

        assertEquals(
                "state",
                assertThrows(RuleViolationException.class, () -> check.getValue()
                                .apply(objection(ObjectionStatus.DISMISSED)))
                        .rule());
        assertEquals(
                ObjectionStatus.UPHELD,
                check.getValue().apply(objection(ObjectionStatus.OPEN)).status());
        assertEquals(
                ApplicationStatus.REMOVED,
                removal.getValue()
                        .apply(application(11, 3, ApplicationStatus.PROPOSED))
                        .status());
        assertEquals(
                ApplicationStatus.CERTIFIED,
                removal.getValue()
                        .apply(application(11, 3, ApplicationStatus.CERTIFIED))
                        .status(),
                "an upheld objection removes only a candidate still proposed");
    }

    // --- certificates

    @Test
    void certificatesWaitUntilBothWindowsEndedAndNoObjectionIsOpen() {
        stored(published());
        withCertificateCodes("0000", "320100");
        ArgumentCaptor<ObjLongConsumer<ProposalListRecord>> check = captor();

        certificateService("2026-03-06").issue(HR, 9, 3, "0000", "320100");

        verify(certificates)
                .issue(
                        eq(9L),
                        eq(3L),
                        eq('Y'),
                        eq("0000"),
                        eq("320100"),
                        eq(LocalDate.of(2026, 3, 6)),
                        any(),
                        check.capture(),
                        any(),
                        any(),
                        any());
        assertEquals(
                "publicity-not-ended",
                assertThrows(RuleViolationException.class, () -> check.getValue()
                                .accept(published(), 0))
                        .rule());
        ArgumentCaptor<ObjLongConsumer<ProposalListRecord>> later = captor();
        certificateService("2026-03-07").issue(HR, 9, 3, "0000", "320100");
        verify(certificates)
                .issue(
                        eq(9L),
                        eq(3L),
                        anyChar(),
                        any(),
                        any(),
                        eq(LocalDate.of(2026, 3, 7)),
                        any(),
                        later.capture(),
                        any(),
                        any(),
                        any());
        assertEquals(
                "objections-open",
                assertThrows(RuleViolationException.class, () -> later.getValue()
                                .accept(published(), 1))
                        .rule());
        later.getValue().accept(published(), 0);
    }

    @Test
    void theStoredCodesAreUsedWhenAnIssuanceGivesNone() {
        stored(published());
        withCertificateCodes("0000", "320100");

        certificateService("2026-03-07").issue(HR, 9, 3, null, null);

        verify(certificates)
                .issue(eq(9L), eq(3L), eq('Y'), eq("0000"), eq("320100"), any(), any(), any(), any(), any(), any());
        verify(participations, never()).setCertificateCodes(any(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void aRetypedCodeThatDiffersFromTheStoredOneIsRefusedAndIssuesNothing() {
        stored(published());
        withCertificateCodes("0000", "320100");

        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> certificateService("2026-03-07")
                        .issue(HR, 9, 3, "0000", "320010"));

        assertEquals("siteCode", refused.field());
        assertEquals("certificate-codes-differ", refused.rule());
        verify(certificates, never())
                .issue(anyLong(), anyLong(), anyChar(), any(), any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void anEnterpriseWithoutStoredCodesGivesThemOnceAndTheyAreKept() {
        stored(published());
        when(participations.enterprise(CODE))
                .thenReturn(Optional.of(new EnterpriseRecord(4, 2, CODE, "南京某装备集团", "3201", "", "")));

        assertEquals(
                "certificate-codes-unset",
                assertThrows(RuleViolationException.class, () -> certificateService("2026-03-07")
                                .issue(HR, 9, 3, null, null))
                        .rule());
        assertEquals(
                "site-code",
                assertThrows(RuleViolationException.class, () -> certificateService("2026-03-07")
                                .issue(HR, 9, 3, "0000", "32010"))
                        .rule());
        when(participations.setCertificateCodes(eq(CODE), eq(2L), eq("0000"), eq("320100"), any(), any()))
                .thenReturn(new EnterpriseRecord(4, 3, CODE, "南京某装备集团", "3201", "0000", "320100"));

        certificateService("2026-03-07").issue(HR, 9, 3, "0000", "320100");

        verify(participations).setCertificateCodes(eq(CODE), eq(2L), eq("0000"), eq("320100"), any(), any());
        verify(certificates)
                .issue(eq(9L), eq(3L), eq('Y'), eq("0000"), eq("320100"), any(), any(), any(), any(), any(), any());
    }

    @Test
    void onlyTheEnterpriseItselfSetsItsCodesAndOnlyValidOnes() {
        when(participations.setCertificateCodes(any(), anyLong(), any(), any(), any(), any()))
                .thenReturn(new EnterpriseRecord(4, 3, CODE, "x", "3201", "0000", "320100"));
        PilotEnterpriseServiceImpl enterprises =
                new PilotEnterpriseServiceImpl(rounds, participations, sanctions, clock("2026-03-07"), 2);

        enterprises.setCertificateCodes(HR, CODE, 2, "0000", "320100");

        verify(participations).setCertificateCodes(eq(CODE), eq(2L), eq("0000"), eq("320100"), any(), any());
        assertThrows(
                NotFoundException.class, () -> enterprises.setCertificateCodes(OTHER_HR, CODE, 2, "0000", "320100"));
        assertEquals(
                "organisation-code",
                assertThrows(
                                RuleViolationException.class,
                                () -> enterprises.setCertificateCodes(HR, CODE, 2, "00A0", "320100"))
                        .rule());
    }

    private void withCertificateCodes(String organisationCode, String siteCode) {
        when(participations.enterprise(CODE))
                .thenReturn(
                        Optional.of(new EnterpriseRecord(4, 2, CODE, "南京某装备集团", "3201", organisationCode, siteCode)));
    }

    @Test
    void onlyTheListsOwnEnterpriseIssuesAndOnlyAPublishedList() {
        stored(published());
        assertThrows(NotFoundException.class, () -> certificateService("2026-03-07")
                .issue(OTHER_HR, 9, 3, "0000", "320100"));
        stored(list(ProposalListStatus.SUBMITTED));
        assertEquals(
                "state",
                assertThrows(RuleViolationException.class, () -> certificateService("2026-03-07")
                                .issue(HR, 9, 3, "0000", "320100"))
                        .rule());
    }

    @Test
    void verificationNeedsAWellFormedCodeAndTheHoldersName() {
        CertificateRecord certificate = certificate(1);
        when(certificates.findByCode("Y00003232010026T000001")).thenReturn(Optional.of(certificate));

        assertEquals(
                certificate,
                certificateService("2026-04-01")
                        .verify("Y00003232010026T000001", "王五")
                        .orElseThrow());
        assertTrue(certificateService("2026-04-01")
                .verify("Y00003232010026T000001", "张三")
                .isEmpty());
        assertEquals(
                "level",
                assertThrows(RuleViolationException.class, () -> certificateService("2026-04-01")
                                .verify("Y00003232010026X000001", "王五"))
                        .rule());
    }

    @Test
    void oneCertificateIsFoundOnlyWithinTheCallersScope() {
        CertificateRecord certificate = certificate(5);
        when(certificates.find(5)).thenReturn(Optional.of(certificate));
        CertificateServiceImpl service = certificateService("2026-04-01");

        assertEquals(certificate, service.find(HR, 5));
        assertEquals(certificate, service.find(PROVINCE, 5));
        assertEquals(certificate, service.find(NANJING, 5));
        assertThrows(NotFoundException.class, () -> service.find(OTHER_HR, 5));
        assertThrows(
                NotFoundException.class,
                () -> service.find(Caller.fromJaasRoles("suzhou", List.of("city", "city:3205")), 5));
        assertThrows(NotFoundException.class, () -> service.find(PROVINCE, 6));
        assertThrows(
                org.skilleval.core.security.AccessDeniedException.class,
                () -> service.find(Caller.fromJaasRoles("wang", List.of("applicant", "applicant:" + CODE + "-1")), 5));
    }

    // --- helpers

    private static CertificateRecord certificate(long id) {
        return new CertificateRecord(
                id,
                1,
                "Y00003232010026T000001",
                11,
                9,
                7,
                "王五",
                "车工",
                CODE,
                "南京某装备集团",
                "3201",
                LocalDate.of(2026, 3, 20),
                CertificateStatus.VALID,
                "");
    }

    private ProposalListRecord submitThrough(
            ProposalListServiceImpl service, LocalDate start, LocalDate end, int seniors, int candidates) {
        ArgumentCaptor<BiFunction<ProposalListRecord, List<ApplicationRecord>, ProposalListRecord>> change = captor();
        service.submit(HR, 9, 1, start, end);
        verify(lists).submit(eq(9L), eq(1L), any(), change.capture(), any());
        List<ApplicationRecord> passed = java.util.stream.LongStream.rangeClosed(1, candidates)
                .mapToObj(id -> application(id, 3, ApplicationStatus.PASSED))
                .toList();
        return change.getValue().apply(list(ProposalListStatus.DRAFT), passed);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> ArgumentCaptor<T> captor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(Object.class);
    }

    private void stored(ProposalListRecord list) {
        when(lists.find(9)).thenReturn(Optional.of(list));
    }

    private ProposalListServiceImpl lists(String today) {
        return new ProposalListServiceImpl(
                rounds,
                participations,
                applications,
                lists,
                sanctions,
                calendar,
                clock(today),
                new BigDecimal("0.10"),
                30);
    }

    private ObjectionServiceImpl objectionService(String today) {
        return new ObjectionServiceImpl(objections, lists, clock(today));
    }

    private CertificateServiceImpl certificateService(String today) {
        return new CertificateServiceImpl(rounds, lists, certificates, sanctions, participations, clock(today));
    }

    /** 10:00 in Jiangsu on that day. */
    private static Clock clock(String today) {
        return Clock.fixed(LocalDate.parse(today).atTime(10, 0).atZone(JIANGSU).toInstant(), JIANGSU);
    }

    private static ParticipationRecord participation(ParticipationStatus status, int seniors) {
        return TestRecords.participation()
                .creditCode(CODE)
                .evidence(new EnterpriseEvidence(true, true, seniors, false, false))
                .status(status)
                .build();
    }

    private static ApplicationRecord application(long id, long participationId, ApplicationStatus status) {
        ApplicationForm form = new ApplicationForm(
                "王五", ID, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, "车工", null, null, true, null, null);
        return new ApplicationRecord(id, 1, 7, participationId, CODE, "3201", CODE + "-E" + id, form, status, null, "");
    }

    private static ProposalListRecord list(ProposalListStatus status) {
        return TestRecords.proposalList()
                .enterpriseWindow(
                        status == ProposalListStatus.DRAFT ? null : LocalDate.of(2026, 2, 24),
                        status == ProposalListStatus.DRAFT ? null : LocalDate.of(2026, 2, 28))
                .creditCode(CODE)
                .status(status)
                .entries(List.of(new ProposalEntry(
                        21, 11, "王五", "男", "车工", ResidentIdNumber.mask(ID), ProposalEntryStatus.LISTED, "")))
                .build();
    }

    /** Enterprise publicity 24–28 February, province publicity 2–6 March 2026. */
    private static ProposalListRecord published() {
        return list(ProposalListStatus.SUBMITTED).published(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));
    }

    private static ObjectionRecord objection(ObjectionStatus status) {
        return new ObjectionRecord(
                5,
                1,
                "YY-AAAA-BBBB-CCCC",
                9,
                21,
                7,
                CODE,
                "3201",
                "王五",
                "不实",
                "李四",
                "13800000000",
                Instant.parse("2026-03-03T02:00:00Z"),
                status,
                "",
                "",
                null);
    }
}
