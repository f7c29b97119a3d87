package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationRulesTest {

    private static final EnterpriseFacts GOOD = new EnterpriseFacts(true, true, 40, false, false, null);

    private static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    @Test
    void enterpriseMeetingEveryRequirementHasNoProblems() {
        assertTrue(RecommendationRules.recommendationProblems(GOOD).isEmpty());
        assertDoesNotThrow(() -> RecommendationRules.checkRecommendable(GOOD));
    }

    @Test
    void everyProblemIsListedAtOnce() {
        EnterpriseFacts bad = new EnterpriseFacts(
                false,
                false,
                0,
                true,
                false,
                new SanctionStatus("申报材料造假", SanctionPeriod.fromFinding(LocalDate.of(2025, 1, 10))));

        assertEquals(
                List.of(
                        "sanctioned",
                        "central-soe-branch",
                        "requirement-scale",
                        "requirement-prior-evaluation",
                        "requirement-senior-technicians"),
                codes(RecommendationRules.recommendationProblems(bad)));
    }

    @Test
    void severalProblemsAreThrownTogether() {
        EnterpriseFacts bad = new EnterpriseFacts(false, false, 40, false, false, null);

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> RecommendationRules.checkRecommendable(bad));

        assertEquals("recommendation-requirements", e.rule());
        assertNull(e.field());
        assertTrue(e.messageZh().contains("规模以上企业"), e.messageZh());
        assertTrue(e.messageZh().contains("高级技师职业资格评价"), e.messageZh());
        assertTrue(e.messageEn().contains("above designated size"), e.messageEn());
    }

    @Test
    void singleProblemIsThrownWithItsFieldAndRule() {
        EnterpriseFacts small = new EnterpriseFacts(false, true, 40, false, false, null);

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> RecommendationRules.checkRecommendable(small));

        assertEquals("aboveDesignatedSize", e.field());
        assertEquals("requirement-scale", e.rule());
    }

    @Test
    void centralSoeBranchFiledWithTheMinistryIsRefused() {
        EnterpriseFacts branch = new EnterpriseFacts(true, true, 40, true, false, null);

        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> RecommendationRules.checkRecommendable(branch));

        assertEquals("centralSoeBranchFiledWithMinistry", e.field());
        assertEquals("central-soe-branch", e.rule());
        assertTrue(e.messageZh().contains("由中央企业统筹"), e.messageZh());
    }

    @Test
    void enterpriseWithoutSeniorTechniciansIsRefusedAndTheMinimumIsASetting() {
        EnterpriseFacts few = new EnterpriseFacts(true, true, 3, false, false, null);

        assertTrue(RecommendationRules.recommendationProblems(few).isEmpty());
        assertEquals(
                List.of("requirement-senior-technicians"), codes(RecommendationRules.recommendationProblems(few, 5)));
        assertEquals(
                List.of("requirement-senior-technicians"),
                codes(RecommendationRules.recommendationProblems(
                        new EnterpriseFacts(true, true, 0, false, false, null))));
    }

    @Test
    void g42BaseMustStillMeetTheRequirements() {
        EnterpriseFacts g42 = new EnterpriseFacts(false, true, 10, false, true, null);

        assertEquals(List.of("requirement-scale"), codes(RecommendationRules.recommendationProblems(g42)));
    }

    // --- quota ------------------------------------------------------------------------------

    @Test
    void firstAndSecondRecommendationAreAllowedAndCounted() {
        QuotaDecision first = RecommendationRules.checkQuota(0, false, false);
        QuotaDecision second = RecommendationRules.checkQuota(1, false, false);

        assertTrue(first.allowed());
        assertTrue(first.countsAgainstQuota());
        assertEquals("within-quota", first.reason().code());
        assertTrue(second.allowed());
        assertTrue(second.countsAgainstQuota());
    }

    @Test
    void thirdRecommendationIsRefusedWithoutOverride() {
        QuotaDecision third = RecommendationRules.checkQuota(2, false, false);

        assertFalse(third.allowed());
        assertEquals("quota-exceeded", third.reason().code());
    }

    @Test
    void thirdRecommendationIsAllowedWithOverrideAndSaysSo() {
        QuotaDecision third = RecommendationRules.checkQuota(2, false, true);

        assertTrue(third.allowed());
        assertTrue(third.countsAgainstQuota());
        assertEquals("quota-override", third.reason().code());
        assertTrue(third.reason().en().contains("override"), third.reason().en());
    }

    @Test
    void overrideIsNotNeededWithinTheQuota() {
        assertEquals(
                "within-quota",
                RecommendationRules.checkQuota(1, false, true).reason().code());
    }

    @Test
    void g42BaseIsAlwaysAllowedAndNeverCounted() {
        for (int already : new int[] {0, 2, 7}) {
            QuotaDecision d = RecommendationRules.checkQuota(already, true, false);
            assertTrue(d.allowed());
            assertFalse(d.countsAgainstQuota());
            assertEquals("g42-not-counted", d.reason().code());
        }
    }

    @Test
    void quotaOfOneRefusesTheSecond() {
        assertFalse(RecommendationRules.checkQuota(1, false, false, 1).allowed());
    }

    @Test
    void negativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RecommendationRules.checkQuota(-1, false, false));
    }
}
