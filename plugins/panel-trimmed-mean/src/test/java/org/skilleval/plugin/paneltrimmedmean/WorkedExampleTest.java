package org.skilleval.plugin.paneltrimmedmean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;
import org.skilleval.plugin.performancereview.PerformanceReviewMethod;
import org.skilleval.plugin.testing.MethodOutcome;
import org.skilleval.plugin.testing.PluginTrial;
import org.skilleval.plugin.testing.SchemeOutcome;
import org.skilleval.plugin.testing.SchemeTrial;

/**
 * The README's worked example end to end: five experts fill the real oral-defense and
 * performance-review sheets, the methods report each expert's total, and the scheme trims them.
 */
class WorkedExampleTest {

    /**
     * Five experts fill the real sheets. Oral defence totals 95, 85, 80, 72, 60 (problem solving
     * 27, 26, 24, 20, 18: mean 23.00); performance review, every area worth 15 points (out of 60),
     * totals 58, 50, 48, 45, 30.
     */
    private static List<MethodOutcome> panel(String problemSolvingVetoMark) {
        // professional knowledge, problem solving, innovation, expression
        MethodOutcome oral = PluginTrial.method(new OralDefenseMethod(Map.of()))
                .with("vetoBelow.problem-solving", problemSolvingVetoMark)
                .scores("e1", "30", "27", "19", "19")
                .scores("e2", "27", "26", "16", "16")
                .scores("e3", "24", "24", "16", "16")
                .scores("e4", "22", "20", "15", "15")
                .scores("e5", "18", "18", "12", "12")
                .run();
        // technical renovation, research and innovation, productivity, mentoring: 15 points each
        MethodOutcome review = PluginTrial.method(new PerformanceReviewMethod(Map.of()))
                .with("max.technical-renovation", "15", "max.research-innovation", "15")
                .with("max.productivity", "15", "max.mentoring", "15")
                .scores("e1", "15", "15", "15", "13")
                .scores("e2", "15", "15", "10", "10")
                .scores("e3", "12", "12", "12", "12")
                .scores("e4", "15", "10", "10", "10")
                .scores("e5", "10", "10", "5", "5")
                .run();
        return List.of(oral, review);
    }

    /** The scheme, weighted 60/40, run on the panel's results as the platform runs it. */
    private static SchemeOutcome trimmed(List<MethodOutcome> methods, String... more) {
        SchemeTrial scheme = PluginTrial.scheme(new PanelTrimmedMeanScheme(Map.of()))
                .with("weight.oral-defense", "60", "weight.performance-review", "40")
                .with(more);
        methods.forEach(scheme::result);
        return scheme.run();
    }

    @Test
    void theShippedMethodsReportTheTotalsTheSchemeTrims() {
        List<MethodOutcome> methods = panel("18");
        assertEquals(new BigDecimal("78.40"), methods.get(0).score(), "the plain mean of the oral defence");
        assertEquals(new BigDecimal("46.20"), methods.get(1).score(), "the plain mean of the review");
        assertEquals(0, methods.get(1).requireResult().maxScore().compareTo(new BigDecimal("60")));
        assertEquals(new BigDecimal("60.00"), methods.get(0).expertTotal("e5"));
        assertEquals(new BigDecimal("58.00"), methods.get(1).expertTotal("e1"));

        SchemeOutcome result = trimmed(methods);

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
        SchemeOutcome result = trimmed(panel("18"), "passLine", "80");
        assertEquals(new BigDecimal("79.18"), result.total());
        assertFalse(result.passed());
    }

    @Test
    void aVetoByTheOralDefenceFailsTheCandidateWhateverTheTrimmedTotal() {
        // The panel's problem-solving mean 23.00 is below a mark of 24.
        List<MethodOutcome> methods = panel("24");
        assertTrue(methods.get(0).requireResult().vetoed());

        SchemeOutcome result = trimmed(methods);

        assertEquals(new BigDecimal("79.18"), result.total());
        assertFalse(result.passed());
        assertTrue(
                result.reasons().get(3).zh().startsWith("评审方式 oral-defense 一票否决，不予通过"),
                result.reasons().get(3).zh());
    }
}
