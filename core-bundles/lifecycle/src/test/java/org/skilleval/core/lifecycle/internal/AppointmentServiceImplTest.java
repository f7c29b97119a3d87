package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AppointmentRecord.ReviewOutcome;
import org.skilleval.core.domain.AppointmentSettings;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.lifecycle.AppointmentService.Terms;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AppointmentStore;
import org.skilleval.core.persistence.CertificateStore;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.AppointmentStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class AppointmentServiceImplTest {

    static final String CODE = "91320100MA1MX0001X";
    private static final String ZHANG = "32010219900307123" + ResidentIdNumber.checkCharacter("32010219900307123");
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
    private static final Caller OTHER =
            Caller.fromJaasRoles("other", List.of("enterprise", "enterprise:91320500MA1PX00038"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 20);
    private static final String GRADE = "特级技师津贴一档";

    private final AppointmentStore store = mock(AppointmentStore.class);
    private final CertificateStore certificates = mock(CertificateStore.class);
    private final ApplicationStore applications = mock(ApplicationStore.class);
    private final InlineUnitOfWork unitOfWork = new InlineUnitOfWork();
    private final AppointmentServiceImpl service = new AppointmentServiceImpl(
            store,
            certificates,
            applications,
            unitOfWork,
            Today.over(Clock.fixed(Instant.parse("2026-12-06T04:00:00Z"), ZoneId.of("Asia/Shanghai"))),
            3,
            90);

    @BeforeEach
    void certifiedHolder() {
        when(certificates.find(8)).thenReturn(Optional.of(certificate(CertificateStatus.VALID)));
        when(applications.find(31)).thenReturn(Optional.of(application()));
        when(store.settings(CODE)).thenReturn(new AppointmentSettings(CODE, 1, 5, List.of(GRADE, "二档"), true));
        when(store.create(any(), any(), any(), any())).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void appointsACertifiedHolderForTheEnterprisesDefaultTerm() {
        AppointmentRecord appointed = service.appoint(HR, 8, terms(LocalDate.of(2026, 4, 1), null));

        assertEquals(AppointmentStatus.CURRENT, appointed.status());
        assertEquals(LocalDate.of(2031, 3, 31), appointed.termEnd(), "five years, the enterprise's default");
        assertEquals(ZHANG, appointed.holderIdNumber());
        assertEquals("Y00003232010026T000001", appointed.certificateCode());
        verify(store).create(any(), eq("appoint"), eq(""), eq(new AuditActor("hr", "enterprise")));
    }

    @Test
    void anotherEnterprisesHolderDoesNotExistForIt() {
        assertThrows(NotFoundException.class, () -> service.appoint(OTHER, 8, terms(LocalDate.of(2026, 4, 1), 3)));
        verify(store, never()).create(any(), any(), any(), any());
    }

    @Test
    void aCityCannotAppoint() {
        assertThrows(
                AccessDeniedException.class, () -> service.appoint(NANJING, 8, terms(LocalDate.of(2026, 4, 1), 3)));
        verify(store, never()).create(any(), any(), any(), any());
    }

    @Test
    void aRevokedCertificateCarriesNoAppointment() {
        when(certificates.find(8)).thenReturn(Optional.of(certificate(CertificateStatus.REVOKED)));
        assertRefused("certificateId", "certificate-not-valid", () -> service.appoint(HR, 8, terms(ISSUED, 3)));
    }

    @Test
    void aHolderWithAnAppointmentInForceCannotHaveASecond() {
        when(store.forHolder(ZHANG))
                .thenReturn(List.of(
                        appointment(40, 31, ZHANG, ISSUED, LocalDate.of(2029, 3, 19), AppointmentStatus.REVIEWED)));
        assertRefused(
                "certificateId", "already-appointed", () -> service.appoint(HR, 8, terms(LocalDate.of(2030, 1, 1), 3)));
    }

    @Test
    void aTermOverlappingAnEndedOneIsRefused() {
        AppointmentRecord ended = appointment(
                        40, 31, ZHANG, ISSUED, LocalDate.of(2029, 3, 19), AppointmentStatus.CURRENT)
                .ended(AppointmentStatus.ENDED, LocalDate.of(2026, 9, 30), "调岗");
        when(store.forHolder(ZHANG)).thenReturn(List.of(ended));
        assertRefused("startDate", "overlapping", () -> service.appoint(HR, 8, terms(LocalDate.of(2026, 9, 1), 3)));

        service.appoint(HR, 8, terms(LocalDate.of(2026, 10, 1), 3));
        verify(store).create(any(), any(), any(), any());
    }

    @Test
    void aTermCannotStartBeforeTheCertificateWasIssued() {
        assertRefused("startDate", "before-certificate", () -> service.appoint(HR, 8, terms(ISSUED.minusDays(1), 3)));
    }

    @Test
    void theTreatmentComesFromTheEnterprisesList() {
        Terms unlisted = new Terms("数控车床首席技师", "金工车间", ISSUED, 3, "自定义待遇", "宁重人〔2026〕12号");
        assertRefused("treatmentCategory", "unknown-treatment", () -> service.appoint(HR, 8, unlisted));
    }

    @Test
    void missingPostAndTermOutOfRangeAreRefused() {
        assertRefused("post", "required", () -> service.appoint(HR, 8, new Terms(" ", null, ISSUED, 3, GRADE, "文号")));
        assertRefused("termYears", "range", () -> service.appoint(HR, 8, terms(ISSUED, 11)));
    }

    @Test
    void theReviewWaitsUntilTheTermEndsWithinTheWindow() {
        AppointmentRecord far =
                appointment(40, 31, ZHANG, ISSUED, LocalDate.of(2029, 3, 19), AppointmentStatus.CURRENT);
        when(store.find(40)).thenReturn(Optional.of(far));
        assertRefused("status", "review-not-due", () -> service.review(HR, 40, 0, ReviewOutcome.PASSED, "履职良好"));

        AppointmentRecord near = appointment(41, 31, ZHANG, ISSUED, TODAY.plusDays(60), AppointmentStatus.CURRENT);
        when(store.find(41)).thenReturn(Optional.of(near));
        service.review(HR, 41, 0, ReviewOutcome.PASSED, "履职良好");
        ArgumentCaptor<UnaryOperator<AppointmentRecord>> change = captor();
        verify(store).update(eq(41L), eq(0L), eq("review"), eq("合格"), any(), change.capture());
        AppointmentRecord reviewed = change.getValue().apply(near);
        assertEquals(AppointmentStatus.REVIEWED, reviewed.status());
        assertEquals(ReviewOutcome.PASSED, reviewed.reviewOutcome());
        assertEquals(TODAY, reviewed.reviewedOn());
    }

    @Test
    void aFailedReviewCannotBeRenewed() {
        AppointmentRecord failed = appointment(41, 31, ZHANG, ISSUED, TODAY.plusDays(60), AppointmentStatus.CURRENT)
                .reviewed(AppointmentStatus.REVIEWED, ReviewOutcome.FAILED, "未完成攻关任务", TODAY);
        when(store.find(41)).thenReturn(Optional.of(failed));
        assertRefused("status", "review-failed", () -> service.renew(HR, 41, 1, terms(null, 3)));
        verify(store, never()).update(anyLong(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void aRenewalClosesTheOldTermAndOpensTheNextTogether() {
        AppointmentRecord passed = appointment(41, 31, ZHANG, ISSUED, TODAY.plusDays(60), AppointmentStatus.CURRENT)
                .reviewed(AppointmentStatus.REVIEWED, ReviewOutcome.PASSED, "履职良好", TODAY);
        when(store.find(41)).thenReturn(Optional.of(passed));
        when(store.forHolder(ZHANG)).thenReturn(List.of(passed));
        AppointmentRecord renewedOld = passed.ended(AppointmentStatus.RENEWED, passed.termEnd(), "续聘");
        when(store.update(eq(41L), eq(1L), eq("renew"), any(), any(), any())).thenReturn(renewedOld);

        AppointmentRecord next = service.renew(HR, 41, 1, terms(null, 3));

        assertEquals(AppointmentStatus.CURRENT, next.status());
        assertEquals(passed.termEnd().plusDays(1), next.startDate());
        assertEquals(41L, next.renewalOf());
        assertEquals(1, unitOfWork.units);
    }

    @Test
    void endingBeforeTheTermNeedsAReason() {
        AppointmentRecord current =
                appointment(40, 31, ZHANG, ISSUED, LocalDate.of(2029, 3, 19), AppointmentStatus.CURRENT);
        when(store.find(40)).thenReturn(Optional.of(current));
        assertRefused("reason", "reason-required", () -> service.end(HR, 40, 0, null, " "));

        service.end(HR, 40, 0, null, "本人申请调离");
        ArgumentCaptor<UnaryOperator<AppointmentRecord>> change = captor();
        verify(store).update(eq(40L), eq(0L), eq("end"), eq("本人申请调离"), any(), change.capture());
        AppointmentRecord ended = change.getValue().apply(current);
        assertEquals(AppointmentStatus.ENDED, ended.status());
        assertEquals(TODAY, ended.endedOn());
    }

    @Test
    void endingATermThatHasNotBegunEndsItTheDayBeforeAndNeedsAReason() {
        AppointmentRecord future = appointment(
                40, 31, ZHANG, LocalDate.of(2027, 3, 1), LocalDate.of(2030, 2, 28), AppointmentStatus.CURRENT);
        when(store.find(40)).thenReturn(Optional.of(future));
        assertRefused("reason", "reason-required", () -> service.end(HR, 40, 0, null, null));

        service.end(HR, 40, 0, null, "岗位调整");
        ArgumentCaptor<UnaryOperator<AppointmentRecord>> change = captor();
        verify(store).update(eq(40L), eq(0L), eq("end"), eq("岗位调整"), any(), change.capture());
        assertEquals(LocalDate.of(2027, 2, 28), change.getValue().apply(future).endedOn());
    }

    @Test
    void anotherEnterprisesAppointmentCannotBeEnded() {
        when(store.find(40))
                .thenReturn(Optional.of(
                        appointment(40, 31, ZHANG, ISSUED, LocalDate.of(2029, 3, 19), AppointmentStatus.CURRENT)));
        assertThrows(NotFoundException.class, () -> service.end(OTHER, 40, 0, null, "越权"));
        verify(store, never()).update(anyLong(), anyLong(), any(), any(), any(), any());
    }

    @Test
    void statisticsAreNotCountedPerRound() {
        assertRefused("dimension", "unsupported", () -> service.statistics(NANJING, StatisticsDimension.ROUND, null));
        assertThrows(AccessDeniedException.class, () -> service.statistics(HR, StatisticsDimension.CITY, null));
    }

    @Test
    void duplicateTreatmentCategoriesAreRefused() {
        assertRefused(
                "treatmentCategories", "duplicate", () -> service.saveSettings(HR, 1, 3, List.of(GRADE, GRADE), false));
    }

    private static Terms terms(LocalDate start, Integer years) {
        return new Terms("数控车床首席技师", "金工车间", start, years, GRADE, "宁重人〔2026〕12号");
    }

    private static void assertRefused(String field, String rule, org.junit.jupiter.api.function.Executable call) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, call);
        assertEquals(field, refused.field());
        assertEquals(rule, refused.rule());
    }

    @SuppressWarnings("unchecked")
    private static ArgumentCaptor<UnaryOperator<AppointmentRecord>> captor() {
        return ArgumentCaptor.forClass(UnaryOperator.class);
    }

    /** An appointment of the holder of application {@code applicationId} with enterprise {@link #CODE}. */
    static AppointmentRecord appointment(
            long id,
            long applicationId,
            String idNumber,
            LocalDate start,
            LocalDate termEnd,
            AppointmentStatus status) {
        return new AppointmentRecord(
                id,
                0,
                8,
                "Y00003232010026T000001",
                applicationId,
                idNumber,
                "张三",
                "车工",
                CODE,
                "南京重工",
                "3201",
                "数控车床首席技师",
                "金工车间",
                start,
                termEnd,
                GRADE,
                "宁重人〔2026〕12号",
                status,
                null,
                "",
                null,
                null,
                "",
                null);
    }

    private static CertificateRecord certificate(CertificateStatus status) {
        return new CertificateRecord(
                8, 1, "Y00003232010026T000001", 31, 9, 7, "张三", "车工", CODE, "南京重工", "3201", ISSUED, status, "");
    }

    private static ApplicationRecord application() {
        ApplicationForm form = new ApplicationForm(
                "张三", ZHANG, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, "车工", null, null, true, null, null);
        return new ApplicationRecord(
                31, 1, 7, 3, CODE, "3201", CODE + "-E1", form, ApplicationStatus.CERTIFIED, null, "");
    }
}
