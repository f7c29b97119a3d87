package org.skilleval.plugin.veto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.testing.Configurations;
import org.skilleval.plugin.testing.GeneratedFiles;

/** The plugin-wide defaults from Config Admin (PID {@value VetoScheme#PID}). */
class VetoConfigurationTest {

    private static Map<String, Object> configured(Object... keyValues) {
        return Configurations.properties(keyValues);
    }

    private static Parameters plan(String... more) {
        Map<String, String> map =
                new LinkedHashMap<>(Map.of("weight.oral-defense", "60", "weight.performance-review", "40"));
        for (int i = 0; i < more.length; i += 2) {
            map.put(more[i], more[i + 1]);
        }
        return Parameters.of(map);
    }

    /** 82.50 % × 60 + 68.62 % × 40 = 76.95, no veto. */
    private static List<MethodResult> results() {
        return List.of(
                new MethodResult(
                        "oral-defense",
                        new BigDecimal("82.50"),
                        new BigDecimal("100"),
                        Map.of("problem-solving", new BigDecimal("24")),
                        false,
                        List.of()),
                new MethodResult(
                        "performance-review",
                        new BigDecimal("41.17"),
                        new BigDecimal("60"),
                        Map.of(),
                        false,
                        List.of()));
    }

    private static String passLineDefault(VetoScheme scheme) {
        return scheme.parameters().stream()
                .filter(spec -> spec.key().equals("passLine"))
                .map(ParameterSpec::defaultValue)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withoutConfigurationTheBuiltInPassLineApplies() {
        VetoScheme scheme = new VetoScheme(configured());

        assertEquals("60", passLineDefault(scheme));
        assertTrue(scheme.combine(results(), plan()).passed());
        assertTrue(scheme.configurationProblem().isEmpty());
    }

    @Test
    void configuredPassLineIsReportedAndAppliesUnlessThePlanSetsItsOwn() {
        VetoScheme scheme = new VetoScheme(configured("passLine", "80"));

        assertEquals("80", passLineDefault(scheme));
        assertFalse(scheme.combine(results(), plan()).passed());
        assertTrue(scheme.combine(results(), plan("passLine", "76.95")).passed());
    }

    @Test
    void modifiedAppliesAChangeWithoutARestart() {
        VetoScheme scheme = new VetoScheme(configured());

        scheme.defaults().configure(configured("passLine", "77"));

        assertEquals("77", passLineDefault(scheme));
        assertFalse(scheme.combine(results(), plan()).passed());
    }

    @Test
    void invalidValueIsRefusedKeepingThePreviousValidPassLine() {
        VetoScheme scheme = new VetoScheme(configured("passLine", "80"));

        scheme.defaults().configure(configured("passLine", "-5"));

        assertEquals("80", passLineDefault(scheme));
        assertFalse(scheme.combine(results(), plan()).passed());
        LocalizedText problem = scheme.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains("org.skilleval.plugin.veto"), problem.en());
        assertTrue(problem.en().contains("passLine = \"-5\" (rule range)"), problem.en());
        assertTrue(problem.zh().contains("必须在 0–100 分之间"), problem.zh());

        scheme.defaults().configure(configured("passLine", "70"));

        assertEquals("70", passLineDefault(scheme));
        assertTrue(scheme.configurationProblem().isEmpty());
    }

    @Test
    void malformedValueAtFirstActivationKeepsTheBuiltInPassLine() {
        VetoScheme scheme = new VetoScheme(configured("passLine", "60%"));

        assertEquals("60", passLineDefault(scheme));
        assertTrue(scheme.configurationProblem().orElseThrow().en().contains("passLine = \"60%\" (rule decimal)"));
    }

    @Test
    void metatypeDesignatesThePidAndTypesThePassLine() throws Exception {
        Configurations.Metatype metatype = Configurations.metatype(VetoScheme.PID);

        assertEquals("org.skilleval.plugin.veto", metatype.pid());
        assertEquals(Map.of("passLine", "Double"), metatype.attributes());
    }

    @Test
    void readmeTableAndMetatypeAreGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(new VetoScheme());
    }
}
