package org.skilleval.plugin.performancereview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.testing.Configurations;
import org.skilleval.plugin.testing.GeneratedFiles;

/** The plugin-wide defaults from Config Admin (PID {@value PerformanceReviewMethod#PID}). */
class PerformanceReviewConfigurationTest {

    private static Map<String, Object> configured(Object... keyValues) {
        return Configurations.properties(keyValues);
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

    private static Map<String, String> defaults(PerformanceReviewMethod method) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (ParameterSpec spec : method.parameters()) {
            defaults.put(spec.key(), spec.defaultValue());
        }
        return defaults;
    }

    private static void assertScore(String score, String max, MethodResult result) {
        assertEquals(
                0,
                result.score().compareTo(new BigDecimal(score)),
                result.score().toPlainString());
        assertEquals(
                0,
                result.maxScore().compareTo(new BigDecimal(max)),
                result.maxScore().toPlainString());
    }

    @Test
    void withoutConfigurationTheBuiltInDefaultsApply() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(configured());

        assertEquals("3", defaults(method).get("minExperts"));
        assertEquals("25", defaults(method).get("max.mentoring"));
        assertEquals("1", defaults(method).get("weight.mentoring"));
        assertScore("65.34", "100", method.evaluate(threeExperts(), Parameters.empty()));
        assertTrue(method.configurationProblem().isEmpty());
    }

    @Test
    void configuredWeightsAreReportedAndApplyWhenThePlanIsSilent() {
        PerformanceReviewMethod method =
                new PerformanceReviewMethod(configured("weight.technical-renovation", "2", "weight.mentoring", "0.5"));

        assertEquals("2", defaults(method).get("weight.technical-renovation"));
        assertEquals("0.5", defaults(method).get("weight.mentoring"));
        assertEquals("1", defaults(method).get("weight.productivity"));
        assertScore("80.84", "112.5", method.evaluate(threeExperts(), Parameters.empty()));
    }

    @Test
    void configuredMaximumShapesTheScoreSheetOfASilentPlan() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(configured("max.mentoring", "15"));

        ScoreItem mentoring = method.scoreSheet(Parameters.empty()).items().get(3);
        assertEquals("mentoring", mentoring.id());
        assertEquals(0, mentoring.maxPoints().compareTo(new BigDecimal("15")));
        assertEquals("15", defaults(method).get("max.mentoring"));
    }

    @Test
    void thePlansValuesWinOverTheConfiguredDefaults() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(
                configured("weight.technical-renovation", "2", "weight.mentoring", "0.5", "minExperts", "5"));

        Parameters plan =
                Parameters.of(Map.of("weight.technical-renovation", "1", "weight.mentoring", "1", "minExperts", "3"));
        assertScore("65.34", "100", method.evaluate(threeExperts(), plan));
    }

    @Test
    void modifiedAppliesAChangeWithoutARestart() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(configured());

        method.defaults().configure(configured("minExperts", "4"));

        assertEquals("4", defaults(method).get("minExperts"));
        assertThrows(InvalidInputException.class, () -> method.evaluate(threeExperts(), Parameters.empty()));
    }

    @Test
    void invalidValuesAreRefusedTogetherKeepingThePreviousValidDefaults() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(configured("weight.mentoring", "0.5"));

        method.defaults()
                .configure(configured(
                        "weight.mentoring", "2", "max.productivity", "101", "weight.research-innovation", "0"));

        assertEquals("0.5", defaults(method).get("weight.mentoring"));
        assertEquals("25", defaults(method).get("max.productivity"));
        LocalizedText problem = method.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains("org.skilleval.plugin.performance-review"), problem.en());
        assertTrue(problem.en().contains("max.productivity = \"101\" (rule range)"), problem.en());
        assertTrue(problem.en().contains("weight.research-innovation = \"0\" (rule range)"), problem.en());
        assertTrue(problem.zh().contains("须在 [1, 100] 之内"), problem.zh());

        method.defaults().configure(configured("weight.mentoring", "2"));

        assertEquals("2", defaults(method).get("weight.mentoring"));
        assertTrue(method.configurationProblem().isEmpty());
    }

    @Test
    void tooManyDecimalPlacesAtFirstActivationKeepTheBuiltInDefaults() {
        PerformanceReviewMethod method = new PerformanceReviewMethod(configured("max.mentoring", "12.345"));

        assertEquals("25", defaults(method).get("max.mentoring"));
        assertTrue(
                method.configurationProblem().orElseThrow().en().contains("max.mentoring = \"12.345\" (rule scale)"));
    }

    @Test
    void metatypeDesignatesThePidAndTypesEveryDefaultUnderThePlansKey() throws Exception {
        Configurations.Metatype metatype = Configurations.metatype(PerformanceReviewMethod.PID);

        assertEquals("org.skilleval.plugin.performance-review", metatype.pid());
        assertEquals(
                defaults(new PerformanceReviewMethod()).keySet(),
                metatype.attributes().keySet());
        assertEquals("Integer", metatype.attributes().get("minExperts"));
        assertEquals("Double", metatype.attributes().get("max.technical-renovation"));
        assertEquals("Double", metatype.attributes().get("weight.research-innovation"));
    }

    @Test
    void readmeTableAndMetatypeAreGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(new PerformanceReviewMethod());
    }
}
