package org.skilleval.plugin.performancereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.skilleval.plugin.testing.ResultAssertions.assertScore;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.testing.ConfigurationContract;

/** The plugin-wide defaults from Config Admin (PID {@value PerformanceReviewMethod#PID}). */
class PerformanceReviewConfigurationTest implements ConfigurationContract<PerformanceReviewMethod> {

    @Override
    public Defaults<PerformanceReviewMethod> contract() {
        return Defaults.of(PerformanceReviewMethod::new, PerformanceReviewMethod.PID)
                .parameter("minExperts", "3", "5", "0")
                .parameter("max.technical-renovation", "25", "30", "101")
                .parameter("max.research-innovation", "25", "20", "0")
                .parameter("max.productivity", "25", "15", "12.345")
                .parameter("max.mentoring", "25", "10", "-1")
                .parameter("weight.technical-renovation", "1", "2", "0")
                .parameter("weight.research-innovation", "1", "0.5", "11")
                .parameter("weight.productivity", "1", "1.5", "1.234")
                .parameter("weight.mentoring", "1", "3", "heavy");
    }

    private static ScoreSheet sheet(
            String expert, String renovation, String innovation, String productivity, String mentoring) {
        return new ScoreSheet(
                expert,
                Map.of(
                        "technical-renovation", new BigDecimal(renovation),
                        "research-innovation", new BigDecimal(innovation),
                        "productivity", new BigDecimal(productivity),
                        "mentoring", new BigDecimal(mentoring)),
                "");
    }

    /** The README's example: area means 21.00, 15.17, 18.17, 11.00. */
    private static List<ScoreSheet> threeExperts() {
        return List.of(
                sheet("e1", "20", "15", "18", "10"),
                sheet("e2", "21", "14.5", "17", "12"),
                sheet("e3", "22", "16", "19.5", "11"));
    }

    @Test
    void withoutConfigurationTheBuiltInWeightsAndMaximaScore() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(Map.of());

        assertScore("65.34", "100", method.evaluate(threeExperts(), Parameters.empty()));
    }

    @Test
    void configuredWeightsAreReportedAndApplyWhenThePlanIsSilent() {
        PerformanceReviewMethod method =
                new PerformanceReviewMethod(Map.of("weight.technical-renovation", "2", "weight.mentoring", "0.5"));

        assertScore("80.84", "112.5", method.evaluate(threeExperts(), Parameters.empty()));
    }

    @Test
    void configuredMaximumShapesTheScoreSheetOfASilentPlan() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(Map.of("max.mentoring", "15"));

        ScoreItem mentoring = method.scoreSheet(Parameters.empty()).items().get(3);
        assertEquals("mentoring", mentoring.id());
        assertEquals(0, mentoring.maxPoints().compareTo(new BigDecimal("15")));
    }

    @Test
    void thePlansValuesWinOverTheConfiguredDefaults() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(
                Map.of("weight.technical-renovation", "2", "weight.mentoring", "0.5", "minExperts", "5"));

        Parameters plan =
                Parameters.of(Map.of("weight.technical-renovation", "1", "weight.mentoring", "1", "minExperts", "3"));
        assertScore("65.34", "100", method.evaluate(threeExperts(), plan));
    }

    @Test
    void aChangedFewestSheetsApplyToTheNextEvaluation() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(Map.of());

        method.defaults().configure(Map.of("minExperts", "4"));

        assertThrows(InvalidInputException.class, () -> method.evaluate(threeExperts(), Parameters.empty()));
    }
}
