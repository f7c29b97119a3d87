package org.skilleval.plugin.panelvote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.skilleval.plugin.testing.ConfigurationContract;

/** The plugin-wide defaults from Config Admin (PID {@value PanelVoteScheme#PID}). */
class PanelVoteConfigurationTest implements ConfigurationContract<PanelVoteScheme> {

    @Override
    public Defaults<PanelVoteScheme> contract() {
        return Defaults.of(PanelVoteScheme::new, PanelVoteScheme.PID)
                .parameter("approvalPoints", "1", "10", "0")
                .parameter("honourVetoes", "true", "false", "yes");
    }

    private static final String REVIEW = "comprehensive-review";
    private static final String ORAL = "oral-defense";

    /** Vote by the review's approval item, two thirds needed, and whatever else is given. */
    private static Parameters byItem(String... more) {
        Map<String, String> map = new LinkedHashMap<>(Map.of("approvalItem", REVIEW + ".approve", "share", "2/3"));
        for (int i = 0; i < more.length; i += 2) {
            map.put(more[i], more[i + 1]);
        }
        return Parameters.of(map);
    }

    /** The review's result when {@code approving} of {@code panel} experts give the item {@code points}. */
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
        return new MethodResult(
                ORAL,
                new BigDecimal("85"),
                new BigDecimal("100"),
                Map.of(),
                vetoed,
                List.of(LocalizedText.of("否决", "vetoed")));
    }

    @Test
    void withoutConfigurationTheBuiltInApprovalPointsCount() {
        PanelVoteScheme scheme = new PanelVoteScheme(Map.of());

        FinalResult result = scheme.combine(List.of(review(4, 5, "1"), oral(false)), byItem());
        assertTrue(result.passed());
        assertEquals(0, result.total().compareTo(new BigDecimal("80")));
    }

    @Test
    void configuredApprovalPointsApplyWhenThePlanIsSilent() {
        PanelVoteScheme scheme = new PanelVoteScheme(Map.of("approvalPoints", "100"));

        FinalResult result = scheme.combine(List.of(review(4, 5, "100"), oral(false)), byItem());
        assertTrue(result.passed());
        assertEquals(0, result.total().compareTo(new BigDecimal("80")));
        // The plan's own value wins: a 0/1 item under a plan that says so.
        assertTrue(scheme.combine(List.of(review(4, 5, "1"), oral(false)), byItem("approvalPoints", "1"))
                .passed());
        // With the built-in 1 point the same 0/100 item is refused: its mean exceeds the points.
        assertThrows(InvalidInputException.class, () -> new PanelVoteScheme(Map.of())
                .combine(List.of(review(4, 5, "100"), oral(false)), byItem()));
    }

    @Test
    void aConfiguredApprovalPointsDefaultDoesNotCountAsSetWhenVotingByTotals() {
        PanelVoteScheme scheme = new PanelVoteScheme(Map.of("approvalPoints", "100"));

        Parameters byTotals = Parameters.of(Map.of("approvalMethod", ORAL, "approveAt", "60%", "share", "2/3"));
        assertEquals(List.of(), scheme.validateConfiguration(byTotals, Set.of(ORAL)));
    }

    @Test
    void configuredVetoPolicyAppliesUnlessThePlanSetsItsOwn() {
        PanelVoteScheme scheme = new PanelVoteScheme(Map.of("honourVetoes", "false"));

        assertTrue(
                scheme.combine(List.of(review(4, 5, "1"), oral(true)), byItem()).passed());
        assertFalse(scheme.combine(List.of(review(4, 5, "1"), oral(true)), byItem("honourVetoes", "true"))
                .passed());
    }

    @Test
    void changedApprovalPointsApplyToTheNextVerdict() {
        PanelVoteScheme scheme = new PanelVoteScheme(Map.of());

        scheme.defaults().configure(Map.of("approvalPoints", "10"));

        assertTrue(scheme.combine(List.of(review(4, 5, "10"), oral(false)), byItem())
                .passed());
    }
}
