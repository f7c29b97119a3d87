package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.OccupationCatalogService;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AttachmentStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.SanctionPeriod;
import org.skilleval.core.rules.SanctionStatus;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.Violation;

class ApplicationServiceImplTest {

    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");
    private static final String CODE = "91320100MA1NJ0001M";
    private static final String ID = "11010519491231002X";
    private static final Caller WANG =
            Caller.fromJaasRoles("wang", List.of("applicant", "applicant:" + CODE + "-E1001"));
    private static final Caller LI = Caller.fromJaasRoles("li", List.of("applicant", "applicant:" + CODE + "-E1002"));
    private static final Caller STRANGER =
            Caller.fromJaasRoles("zhao", List.of("applicant", "applicant:91320500MA1PX00038-E9"));
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
    /** Evaluation deadline of the 2027 first batch: the reference date of eligibility. */
    private static final LocalDate REFERENCE = LocalDate.of(2027, 2, 28);

    private final RoundStore rounds = mock(RoundStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final WorkPlanStore plans = mock(WorkPlanStore.class);
    private final ApplicationStore applications = mock(ApplicationStore.class);
    private final SanctionService sanctions = mock(SanctionService.class);
    private final OccupationCatalogService occupations = mock(OccupationCatalogService.class);
    private final AttachmentStore attachments = mock(AttachmentStore.class);

    @BeforeEach
    void anAcceptedEnterpriseWithAnApprovedPlan() {
        when(rounds.find(7))
                .thenReturn(Optional.of(new RoundRecord(7, 1, 2027, 1, "2027", RoundSchedule.defaultFor(2027, 1))));
        when(participations.find(3)).thenReturn(Optional.of(participation(ParticipationStatus.ACCEPTED)));
        when(plans.findByParticipation(3)).thenReturn(Optional.of(plan(WorkPlanStatus.APPROVED)));
        when(sanctions.activeFor(any(), anyString(), any())).thenReturn(Optional.empty());
        when(attachments.find(41)).thenReturn(Optional.of(attachment(41, CODE, "image/png")));
    }

    @Test
    void theFormCheckAppliesTheSubmissionRulesOnThePlatformsTodayAndStoresNothing() {
        ApplicationForm postedNextWeek = form(LocalDate.of(2027, 1, 27));

        assertEquals(List.of(), service("2027-02-01").checkForm(WANG, postedNextWeek));
        List<Violation> early = service("2027-01-20").checkForm(HR, postedNextWeek);

        assertEquals(
                List.of("form.postSince/future-date"),
                early.stream().map(v -> v.field() + "/" + v.rule()).toList());
        assertThrows(AccessDeniedException.class, () -> service("2027-01-20")
                .checkForm(Caller.fromJaasRoles("e", List.of("expert", "expert:e")), postedNextWeek));
        verify(applications, never()).update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }

    @Test
    void aPhotoThatWasNeverUploadedIsRefused() {
        when(attachments.find(41)).thenReturn(Optional.empty());
        stored(draft(form(REFERENCE.minusYears(5))));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2027-01-20").submit(WANG, 11, 1));

        assertEquals(List.of("form.photoAttachmentId"), fields(refused));
        assertEquals("attachment-unknown", refused.violations().get(0).rule());
        verify(applications, never()).update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }

    @Test
    void anotherEnterprisesUploadReadsAsUnknown() {
        when(attachments.find(41)).thenReturn(Optional.of(attachment(41, "91320500MA1PX00038", "image/png")));
        when(attachments.find(42)).thenReturn(Optional.of(attachment(42, "91320500MA1PX00038", "application/pdf")));
        stored(draft(withEvidence(form(REFERENCE.minusYears(5)), List.of("42", "not-a-number"))));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2027-01-20").submit(WANG, 11, 1));

        assertEquals(
                List.of(
                        "form.photoAttachmentId",
                        "form.achievementsAttachmentIds[0]",
                        "form.achievementsAttachmentIds[1]"),
                fields(refused));
        assertTrue(refused.violations().stream().allMatch(v -> v.rule().equals("attachment-unknown")));
    }

    @Test
    void aPathOrADisguisedIdIsRefusedAtSubmitAndNeverLookedUp() {
        when(attachments.find(42)).thenReturn(Optional.of(attachment(42, CODE, "application/pdf")));
        List<String> hostile = List.of("../../etc/passwd", "/etc/passwd", "４２", "+42", "042", " 42", "42\u0000", "-42");
        stored(draft(withEvidence(form(REFERENCE.minusYears(5)), hostile)));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2027-01-20").submit(WANG, 11, 1));

        assertEquals(hostile.size(), refused.violations().size());
        assertTrue(refused.violations().stream().allMatch(v -> v.rule().equals("attachment-unknown")));
        assertTrue(refused.violations().stream().noneMatch(v -> v.message().zh().contains("\u0000")));
        verify(attachments, never()).find(42);
        verify(applications, never()).update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }

    @Test
    void priorityEvidenceOfAnotherEnterpriseIsRefusedToo() {
        when(attachments.find(43)).thenReturn(Optional.of(attachment(43, "91320500MA1PX00038", "application/pdf")));
        ApplicationForm base = form(REFERENCE.minusYears(5));
        stored(draft(withPriorityEvidence(base, List.of("43"))));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2027-01-20").submit(WANG, 11, 1));

        assertEquals(List.of("form.priorityConditions[0].evidenceAttachmentIds[0]"), fields(refused));
    }

    @Test
    void aPdfIsNoPhoto() {
        when(attachments.find(41)).thenReturn(Optional.of(attachment(41, CODE, "application/pdf")));
        stored(draft(form(REFERENCE.minusYears(5))));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2027-01-20").submit(WANG, 11, 1));

        assertEquals("attachment-not-image", refused.violations().get(0).rule());
    }

    @Test
    void ownEvidenceIsAccepted() {
        when(attachments.find(42)).thenReturn(Optional.of(attachment(42, CODE, "application/pdf")));
        stored(draft(withEvidence(form(REFERENCE.minusYears(5)), List.of("42"))));

        assertEquals(
                ApplicationStatus.SUBMITTED,
                service("2027-01-20").submit(WANG, 11, 1).status());
    }

    private static List<String> fields(InvalidInputException refused) {
        return refused.violations().stream().map(Violation::field).toList();
    }

    private static AttachmentRecord attachment(long id, String creditCode, String contentType) {
        return new AttachmentRecord(
                id, "hr", creditCode, "3201", "file-" + id, contentType, 100, "a".repeat(64), java.time.Instant.EPOCH);
    }

    private static ApplicationForm withPriorityEvidence(ApplicationForm f, List<String> evidenceIds) {
        return new ApplicationForm(
                f.name(),
                f.idNumber(),
                f.photoAttachmentId(),
                f.birthMonth(),
                f.education(),
                f.administrativeOrTechnicalPost(),
                f.professionalTitle(),
                f.qualification(),
                f.employer(),
                f.department(),
                f.address(),
                f.email(),
                f.phone(),
                f.fieldOfExpertise(),
                f.educationAndCareer(),
                f.educationAndCareerAttachmentIds(),
                f.achievements(),
                f.achievementsAttachmentIds(),
                f.awards(),
                f.awardsAttachmentIds(),
                f.declaration(),
                f.appliedOccupation(),
                f.basis(),
                f.postSince(),
                f.stillInOccupation(),
                f.professionalTitleRecord(),
                List.of(new ApplicationForm.PriorityClaim(
                        org.skilleval.core.rules.PriorityCondition.values()[0], evidenceIds)));
    }

    private static ApplicationForm withEvidence(ApplicationForm f, List<String> achievementIds) {
        return new ApplicationForm(
                f.name(),
                f.idNumber(),
                f.photoAttachmentId(),
                f.birthMonth(),
                f.education(),
                f.administrativeOrTechnicalPost(),
                f.professionalTitle(),
                f.qualification(),
                f.employer(),
                f.department(),
                f.address(),
                f.email(),
                f.phone(),
                f.fieldOfExpertise(),
                f.educationAndCareer(),
                f.educationAndCareerAttachmentIds(),
                f.achievements(),
                achievementIds,
                f.awards(),
                f.awardsAttachmentIds(),
                f.declaration(),
                f.appliedOccupation(),
                f.basis(),
                f.postSince(),
                f.stillInOccupation(),
                f.professionalTitleRecord(),
                f.priorityConditions());
    }

    @Test
    void anEmployeeDraftsAnApplicationOnceThePlanIsApproved() {
        service("2027-01-20").save(WANG, 3, null, form(REFERENCE.minusYears(5)));

        verify(applications).create(any(), eq(CODE + "-E1001"), any(), any());
    }

    @Test
    void noApplicationBeforeThePlanIsApproved() {
        when(plans.findByParticipation(3)).thenReturn(Optional.of(plan(WorkPlanStatus.SUBMITTED)));

        assertEquals(
                "plan-not-approved",
                assertThrows(RuleViolationException.class, () -> service("2027-01-20")
                                .save(WANG, 3, null, form(REFERENCE)))
                        .rule());
    }

    @Test
    void anotherEnterprisesEmployeeSeesNoSuchParticipation() {
        assertThrows(NotFoundException.class, () -> service("2027-01-20").save(STRANGER, 3, null, form(REFERENCE)));
    }

    @Test
    void submittingChecksEveryFieldAndNamesThemAll() {
        stored(draft(blankForm()));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2027-01-20").submit(WANG, 11, 1));

        List<String> fields =
                refused.violations().stream().map(Violation::field).toList();
        assertTrue(fields.contains("form.name"), fields.toString());
        assertTrue(fields.contains("form.idNumber"), fields.toString());
        assertTrue(fields.size() > 5, fields.toString());
        verify(applications, never()).update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }

    @Test
    void exactlyFiveYearsBeforeTheEvaluationDeadlineIsEligible() {
        stored(draft(form(REFERENCE.minusYears(5))));

        ApplicationRecord submitted = service("2027-01-20").submit(WANG, 11, 1);

        assertEquals(ApplicationStatus.SUBMITTED, submitted.status());
        assertTrue(submitted.eligibility().eligible(), submitted.eligibility().toString());
    }

    @Test
    void fiveYearsMinusOneDayIsNotEligibleAndSaysFromWhen() {
        stored(draft(form(REFERENCE.minusYears(5).plusDays(1))));

        ApplicationRecord submitted = service("2027-01-20").submit(WANG, 11, 1);

        assertFalse(submitted.eligibility().eligible());
        assertEquals(REFERENCE.plusDays(1), submitted.eligibility().eligibleFrom());
    }

    @Test
    void aSanctionedPersonCannotApply() {
        stored(draft(form(REFERENCE.minusYears(6))));
        when(sanctions.activeFor(SubjectType.PERSON, ID, LocalDate.of(2027, 1, 20)))
                .thenReturn(
                        Optional.of(new SanctionStatus("王师傅", SanctionPeriod.fromFinding(LocalDate.of(2025, 3, 1)))));

        assertEquals(
                "sanctioned",
                assertThrows(RuleViolationException.class, () -> service("2027-01-20")
                                .submit(WANG, 11, 1))
                        .rule());
    }

    @Test
    void anOccupationThePlanDoesNotEvaluateIsRefused() {
        when(plans.findByParticipation(3)).thenReturn(Optional.of(plan(WorkPlanStatus.APPROVED, "钳工")));
        stored(draft(form(REFERENCE.minusYears(6))));

        assertEquals(
                "occupation-not-in-plan",
                assertThrows(RuleViolationException.class, () -> service("2027-01-20")
                                .submit(WANG, 11, 1))
                        .rule());
    }

    @Test
    void aColleagueCannotSubmitSomeoneElsesApplication() {
        stored(draft(form(REFERENCE.minusYears(6))));

        assertThrows(NotFoundException.class, () -> service("2027-01-20").submit(LI, 11, 1));
    }

    @Test
    void anIneligibleCandidateCannotBeEndorsedAndAReturnNeedsAReason() {
        ApplicationRecord ineligible = draft(form(REFERENCE))
                .submitted(new org.skilleval.core.rules.EligibilityDecision(
                        false, java.util.Set.of(), List.of(), List.of(), null));
        stored(ineligible);

        assertEquals(
                "ineligible",
                assertThrows(RuleViolationException.class, () -> service("2027-01-20")
                                .review(HR, 11, 1, true, ""))
                        .rule());
        assertEquals(
                "required",
                assertThrows(RuleViolationException.class, () -> service("2027-01-20")
                                .review(HR, 11, 1, false, " "))
                        .rule());
    }

    @Test
    void anApplicantListsOnlyTheirOwn() {
        when(applications.list(anyLong(), any(), any(), any(), any(), any(), any(Integer.class), any(Integer.class)))
                .thenReturn(new Page<>(List.of(), 0, 0, 50));

        service("2027-01-20").list(WANG, 7, "3205", null, null, 0, 50);

        verify(applications).list(eq(7L), isNull(), isNull(), eq(CODE + "-E1001"), isNull(), isNull(), eq(0), eq(50));
    }

    @Test
    void applicationsCloseWithTheEvaluationDeadline() {
        assertEquals(
                "deadline-passed",
                assertThrows(RuleViolationException.class, () -> service("2027-03-01")
                                .save(WANG, 3, null, form(REFERENCE)))
                        .rule());
    }

    @SuppressWarnings("unchecked")
    private void stored(ApplicationRecord application) {
        when(applications.find(11)).thenReturn(Optional.of(application));
        when(applications.update(anyLong(), anyLong(), anyString(), anyString(), any(), any()))
                .thenAnswer(call -> ((UnaryOperator<ApplicationRecord>) call.getArgument(5)).apply(application));
    }

    private static ApplicationRecord draft(ApplicationForm form) {
        return new ApplicationRecord(
                11, 1, 7, 3, CODE, "3201", CODE + "-E1001", form, ApplicationStatus.DRAFT, null, "");
    }

    private static ApplicationForm form(LocalDate postSince) {
        return new ApplicationForm(
                "王师傅",
                ID,
                "41",
                YearMonth.of(1949, 12),
                "大专",
                null,
                null,
                new ApplicationForm.Qualification("高级技师", "车工", "1532000000100001", LocalDate.of(2010, 6, 1)),
                "南京某装备集团",
                "机加车间",
                "南京市江宁区某路1号",
                "wang@example.com",
                "13912345678",
                "精密车削",
                List.of(new ApplicationForm.CareerEntry(YearMonth.of(1990, 7), null, "南京某装备集团", "车工")),
                List.of(),
                "攻克高精度主轴加工难题",
                List.of(),
                List.of(),
                List.of(),
                new ApplicationForm.Declaration(true, LocalDate.of(2027, 1, 10)),
                "车工",
                EligibilityPath.A_SENIOR_TECHNICIAN,
                postSince,
                true,
                null,
                List.of());
    }

    private static ApplicationForm blankForm() {
        return new ApplicationForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(),
                List.of(), null, List.of(), List.of(), List.of(), null, "车工", null, null, false, null, List.of());
    }

    private static ParticipationRecord participation(ParticipationStatus status) {
        return TestRecords.participation()
                .enterpriseId(11)
                .creditCode(CODE)
                .status(status)
                .build();
    }

    private static WorkPlanRecord plan(WorkPlanStatus status, String... occupations) {
        List<String> evaluated = occupations.length == 0 ? List.of("车工", "钳工") : List.of(occupations);
        return TestRecords.workPlan()
                .creditCode(CODE)
                .occupations(evaluated)
                .methods(List.of(new PluginChoice("oral-defense", java.util.Map.of(), "1.0.0")))
                .scheme(new PluginChoice("weighted-sum", java.util.Map.of(), "1.0.0"))
                .status(status)
                .build();
    }

    private ApplicationServiceImpl service(String today) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay(JIANGSU).toInstant(), JIANGSU);
        return new ApplicationServiceImpl(
                rounds, participations, plans, applications, sanctions, occupations, attachments, clock);
    }
}
