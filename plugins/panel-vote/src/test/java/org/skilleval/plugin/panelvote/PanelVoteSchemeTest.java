package org.skilleval.plugin.panelvote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;
import org.skilleval.plugin.testing.PluginTrial;

class PanelVoteSchemeTest {

    private static final String REVIEW = "comprehensive-review";
    private static final String ORAL = "oral-defense";
    private static final Set<String> PLAN = Set.of(REVIEW, ORAL);

    private final PanelVoteScheme scheme = new PanelVoteScheme(Map.of());

    private static Parameters config(String... keyValues) {
        return PluginTrial.configuration(keyValues);
    }

    private static Parameters twoThirds(String... more) {
        String[] all = new String[4 + more.length];
        all[0] = "approvalItem";
        all[1] = REVIEW + ".approve";
        all[2] = "share";
        all[3] = "2/3";
        System.arraycopy(more, 0, all, 4, more.length);
        return config(all);
    }

    /**
     * The review method's result when {@code approving} of {@code panel} experts give the vote item
     * {@code points} and the others 0: the item mean, as a method computing {@code Scores.itemMeans}
     * reports it.
     */
    private static MethodResult review(int approving, int panel, String points) {
        BigDecimal yes = new BigDecimal(points);
        List<BigDecimal> ballots = new ArrayList<>();
        for (int i = 0; i < panel; i++) {
            ballots.add(i < approving ? yes : BigDecimal.ZERO);
        }
        BigDecimal mean = Scores.mean(ballots);
        return new MethodResult(REVIEW, mean, yes, Map.of("approve", mean), false, List.of());
    }

    private static MethodResult oral(boolean vetoed) {
        List<LocalizedText> reasons =
                vetoed ? List.of(LocalizedText.of("一票否决：关键项不合格", "Veto: key item failed")) : List.of();
        return new MethodResult(ORAL, new BigDecimal("85"), new BigDecimal("100"), Map.of(), vetoed, reasons);
    }

