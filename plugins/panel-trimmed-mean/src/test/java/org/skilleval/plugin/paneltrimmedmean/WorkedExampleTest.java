package org.skilleval.plugin.paneltrimmedmean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;
import org.skilleval.plugin.performancereview.PerformanceReviewMethod;

/**
 * The README's worked example end to end: five experts fill the real oral-defense and
 * performance-review sheets, the methods report each expert's total, and the scheme trims them.
 */
class WorkedExampleTest {

    private final OralDefenseMethod oral = new OralDefenseMethod();
    private final PerformanceReviewMethod review = new PerformanceReviewMethod();
    private final PanelTrimmedMeanScheme scheme = new PanelTrimmedMeanScheme();

    /** Every area of the performance review worth 15 points: the method is out of 60. */
    private static final Parameters REVIEW_OF_60 = parameters(
            "max.technical-renovation", "15",
            "max.research-innovation", "15",
            "max.productivity", "15",
            "max.mentoring", "15");

    private static Parameters parameters(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return Parameters.of(map);
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

    private static ScoreSheet reviewSheet(String expert, String... points) {
        return new ScoreSheet(
                expert,
                Map.of(
                        "technical-renovation", new BigDecimal(points[0]),
                        "research-innovation", new BigDecimal(points[1]),
                        "productivity", new BigDecimal(points[2]),
                        "mentoring", new BigDecimal(points[3])),
                "");
    }

    /**
     * Oral defence totals 95, 85, 80, 72, 60 (problem solving 27, 26, 24, 20, 18: mean 23.00);
     * performance review totals 58, 50, 48, 45, 30.
     */
    private List<MethodResult> results(String problemSolvingVetoMark) {
        MethodResult oralResult = oral.evaluate(
                List.of(
                        oralSheet("e1", "30", "27", "19", "19"),
                        oralSheet("e2", "27", "26", "16", "16"),
                        oralSheet("e3", "24", "24", "16", "16"),
                        oralSheet("e4", "22", "20", "15", "15"),
                        oralSheet("e5", "18", "18", "12", "12")),
                parameters("vetoBelow.problem-solving", problemSolvingVetoMark));
        MethodResult reviewResult = review.evaluate(
                List.of(
                        reviewSheet("e1", "15", "15", "15", "13"),
                        reviewSheet("e2", "15", "15", "10", "10"),
                        reviewSheet("e3", "12", "12", "12", "12"),
                        reviewSheet("e4", "15", "10", "10", "10"),
                        reviewSheet("e5", "10", "10", "5", "5")),
                REVIEW_OF_60);
        return List.of(oralResult, reviewResult);
    }

    private static Parameters sixtyForty(String... more) {
        Map<String, String> map = new HashMap<>(Map.of("weight.oral-defense", "60", "weight.performance-review", "40"));
        for (int i = 0; i < more.length; i += 2) {
            map.put(more[i], more[i + 1]);
        }
        return Parameters.of(map);
    }

    @Test
    void theShippedMethodsReportTheTotalsTheSchemeTrims() {
        List<MethodResult> results = results("18");
        assertEquals(new BigDecimal("78.40"), results.get(0).score(), "the plain mean of the oral defence");
        assertEquals(new BigDecimal("46.20"), results.get(1).score(), "the plain mean of the review");
        assertEquals(0, results.get(1).maxScore().compareTo(new BigDecimal("60")));
        assertEquals(new BigDecimal("60.00"), results.get(0).expertTotals().get("e5"));
        assertEquals(new BigDecimal("58.00"), results.get(1).expertTotals().get("e1"));

        FinalResult result = scheme.combine(results, sixtyForty());

        // 79.00 % × 60 = 47.40; 47.67 / 60 = 79.45 % × 40 = 31.78
        assertEquals(new BigDecimal("79.18"), result.total());
        assertTrue(result.passed());
        assertEquals(
                "oral-defense: totals of 5 experts 60, 72, 80, 85, 95; dropping the highest 95 and the lowest 60"
                        + " leaves a mean of 79.00 / 100 = 79.00% × weight 60% = 47.40",
                result.reasons().get(0).en());
    }

    @Test
    void aPassLineAboveTheTrimmedTotalFails() {
        FinalResult result = scheme.combine(results("18"), sixtyForty("passLine", "80"));
        assertEquals(new BigDecimal("79.18"), result.total());
        assertFalse(result.passed());
    }

    @Test
    void aVetoByTheOralDefenceFailsTheCandidateWhateverTheTrimmedTotal() {
        // The panel's problem-solving mean 23.00 is below a mark of 24.
        List<MethodResult> results = results("24");
        assertTrue(results.get(0).vetoed());

        FinalResult result = scheme.combine(results, sixtyForty());

        assertEquals(new BigDecimal("79.18"), result.total());
        assertFalse(result.passed());
        assertTrue(
                result.reasons().get(3).zh().startsWith("评审方式 oral-defense 一票否决，不予通过"),
                result.reasons().get(3).zh());
    }
}
