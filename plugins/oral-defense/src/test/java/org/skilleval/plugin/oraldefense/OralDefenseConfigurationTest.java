package org.skilleval.plugin.oraldefense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.testing.Configurations;
import org.skilleval.plugin.testing.GeneratedFiles;

/** The plugin-wide defaults from Config Admin (PID {@value OralDefenseMethod#PID}). */
class OralDefenseConfigurationTest {

    private static Map<String, Object> configured(Object... keyValues) {
        return Configurations.properties(keyValues);
    }

    private static ScoreSheet sheet(String expert) {
        return new ScoreSheet(
                expert,
                Map.of(
                        "professional-knowledge", new BigDecimal("25"),
                        "problem-solving", new BigDecimal("26"),
                        "innovation", new BigDecimal("16"),
                        "expression", new BigDecimal("17")),
                "");
    }

    private static List<ScoreSheet> sheets(int experts) {
        return java.util.stream.IntStream.rangeClosed(1, experts)
                .mapToObj(i -> sheet("e" + i))
                .toList();
    }

    private static String defaultOf(OralDefenseMethod method, String key) {
        return method.parameters().stream()
                .filter(spec -> spec.key().equals(key))
                .map(ParameterSpec::defaultValue)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withoutConfigurationTheBuiltInDefaultsApply() {
        OralDefenseMethod method = new OralDefenseMethod(configured());

        assertEquals("3", defaultOf(method, "minExperts"));
        assertTrue(method.configurationProblem().isEmpty());
        assertThrows(InvalidInputException.class, () -> method.evaluate(sheets(2), Parameters.empty()));
    }

    @Test
    void configuredDefaultIsReportedAndAppliesWhenThePlanIsSilent() {
        OralDefenseMethod method = new OralDefenseMethod(configured("minExperts", "5"));

        assertEquals("5", defaultOf(method, "minExperts"));
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> method.evaluate(sheets(4), Parameters.empty()));
        assertEquals("min-experts", refused.violations().get(0).rule());
        assertTrue(refused.violations().get(0).message().en().contains("at least 5"));
        assertEquals(0, method.evaluate(sheets(5), Parameters.empty()).score().compareTo(new BigDecimal("84")));
    }

    @Test
    void thePlansValueWinsOverTheConfiguredDefault() {
        OralDefenseMethod method = new OralDefenseMethod(configured("minExperts", "5"));

        assertEquals(
                0,
                method.evaluate(sheets(2), Parameters.of(Map.of("minExperts", "2")))
                        .score()
                        .compareTo(new BigDecimal("84")));
    }

    @Test
    void modifiedAppliesAChangeWithoutARestart() {
        OralDefenseMethod method = new OralDefenseMethod(configured());

        method.defaults().configure(configured("minExperts", "1"));

        assertEquals("1", defaultOf(method, "minExperts"));
        assertEquals(
                1, method.evaluate(sheets(1), Parameters.empty()).expertTotals().size());
    }

    @Test
    void invalidValueIsRefusedKeepingThePreviousValidDefaultsAndSaysWhy() {
        OralDefenseMethod method = new OralDefenseMethod(configured("minExperts", "4"));

        method.defaults().configure(configured("minExperts", "0"));

        assertEquals("4", defaultOf(method, "minExperts"));
        assertThrows(InvalidInputException.class, () -> method.evaluate(sheets(3), Parameters.empty()));
        LocalizedText problem = method.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains("org.skilleval.plugin.oral-defense"), problem.en());
        assertTrue(problem.en().contains("minExperts = \"0\" (rule min)"), problem.en());
        assertTrue(problem.en().contains("at least 1 expert is required"), problem.en());
        assertTrue(problem.zh().contains("继续使用此前的有效默认值"), problem.zh());

        method.defaults().configure(configured("minExperts", "2"));

        assertEquals("2", defaultOf(method, "minExperts"));
        assertTrue(method.configurationProblem().isEmpty());
    }

    @Test
    void malformedValueAtFirstActivationKeepsTheBuiltInDefaults() {
        OralDefenseMethod method = new OralDefenseMethod(configured("minExperts", "three"));

        assertEquals("3", defaultOf(method, "minExperts"));
        assertTrue(method.configurationProblem().orElseThrow().en().contains("minExperts = \"three\" (rule integer)"));
    }

    @Test
    void metatypeDesignatesThePidAndTypesEveryDefaultOfAPlanParameter() throws Exception {
        Configurations.Metatype metatype = Configurations.metatype(OralDefenseMethod.PID);

        assertEquals("org.skilleval.plugin.oral-defense", metatype.pid());
        assertEquals(Map.of("minExperts", "Integer"), metatype.attributes());
    }

    @Test
    void readmeTableAndMetatypeAreGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(new OralDefenseMethod());
    }
}