    private static List<String> fieldRules(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void describesItself() {
        assertEquals("panel-vote", scheme.id());
        assertEquals("评委会表决", scheme.name().zh());
        assertEquals("Panel vote", scheme.name().en());
        assertEquals(
                List.of("approvalItem", "approvalPoints", "approvalMethod", "approveAt", "share", "honourVetoes"),
                scheme.parameters().stream().map(ParameterSpec::key).toList());
        // Either the item or the method with its mark: neither is required on its own.
        assertEquals(
                List.of(false, false, false, false, true, false),
                scheme.parameters().stream().map(ParameterSpec::required).toList());
    }

    /** The oral defence (of 100) with these experts' totals, as a 1.1 method reports them. */
    private static MethodResult oralWithTotals(boolean vetoed, String... totals) {
        Map<String, BigDecimal> byExpert = new HashMap<>();
        for (int i = 0; i < totals.length; i++) {
            byExpert.put("e" + (i + 1), new BigDecimal(totals[i]));
        }
        List<LocalizedText> reasons =
                vetoed ? List.of(LocalizedText.of("一票否决：关键项不合格", "Veto: key item failed")) : List.of();
        return new MethodResult(ORAL, new BigDecimal("70"), new BigDecimal("100"), Map.of(), vetoed, reasons, byExpert);
    }

    private static Parameters byTotals(String approveAt, String share, String... more) {
        String[] all = new String[6 + more.length];
        all[0] = "approvalMethod";
        all[1] = ORAL;
        all[2] = "approveAt";
        all[3] = approveAt;
        all[4] = "share";
        all[5] = share;
        System.arraycopy(more, 0, all, 6, more.length);
        return config(all);
    }

    @Test
    void anExpertWhoseTotalReachesTheMarkApproves() {
        // 60 % of 100: 60 and 75 and 90 approve, 59.99 and 40 do not.
        FinalResult result =
                scheme.combine(List.of(oralWithTotals(false, "60", "59.99", "75", "40", "90")), byTotals("60%", "3/5"));

        assertTrue(result.passed());
        assertEquals(new BigDecimal("60.00"), result.total());
        assertEquals(
                "表决：评审方式 oral-defense 的 5 位评委中，3 位本人总分达到满分 100 的 60%（60 分），赞成比例 60.00%",
                result.reasons().get(0).zh());
        assertEquals(
                "Vote: 3 of 5 experts reach 60% (60) of the maximum 100 of method oral-defense with their own"
                        + " total: 60.00% approve",
                result.reasons().get(0).en());
        assertEquals(
                "The share approving reaches the required 3/5 (60.00%): carried",
                result.reasons().get(1).en());

        assertFalse(
                scheme.combine(List.of(oralWithTotals(false, "60", "59.99", "75", "40", "90")), byTotals("0.6", "2/3"))
                        .passed());
    }

    @Test
    void ballotsAreCountedExactlyNotThroughARoundedMean() {
        // Two of three approving is exactly 2/3; the item mean 0.67 would only get there by rounding.
        FinalResult twoOfThree =
                scheme.combine(List.of(oralWithTotals(false, "80", "20", "66.67")), byTotals("2/3", "2/3"));
        assertTrue(twoOfThree.passed());
        assertEquals(new BigDecimal("66.67"), twoOfThree.total());
        // 66.66 is below two thirds of 100 (66.666…), however it would be rounded.
        assertFalse(scheme.combine(List.of(oralWithTotals(false, "80", "20", "66.66")), byTotals("2/3", "2/3"))
                .passed());
        assertTrue(scheme.combine(List.of(oralWithTotals(false, "60", "60", "60", "60")), byTotals("60%", "1"))
                .passed());
    }

    @Test
    void byTotalsTheMarkIsAShareOfTheMethodsOwnMaximum() {
        MethodResult ofSixty = new MethodResult(
                REVIEW,
                new BigDecimal("40"),
                new BigDecimal("60"),
                Map.of(),
                false,
                List.of(),
                Map.of("e1", new BigDecimal("36"), "e2", new BigDecimal("35.99"), "e3", new BigDecimal("50")));
        FinalResult result = scheme.combine(
                List.of(ofSixty, oral(false)), config("approvalMethod", REVIEW, "approveAt", "0.6", "share", "2/3"));
        assertTrue(result.passed());
        assertTrue(
                result.reasons().get(0).zh().contains("达到满分 60 的 0.6（36 分）"),
                result.reasons().get(0).zh());
    }

    @Test
    void byTotalsAVetoStillFailsTheCandidate() {
        FinalResult result = scheme.combine(List.of(oralWithTotals(true, "90", "90", "90")), byTotals("60%", "2/3"));
        assertFalse(result.passed());
        assertEquals(new BigDecimal("100.00"), result.total());
        assertEquals(
                "评审方式 oral-defense 一票否决，不予通过（一票否决：关键项不合格）",
                result.reasons().get(2).zh());
    }

    @Test
    void byTotalsAMethodWithoutExpertTotalsIsRefusedNamingIt() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> scheme.combine(List.of(oral(false)), byTotals("60%", "2/3")));
        assertEquals(List.of("results[oral-defense].expertTotals:expert-totals-missing"), fieldRules(e.violations()));
        assertTrue(e.violations().get(0).message().zh().contains("评审方式 oral-defense"));
        assertTrue(e.violations().get(0).message().en().contains("plugin API 1.0"));
    }

    @Test
    void exactlyOneWayToVoteMustBeConfigured() {
        assertEquals(List.of(), scheme.validateConfiguration(byTotals("60%", "2/3"), PLAN));
        assertEquals(
                List.of("approvalItem:one-way"),
                fieldRules(scheme.validateConfiguration(
                        byTotals("60%", "2/3", "approvalItem", REVIEW + ".approve"), PLAN)));
        List<Violation> neither = scheme.validateConfiguration(config("share", "2/3"), PLAN);
        assertEquals(List.of("approvalItem:required"), fieldRules(neither));
        assertTrue(
                neither.get(0).message().en().contains("approvalMethod + approveAt"),
                neither.get(0).message().en());
        assertEquals(
                List.of("approveAt:required"),
                fieldRules(scheme.validateConfiguration(config("approvalMethod", ORAL, "share", "2/3"), PLAN)));
        assertEquals(
                List.of("approvalMethod:required"),
                fieldRules(scheme.validateConfiguration(config("approveAt", "60%", "share", "2/3"), PLAN)));
    }

    @Test
    void byTotalsBadValuesAreRefused() {
        assertEquals(
                List.of("approveAt:format"), fieldRules(scheme.validateConfiguration(byTotals("sixty", "2/3"), PLAN)));
        assertEquals(
                List.of("approveAt:range"), fieldRules(scheme.validateConfiguration(byTotals("120%", "2/3"), PLAN)));
        assertEquals(List.of("approveAt:range"), fieldRules(scheme.validateConfiguration(byTotals("0", "2/3"), PLAN)));
        assertEquals(
                List.of("approvalMethod:unknown-method"),
                fieldRules(scheme.validateConfiguration(
                        config("approvalMethod", "technical-challenge", "approveAt", "60%", "share", "2/3"), PLAN)));
        assertEquals(
                List.of("approvalMethod:format"),
                fieldRules(scheme.validateConfiguration(
                        config("approvalMethod", ORAL + ".approve", "approveAt", "60%", "share", "2/3"), PLAN)));
        assertEquals(
                List.of("approvalPoints:not-applicable"),
                fieldRules(scheme.validateConfiguration(byTotals("60%", "2/3", "approvalPoints", "1"), PLAN)));
    }

    @Test
    void theOralDefencesOwnExpertTotalsCarryTheVote() {
        OralDefenseMethod oralDefense = new OralDefenseMethod(Map.of());
        List<ScoreSheet> sheets = List.of(
                oralSheet("e1", "27", "26", "18", "17"), // 88
                oralSheet("e2", "20", "20", "12", "12"), // 64
                oralSheet("e3", "18", "18", "12", "11"), // 59
                oralSheet("e4", "24", "24", "16", "16"), // 80
                oralSheet("e5", "15", "15", "10", "10")); // 50
        MethodResult result = oralDefense.evaluate(sheets, Parameters.empty());

        // 3 of 5 reach 60 of 100: carries 3/5, not 2/3.
        assertTrue(scheme.combine(List.of(result), byTotals("60%", "3/5")).passed());
        FinalResult twoThirds = scheme.combine(List.of(result), byTotals("60%", "2/3"));
        assertFalse(twoThirds.passed());
        assertEquals(new BigDecimal("60.00"), twoThirds.total());
    }

    private static ScoreSheet oralSheet(String expert, String... points) {
        return new ScoreSheet(
                expert,
                Map.of(
                        "professional-knowledge", new BigDecimal(points[0]),
                        "problem-solving", new BigDecimal(points[1]),
                        "innovation", new BigDecimal(points[2]),
                        "expression", new BigDecimal(points[3])),
                "");
    }

    @Test
    void fourOfFiveApprovingCarriesTwoThirds() {
        FinalResult result = scheme.combine(List.of(review(4, 5, "1"), oral(false)), twoThirds());
        assertTrue(result.passed());
        assertEquals(new BigDecimal("80.00"), result.total());
        assertEquals(
                "表决：评审方式 comprehensive-review 的评分项 approve 综合得分 0.8（赞成计 1 分，反对计 0 分），赞成比例 80.00%",
                result.reasons().get(0).zh());
        assertEquals(
                "The share approving reaches the required 2/3 (66.67%): carried",
                result.reasons().get(1).en());
    }

    @Test
    void exactlyTwoThirdsCarriesTwoThirds() {
        assertTrue(scheme.combine(List.of(review(2, 3, "1"), oral(false)), twoThirds())
                .passed());
        assertTrue(scheme.combine(List.of(review(6, 9, "1"), oral(false)), twoThirds())
                .passed());
        assertTrue(scheme.combine(List.of(review(2, 3, "100"), oral(false)), twoThirds("approvalPoints", "100"))
                .passed());
    }

    @Test
    void justBelowTheShareFails() {
        FinalResult result = scheme.combine(List.of(review(3, 5, "1"), oral(false)), twoThirds());
        assertFalse(result.passed());
        assertEquals(new BigDecimal("60.00"), result.total());
        assertEquals(
                "赞成比例未达到所需的 2/3（66.67%），表决未通过，不予通过", result.reasons().get(1).zh());
        assertFalse(scheme.combine(List.of(review(4, 7, "1"), oral(false)), twoThirds("share", "60%"))
                .passed());
    }

    @Test
    void aTiedPanelCarriesHalfButNotMoreThanHalf() {
        assertTrue(scheme.combine(List.of(review(2, 4, "1"), oral(false)), twoThirds("share", "1/2"))
                .passed());
        assertFalse(scheme.combine(List.of(review(2, 4, "1"), oral(false)), twoThirds("share", "0.51"))
                .passed());
    }

    @Test
    void unanimityNeedsEveryExpert() {
        assertTrue(scheme.combine(List.of(review(5, 5, "1"), oral(false)), twoThirds("share", "1"))
                .passed());
        assertFalse(scheme.combine(List.of(review(4, 5, "1"), oral(false)), twoThirds("share", "100%"))
                .passed());
    }

    @Test
    void aVetoFailsEvenACarriedVote() {
        FinalResult result = scheme.combine(List.of(review(5, 5, "1"), oral(true)), twoThirds());
        assertFalse(result.passed());
        assertEquals(
                "评审方式 oral-defense 一票否决，不予通过（一票否决：关键项不合格）",
                result.reasons().get(2).zh());
    }

    @Test
    void vetoesAreIgnoredWhenThePlanDoesNotHonourThem() {
        FinalResult result = scheme.combine(List.of(review(5, 5, "1"), oral(true)), twoThirds("honourVetoes", "false"));
        assertTrue(result.passed());
        assertTrue(result.reasons().get(2).en().contains("does not honour vetoes"));
    }

    @Test
    void aValidConfigurationIsAccepted() {
        assertEquals(List.of(), scheme.validateConfiguration(twoThirds(), PLAN));
        assertEquals(
                List.of(),
                scheme.validateConfiguration(
                        twoThirds("share", "66.67%", "approvalPoints", "100", "honourVetoes", "false"), PLAN));
    }

    @Test
    void requiredParametersAreReported() {
        assertEquals(
                List.of("approvalItem:required", "share:required"),
                fieldRules(scheme.validateConfiguration(Parameters.empty(), PLAN)));
    }

    @Test
    void everyConfigurationProblemIsReported() {
        List<Violation> violations = scheme.validateConfiguration(
                config(
                        "approvalItem", "comprehensive-review",
                        "approvalPoints", "one",
                        "share", "two thirds",
                        "honourVetoes", "yes",
                        "quorum", "5"),
                PLAN);
        assertEquals(
                List.of(
                        "quorum:unknown",
                        "approvalItem:format",
                        "approvalPoints:decimal",
                        "share:format",
                        "honourVetoes:boolean"),
                fieldRules(violations));
    }

    @Test
    void outOfRangeValuesAndUnknownMethodsAreRefused() {
        assertEquals(
                List.of("approvalPoints:positive", "share:range", "approvalItem:unknown-method"),
                fieldRules(scheme.validateConfiguration(
                        config(
                                "approvalItem", "technical-challenge.approve",
                                "approvalPoints", "0",
                                "share", "4/3"),
                        PLAN)));
        assertEquals(List.of("share:range"), fieldRules(scheme.validateConfiguration(twoThirds("share", "0%"), PLAN)));
    }

    @Test
    void aMissingVotingResultIsRefused() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> scheme.combine(List.of(oral(false)), twoThirds()));
        assertEquals(List.of("results[comprehensive-review]:missing-result"), fieldRules(e.violations()));
    }

    @Test
    void aVoteItemTheResultDoesNotHaveIsRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(
                        List.of(review(3, 3, "1"), oral(false)), twoThirds("approvalItem", REVIEW + ".agree")));
        assertEquals(List.of("approvalItem:unknown-item"), fieldRules(e.violations()));
    }

    @Test
    void approvalPointsBelowTheCombinedPointsAreRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(List.of(review(3, 3, "100"), oral(false)), twoThirds()));
        assertEquals(List.of("approvalPoints:range"), fieldRules(e.violations()));
    }

    @Test
    void twoResultsForOneMethodAreRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(List.of(review(3, 3, "1"), review(1, 3, "1"), oral(false)), twoThirds()));
        assertEquals(List.of("results[comprehensive-review]:duplicate"), fieldRules(e.violations()));
    }
}
