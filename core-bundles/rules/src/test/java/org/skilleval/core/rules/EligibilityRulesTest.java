package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 3, 1);
    private static final String LATHE = "车工";

    private static SeniorTechnicianRecord seniorTechnician(LocalDate postSince) {
        return new SeniorTechnicianRecord("1532000000100001", LATHE, postSince.minusMonths(6), postSince, true);
    }

    private static ProfessionalTitleRecord title() {
        return new ProfessionalTitleRecord(TitleKind.SENIOR_PROFESSIONAL_TITLE, "机械工程", true, true);
    }

    private static EligibilityInput input(
            SeniorTechnicianRecord st,
            ProfessionalTitleRecord title,
            boolean hasStandard,
            List<PriorityCondition> priority,
            SanctionStatus sanction) {
        return new EligibilityInput(REFERENCE, LATHE, st, title, hasStandard, priority, sanction);
    }

    private static List<String> codes(EligibilityDecision d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    // --- path A -----------------------------------------------------------------------------

    @Test
    void yearsInPostBeforeHoldingTheQualificationDoNotCount() {
        // In post since 2019, but certified 高级技师 only on 2021-09-01: five years run from then.
        SeniorTechnicianRecord st = new SeniorTechnicianRecord(
                "1532000000100001", LATHE, LocalDate.of(2021, 9, 1), LocalDate.of(2019, 1, 1), true);

        EligibilityDecision d = EligibilityRules.decide(input(st, null, false, List.of(), null));

        assertFalse(d.eligible());
        assertEquals(LocalDate.of(2026, 9, 1), d.eligibleFrom());
        assertTrue(codes(d).contains("post-years-short"));
    }

    @Test
    void exactlyFiveYearsInPostIsEligibleOnPathA() {
        EligibilityDecision d =
                EligibilityRules.decide(input(seniorTechnician(REFERENCE.minusYears(5)), null, false, List.of(), null));

        assertTrue(d.eligible());
        assertEquals(Set.of(EligibilityPath.A_SENIOR_TECHNICIAN), d.paths());
        assertNull(d.eligibleFrom());
        // Only path B's failures are listed: path A held.
        assertEquals(List.of("title-missing", "occupation-without-standard"), codes(d));
    }

    @Test
    void fiveYearsMinusOneDayIsNotEligibleAndSaysWhenItWillBe() {
        LocalDate postSince = REFERENCE.minusYears(5).plusDays(1);
        EligibilityDecision d =
                EligibilityRules.decide(input(seniorTechnician(postSince), null, false, List.of(), null));

        assertFalse(d.eligible());
        assertTrue(d.paths().isEmpty());
        assertEquals(REFERENCE.plusDays(1), d.eligibleFrom());
        Reason shortReason = d.reasons().get(0);
        assertEquals("post-years-short", shortReason.code());
        assertTrue(shortReason.en().contains("1 day short"), shortReason.en());
        assertTrue(shortReason.en().contains("2026-03-02"), shortReason.en());
        assertTrue(shortReason.zh().contains("尚差1天"), shortReason.zh());
        assertTrue(shortReason.zh().contains("2026年3月2日"), shortReason.zh());
    }

    @Test
    void postStartedOnLeapDayQualifiesOnTwentyEighthOfFebruary() {
        LocalDate leapDay = LocalDate.of(2020, 2, 29);
        SeniorTechnicianRecord st = new SeniorTechnicianRecord("1532000000100001", LATHE, leapDay, leapDay, true);

        EligibilityDecision onTwentyEighth = EligibilityRules.decide(
                new EligibilityInput(LocalDate.of(2025, 2, 28), LATHE, st, null, true, List.of(), null));
        EligibilityDecision dayBefore = EligibilityRules.decide(
                new EligibilityInput(LocalDate.of(2025, 2, 27), LATHE, st, null, true, List.of(), null));

        assertTrue(onTwentyEighth.eligible());
        assertFalse(dayBefore.eligible());
        assertEquals(LocalDate.of(2025, 2, 28), dayBefore.eligibleFrom());
    }

    @Test
    void leavingTheOccupationFailsPathA() {
        SeniorTechnicianRecord left = new SeniorTechnicianRecord(
                "1532000000100001", LATHE, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1), false);

        EligibilityDecision d = EligibilityRules.decide(input(left, null, true, List.of(), null));

        assertFalse(d.eligible());
        assertTrue(d.hasReason("occupation-left"));
        assertFalse(d.hasReason("post-years-short"));
        assertNull(d.eligibleFrom());
    }

    @Test
    void applyingForAnotherOccupationFailsPathA() {
        EligibilityDecision d = EligibilityRules.decide(new EligibilityInput(
                REFERENCE, "钳工", seniorTechnician(LocalDate.of(2015, 1, 1)), null, true, List.of(), null));

        assertFalse(d.eligible());
        assertEquals(List.of("occupation-mismatch", "title-missing"), codes(d));
    }

    @Test
    void occupationIsComparedAfterTrimming() {
        EligibilityDecision d = EligibilityRules.decide(new EligibilityInput(
                REFERENCE, "  车工 ", seniorTechnician(LocalDate.of(2015, 1, 1)), null, true, List.of(), null));

        assertTrue(d.eligible());
    }

    @Test
    void noSeniorTechnicianRecordFailsPathAWithOneReason() {
        EligibilityDecision d = EligibilityRules.decide(input(null, null, true, List.of(), null));

        assertFalse(d.eligible());
        assertEquals(List.of("senior-technician-missing", "title-missing"), codes(d));
    }

    @Test
    void everyFailureOfPathAIsListedTogether() {
        SeniorTechnicianRecord st = new SeniorTechnicianRecord(
                "1532000000100001", "钳工", REFERENCE.plusDays(3), REFERENCE.minusYears(1), false);

        EligibilityDecision d = EligibilityRules.decide(input(st, title(), true, List.of(), null));

        assertEquals(
                List.of("senior-technician-not-yet-held", "post-years-short", "occupation-left", "occupation-mismatch"),
                codes(d));
        assertEquals(Set.of(EligibilityPath.B_PROFESSIONAL_TITLE), d.paths());
        assertTrue(d.eligible());
    }

    // --- path B -----------------------------------------------------------------------------

    @Test
    void matchingTitleStillInFieldWithStandardIsEligibleOnPathB() {
        EligibilityDecision d = EligibilityRules.decide(input(null, title(), true, List.of(), null));

        assertTrue(d.eligible());
        assertEquals(Set.of(EligibilityPath.B_PROFESSIONAL_TITLE), d.paths());
        assertEquals(List.of("senior-technician-missing"), codes(d));
    }

    @Test
    void firstClassQualificationAlsoOpensPathB() {
        ProfessionalTitleRecord t = new ProfessionalTitleRecord(TitleKind.FIRST_CLASS_QUALIFICATION, "机械", true, true);

        assertTrue(
                EligibilityRules.decide(input(null, t, true, List.of(), null)).eligible());
    }

    @Test
    void missingTitleFailsPathB() {
        EligibilityDecision d = EligibilityRules.decide(input(null, null, true, List.of(), null));

        assertFalse(d.paths().contains(EligibilityPath.B_PROFESSIONAL_TITLE));
        assertTrue(d.hasReason("title-missing"));
        assertFalse(d.hasReason("occupation-without-standard"));
    }

    @Test
    void titleNotMatchingTheOccupationFailsPathB() {
        ProfessionalTitleRecord t = new ProfessionalTitleRecord(TitleKind.SENIOR_PROFESSIONAL_TITLE, "会计", false, true);

        EligibilityDecision d = EligibilityRules.decide(input(null, t, true, List.of(), null));

        assertFalse(d.eligible());
        assertEquals(List.of("senior-technician-missing", "title-field-mismatch"), codes(d));
    }

    @Test
    void leavingTheFieldFailsPathB() {
        ProfessionalTitleRecord t =
                new ProfessionalTitleRecord(TitleKind.SENIOR_PROFESSIONAL_TITLE, "机械工程", true, false);

        EligibilityDecision d = EligibilityRules.decide(input(null, t, true, List.of(), null));

        assertFalse(d.eligible());
        assertEquals(List.of("senior-technician-missing", "field-left"), codes(d));
    }

    @Test
    void occupationWithoutSeniorTechnicianStandardFailsPathB() {
        EligibilityDecision d = EligibilityRules.decide(input(null, title(), false, List.of(), null));

        assertFalse(d.eligible());
        assertEquals(List.of("senior-technician-missing", "occupation-without-standard"), codes(d));
    }

    @Test
    void everyFailureOfPathBIsListedTogether() {
        ProfessionalTitleRecord t =
                new ProfessionalTitleRecord(TitleKind.SENIOR_PROFESSIONAL_TITLE, "会计", false, false);

        EligibilityDecision d = EligibilityRules.decide(input(null, t, false, List.of(), null));

        assertEquals(
                List.of(
                        "senior-technician-missing",
                        "title-field-mismatch",
                        "field-left",
                        "occupation-without-standard"),
                codes(d));
    }

    // --- both, sanctions, priority ---------------------------------------------------------

    @Test
    void meetingBothPathsListsBothAndNoReasons() {
        EligibilityDecision d = EligibilityRules.decide(
                input(seniorTechnician(LocalDate.of(2010, 6, 1)), title(), true, List.of(), null));

        assertTrue(d.eligible());
        assertEquals(Set.of(EligibilityPath.A_SENIOR_TECHNICIAN, EligibilityPath.B_PROFESSIONAL_TITLE), d.paths());
        assertTrue(d.reasons().isEmpty());
    }

    @Test
    void activeSanctionMakesIneligibleEvenWithBothPaths() {
        SanctionStatus sanction = new SanctionStatus("业绩证明造假", SanctionPeriod.fromFinding(LocalDate.of(2024, 5, 10)));

        EligibilityDecision d = EligibilityRules.decide(
                input(seniorTechnician(LocalDate.of(2010, 6, 1)), title(), true, List.of(), sanction));

        assertFalse(d.eligible());
        assertEquals(Set.of(EligibilityPath.A_SENIOR_TECHNICIAN, EligibilityPath.B_PROFESSIONAL_TITLE), d.paths());
        assertEquals(List.of("sanctioned"), codes(d));
        assertTrue(d.reasons().get(0).en().contains("2024-05-10"));
        assertTrue(d.reasons().get(0).en().contains("2029-05-10"));
    }

    @Test
    void endedSanctionNoLongerBars() {
        SanctionStatus old = new SanctionStatus("业绩证明造假", SanctionPeriod.fromFinding(REFERENCE.minusYears(5)));

        EligibilityDecision d =
                EligibilityRules.decide(input(seniorTechnician(LocalDate.of(2010, 6, 1)), null, true, List.of(), old));

        assertTrue(d.eligible());
        assertFalse(d.hasReason("sanctioned"));
    }

    @Test
    void priorityConditionsAreReturnedButNeverMakeEligible() {
        List<PriorityCondition> all = List.of(PriorityCondition.values());

        EligibilityDecision d = EligibilityRules.decide(input(null, null, true, all, null));

        assertFalse(d.eligible());
        assertEquals(all, d.priorityConditions());
    }

    @Test
    void priorityConditionsAreReturnedButNeverExclude() {
        List<PriorityCondition> some = List.of(
                PriorityCondition.JIANGSU_CRAFTSMAN,
                PriorityCondition.CHINA_SKILLS_AWARD,
                PriorityCondition.JIANGSU_CRAFTSMAN);
        EligibilityDecision with = EligibilityRules.decide(input(null, title(), true, some, null));
        EligibilityDecision without = EligibilityRules.decide(input(null, title(), true, List.of(), null));

        assertEquals(without.eligible(), with.eligible());
        assertEquals(without.paths(), with.paths());
        assertEquals(without.reasons(), with.reasons());
        assertEquals(
                List.of(PriorityCondition.JIANGSU_CRAFTSMAN, PriorityCondition.CHINA_SKILLS_AWARD),
                with.priorityConditions());
    }

    @Test
    void blankAppliedOccupationIsRefused() {
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> new EligibilityInput(REFERENCE, "  ", null, null, true, List.of(), null));

        assertEquals("appliedOccupation", e.field());
        assertEquals("required", e.rule());
    }
}
