package org.skilleval.core.pluginhost.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AssessmentResultRecord.MethodOutcome;
import org.skilleval.core.domain.AssessmentResultRecord.Text;
import org.skilleval.core.pluginhost.PluginComputation;
import org.skilleval.plugin.api.dto.LocalizedText;

class ShadowExplanationTest {

    private static final Text PASS = new Text("总分 82 达到及格线 80", "total 82 reaches the pass line 80");
    private static final Text FAIL = new Text("总分 78 低于及格线 80", "total 78 is below the pass line 80");

    @Test
    void aChangedItemAndVetoAreNamedBeforeTheTotalVerdictAndTheSchemesReason() {
        PluginComputation before = computation(
                "82", true, PASS, method("oral-defense", "82", false, Map.of("knowledge", "30", "innovation", "52")));
        PluginComputation after = computation(
                "78", false, FAIL, method("oral-defense", "78", true, Map.of("knowledge", "26", "innovation", "52")));

        assertEquals(
                List.of(
                        "oral-defense: the new version vetoes",
                        "oral-defense: score 82/100 → 78/100",
                        "oral-defense item knowledge: 30 → 26",
                        "total 82 → 78",
                        "verdict: passed → failed",
                        "scoring scheme: total 78 is below the pass line 80"),
                english(ShadowExplanation.why(before, after)));
        assertEquals(
                "oral-defense 评分项 knowledge：30 → 26",
                ShadowExplanation.why(before, after).get(2).zh());
    }

    @Test
    void sameMethodScoresPointAtTheScheme() {
        PluginComputation before = computation("82", true, PASS, method("oral-defense", "82", false, Map.of()));
        PluginComputation after = computation("81", true, PASS, method("oral-defense", "82", false, Map.of()));

        assertEquals(
                List.of("the methods score the same; the scoring scheme combines them to 82 → 81"),
                english(ShadowExplanation.why(before, after)));
    }

    @Test
    void nothingChangedNeedsNoExplanation() {
        PluginComputation same = computation("82", true, PASS, method("oral-defense", "82", false, Map.of()));

        assertEquals(List.of(), ShadowExplanation.why(same, same));
    }

    private static List<String> english(List<LocalizedText> why) {
        return why.stream().map(LocalizedText::en).toList();
    }

    private static PluginComputation computation(String total, boolean passed, Text reason, MethodOutcome method) {
        return new PluginComputation(new BigDecimal(total), passed, List.of(reason), List.of(method), List.of());
    }

    private static MethodOutcome method(String id, String score, boolean vetoed, Map<String, String> items) {
        Map<String, BigDecimal> itemScores = new java.util.TreeMap<>();
        items.forEach((item, points) -> itemScores.put(item, new BigDecimal(points)));
        return new MethodOutcome(
                id, new BigDecimal(score), new BigDecimal("100"), itemScores, vetoed, List.of(), Map.of());
    }
}
