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
import org.skilleval.plugin.api.dto.Violation;

class PanelVoteSchemeTest {

    private static final String REVIEW = "comprehensive-review";
    private static final String ORAL = "oral-defense";
    private static final Set<String> PLAN = Set.of(REVIEW, ORAL);

    private final PanelVoteScheme scheme = new PanelVoteScheme();

    private static Parameters config(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return Parameters.of(map);
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
                List.of("approvalItem", "approvalPoints", "share", "honourVetoes"),
                scheme.parameters().stream().map(ParameterSpec::key).toList());
        assertTrue(scheme.parameters().get(0).required());
        assertTrue(scheme.parameters().get(2).required());
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
