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
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.testing.Configurations;
import org.skilleval.plugin.testing.GeneratedFiles;

/** The plugin-wide defaults from Config Admin (PID {@value PanelVoteScheme#PID}). */
class PanelVoteConfigurationTest {

    private static final String REVIEW = "comprehensive-review";
    private static final String ORAL = "oral-defense";

    private static Map<String, Object> configured(Object... keyValues) {
        return Configurations.properties(keyValues);
    }

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

    private static Map<String, String> defaults(PanelVoteScheme scheme) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (ParameterSpec spec : scheme.parameters()) {
            defaults.put(spec.key(), spec.defaultValue());
        }
        return defaults;
    }

    @Test
    void withoutConfigurationTheBuiltInDefaultsApply() {
        PanelVoteScheme scheme = new PanelVoteScheme(configured());

        assertEquals("1", defaults(scheme).get("approvalPoints"));
        assertEquals("true", defaults(scheme).get("honourVetoes"));
        assertEquals(null, defaults(scheme).get("share"));
        FinalResult result = scheme.combine(List.of(review(4, 5, "1"), oral(false)), byItem());
        assertTrue(result.passed());
        assertEquals(0, result.total().compareTo(new BigDecimal("80")));
        assertTrue(scheme.configurationProblem().isEmpty());
    }

    @Test
    void configuredApprovalPointsAreReportedAndApplyWhenThePlanIsSilent() {
        PanelVoteScheme scheme = new PanelVoteScheme(configured("approvalPoints", "100"));

        assertEquals("100", defaults(scheme).get("approvalPoints"));
        FinalResult result = scheme.combine(List.of(review(4, 5, "100"), oral(false)), byItem());
        assertTrue(result.passed());
        assertEquals(0, result.total().compareTo(new BigDecimal("80")));
        // The plan's own value wins: a 0/1 item under a plan that says so.
        assertTrue(scheme.combine(List.of(review(4, 5, "1"), oral(false)), byItem("approvalPoints", "1"))
                .passed());
        // With the built-in 1 point the same 0/100 item is refused: its mean exceeds the points.
        assertThrows(InvalidInputException.class, () -> new PanelVoteScheme()
                .combine(List.of(review(4, 5, "100"), oral(false)), byItem()));
    }

    @Test
    void aConfiguredApprovalPointsDefaultDoesNotCountAsSetWhenVotingByTotals() {
        PanelVoteScheme scheme = new PanelVoteScheme(configured("approvalPoints", "100"));

        Parameters byTotals = Parameters.of(Map.of("approvalMethod", ORAL, "approveAt", "60%", "share", "2/3"));
        assertEquals(List.of(), scheme.validateConfiguration(byTotals, Set.of(ORAL)));
    }

    @Test
    void configuredVetoPolicyAppliesUnlessThePlanSetsItsOwn() {
        PanelVoteScheme scheme = new PanelVoteScheme(configured("honourVetoes", "false"));

        assertTrue(
                scheme.combine(List.of(review(4, 5, "1"), oral(true)), byItem()).passed());
        assertFalse(scheme.combine(List.of(review(4, 5, "1"), oral(true)), byItem("honourVetoes", "true"))
                .passed());
    }

    @Test
    void modifiedAppliesAChangeWithoutARestart() {
        PanelVoteScheme scheme = new PanelVoteScheme(configured());

        scheme.defaults().configure(configured("approvalPoints", "10"));

        assertEquals("10", defaults(scheme).get("approvalPoints"));
        assertTrue(scheme.combine(List.of(review(4, 5, "10"), oral(false)), byItem())
                .passed());
    }

    @Test
    void invalidValueIsRefusedKeepingThePreviousValidDefaults() {
        PanelVoteScheme scheme = new PanelVoteScheme(configured("approvalPoints", "10"));

        scheme.defaults().configure(configured("approvalPoints", "0"));

        assertEquals("10", defaults(scheme).get("approvalPoints"));
        LocalizedText problem = scheme.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains("org.skilleval.plugin.panel-vote"), problem.en());
        assertTrue(problem.en().contains("approvalPoints = \"0\" (rule positive)"), problem.en());
        assertTrue(problem.zh().contains("必须大于 0"), problem.zh());

        scheme.defaults().configure(configured("approvalPoints", "5"));

        assertEquals("5", defaults(scheme).get("approvalPoints"));
        assertTrue(scheme.configurationProblem().isEmpty());
    }

    @Test
    void malformedValueAtFirstActivationKeepsTheBuiltInDefaults() {
        PanelVoteScheme scheme = new PanelVoteScheme(configured("honourVetoes", "yes"));

        assertEquals("true", defaults(scheme).get("honourVetoes"));
        assertTrue(scheme.configurationProblem().orElseThrow().en().contains("honourVetoes = \"yes\" (rule boolean)"));
    }

    @Test
    void metatypeDesignatesThePidAndTypesEveryDefault() throws Exception {
        Configurations.Metatype metatype = Configurations.metatype(PanelVoteScheme.PID);

        assertEquals("org.skilleval.plugin.panel-vote", metatype.pid());
        assertEquals(Map.of("approvalPoints", "Double", "honourVetoes", "Boolean"), metatype.attributes());
    }

    @Test
    void readmeTableAndMetatypeAreGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(new PanelVoteScheme());
    }
}
