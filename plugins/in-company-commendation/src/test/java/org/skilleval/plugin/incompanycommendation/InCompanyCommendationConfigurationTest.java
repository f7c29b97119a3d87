package org.skilleval.plugin.incompanycommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
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

/** The plugin-wide defaults, honour table included, from Config Admin. */
class InCompanyCommendationConfigurationTest {

    private static final List<String> HONOURS = List.of(
            "model-worker",
            "chief-technician",
            "technical-expert",
            "skill-competition",
            "outstanding-mentor",
            "rationalisation-award");

    private static Map<String, Object> configured(Object... keyValues) {
        return Configurations.properties(keyValues);
    }

    /** A sheet with the given counts for the honours listed; every other one 0. */
    private static ScoreSheet sheet(String expert, List<String> honours, String... honourCounts) {
        Map<String, BigDecimal> points = new HashMap<>();
        honours.forEach(h -> points.put(h, BigDecimal.ZERO));
        for (int i = 0; i < honourCounts.length; i += 2) {
            points.put(honourCounts[i], new BigDecimal(honourCounts[i + 1]));
        }
        return new ScoreSheet(expert, points, "");
    }

    /** The README's example: 劳动模范 1, 技术能手 2, 合理化建议奖 3. */
    private static ScoreSheet example(String expert) {
        return sheet(expert, HONOURS, "model-worker", "1", "technical-expert", "2", "rationalisation-award", "3");
    }

    private static Map<String, String> defaults(InCompanyCommendationMethod method) {
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
    void withoutConfigurationTheBuiltInTableApplies() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(configured());

        assertScore("70", "100", method.evaluate(List.of(example("hr")), Parameters.empty()));
        assertEquals("30", defaults(method).get("points.model-worker"));
        assertEquals("median", defaults(method).get("agreement"));
        assertTrue(method.configurationProblem().isEmpty());
    }

    @Test
    void configuredTableIsReportedAndAppliesWhenThePlanIsSilent() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(
                configured("points.model-worker", "40", "repeatFactor", "0", "cap", "60"));

        assertEquals("40", defaults(method).get("points.model-worker"));
        assertEquals("0", defaults(method).get("repeatFactor"));
        assertEquals("60", defaults(method).get("cap"));
        // 40 + 20 (second 技术能手 counts nothing) + 5 = 65, capped at 60.
        assertScore("60", "60", method.evaluate(List.of(example("hr")), Parameters.empty()));
    }

    @Test
    void honourConfiguredToZeroLeavesTheSheetOfASilentPlan() {
        InCompanyCommendationMethod method =
                new InCompanyCommendationMethod(configured("points.rationalisation-award", "0"));

        assertEquals("0", defaults(method).get("points.rationalisation-award"));
        List<String> items = method.scoreSheet(Parameters.empty()).items().stream()
                .map(ScoreItem::id)
                .toList();
        assertEquals(HONOURS.subList(0, 5), items);
        // A plan that sets the points puts the honour back.
        assertTrue(method.scoreSheet(Parameters.of(Map.of("points.rationalisation-award", "5"))).items().stream()
                .anyMatch(item -> item.id().equals("rationalisation-award")));
    }

    @Test
    void configuredAgreementAppliesUnlessThePlanChoosesItsOwn() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(configured("agreement", "unanimous"));
        List<ScoreSheet> differing = List.of(
                sheet("e1", HONOURS, "model-worker", "2"),
                sheet("e2", HONOURS, "model-worker", "1"),
                sheet("e3", HONOURS, "model-worker", "1"));

        assertEquals("unanimous", defaults(method).get("agreement"));
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> method.evaluate(differing, Parameters.empty()));
        assertEquals("disagreement", refused.violations().get(0).rule());
        assertScore("30", "100", method.evaluate(differing, Parameters.of(Map.of("agreement", "median"))));
    }

    @Test
    void modifiedAppliesAChangeWithoutARestart() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(configured());

        method.defaults().configure(configured("points.technical-expert", "10", "repeatFactor", "1"));

        // 30 + (10 + 10) + (5 + 5 + 5) = 65.
        assertScore("65", "100", method.evaluate(List.of(example("hr")), Parameters.empty()));
    }

    @Test
    void invalidValuesAreRefusedKeepingThePreviousValidTable() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(configured("cap", "80"));

        method.defaults().configure(configured("cap", "90", "agreement", "majority", "repeatFactor", "1.5"));

        assertEquals("80", defaults(method).get("cap"));
        assertEquals("0.5", defaults(method).get("repeatFactor"));
        assertEquals("median", defaults(method).get("agreement"));
        LocalizedText problem = method.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains("org.skilleval.plugin.in-company-commendation"), problem.en());
        assertTrue(problem.en().contains("agreement = \"majority\" (rule one-of)"), problem.en());
        assertTrue(problem.en().contains("repeatFactor = \"1.5\" (rule range)"), problem.en());
        assertTrue(problem.zh().contains("只能是 median"), problem.zh());
    }

    @Test
    void aTableWorthNothingIsRefused() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(configured(
                "points.model-worker", "0",
                "points.chief-technician", "0",
                "points.technical-expert", "0",
                "points.skill-competition", "0",
                "points.outstanding-mentor", "0",
                "points.rationalisation-award", "0"));

        assertEquals("30", defaults(method).get("points.model-worker"));
        LocalizedText problem = method.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains("points.* (rule none)"), problem.en());
        assertFalse(method.scoreSheet(Parameters.empty()).items().isEmpty());
    }

    @Test
    void malformedValueAtFirstActivationKeepsTheBuiltInDefaults() {
        InCompanyCommendationMethod method = new InCompanyCommendationMethod(configured("maxCount", "ten"));

        assertEquals("10", defaults(method).get("maxCount"));
        assertTrue(method.configurationProblem().orElseThrow().en().contains("maxCount = \"ten\" (rule integer)"));
    }

    @Test
    void metatypeDesignatesThePidAndTypesEveryDefaultUnderThePlansKey() throws Exception {
        Configurations.Metatype metatype = Configurations.metatype(InCompanyCommendationMethod.PID);

        assertEquals("org.skilleval.plugin.in-company-commendation", metatype.pid());
        assertEquals(
                defaults(new InCompanyCommendationMethod()).keySet(),
                metatype.attributes().keySet());
        assertEquals("Double", metatype.attributes().get("points.model-worker"));
        assertEquals("Integer", metatype.attributes().get("maxCount"));
        assertEquals("String", metatype.attributes().get("agreement"));
    }

    @Test
    void readmeTableAndMetatypeAreGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(new InCompanyCommendationMethod());
    }
}
