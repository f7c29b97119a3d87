package org.skilleval.plugin.weightedsum;

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

/** The plugin-wide defaults from Config Admin (PID {@value WeightedSumScheme#PID}). */
class WeightedSumConfigurationTest {

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

    /** 82.50 % × 60 + 68.62 % × 40 = 76.95; the oral defence vetoed or not. */
    private static List<MethodResult> results(boolean oralVetoed) {
        return List.of(
                new MethodResult(
                        "oral-defense",
                        new BigDecimal("82.50"),
                        new BigDecimal("100"),
                        Map.of(),
                        oralVetoed,
                        List.of(LocalizedText.of("否决", "vetoed"))),
                new MethodResult(
                        "performance-review",
                        new BigDecimal("41.17"),
                        new BigDecimal("60"),
                        Map.of(),
                        false,
                        List.of()));
    }

    private static Map<String, String> defaults(WeightedSumScheme scheme) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (ParameterSpec spec : scheme.parameters()) {
            defaults.put(spec.key(), spec.defaultValue());
        }
        return defaults;
    }

    @Test
    void withoutConfigurationTheBuiltInDefaultsApply() {
        WeightedSumScheme scheme = new WeightedSumScheme(configured());

        assertEquals("60", defaults(scheme).get("passLine"));
        assertEquals("true", defaults(scheme).get("honourVetoes"));
        assertEquals(null, defaults(scheme).get("weight.*"));
        assertTrue(scheme.combine(results(false), plan()).passed());
        assertTrue(scheme.configurationProblem().isEmpty());
    }

    @Test
    void configuredPassLineIsReportedAndAppliesWhenThePlanIsSilent() {
        WeightedSumScheme scheme = new WeightedSumScheme(configured("passLine", "80"));

        assertEquals("80", defaults(scheme).get("passLine"));
        assertFalse(scheme.combine(results(false), plan()).passed());
        assertTrue(scheme.combine(results(false), plan("passLine", "70")).passed());
    }

    @Test
    void configuredVetoPolicyAppliesUnlessThePlanSetsItsOwn() {
        WeightedSumScheme scheme = new WeightedSumScheme(configured("honourVetoes", "false"));

        assertEquals("false", defaults(scheme).get("honourVetoes"));
        assertTrue(scheme.combine(results(true), plan()).passed());
        assertFalse(scheme.combine(results(true), plan("honourVetoes", "true")).passed());
    }

    @Test
    void declarativeServicesCallsTheInheritedModifiedMethod() throws Exception {
        // bnd writes it from PluginBase's @Modified (-dsannotations-options: inherit); without it DS
        // would restart the component, taking the plugin away from a round for every change.
        String component = java.nio.file.Files.readString(
                java.nio.file.Path.of("target/classes/OSGI-INF/" + WeightedSumScheme.class.getName() + ".xml"));
        assertTrue(component.contains("modified=\"configurationModified\""), component);
    }

    @Test
    void modifiedAppliesAChangeWithoutARestart() {
        WeightedSumScheme scheme = new WeightedSumScheme(configured());

        scheme.defaults().configure(configured("passLine", "77.5"));

        assertEquals("77.5", defaults(scheme).get("passLine"));
        assertFalse(scheme.combine(results(false), plan()).passed());
    }

    @Test
    void invalidValuesAreRefusedKeepingThePreviousValidDefaults() {
        WeightedSumScheme scheme = new WeightedSumScheme(configured("passLine", "70"));

        scheme.defaults().configure(configured("passLine", "120", "honourVetoes", "maybe"));

        assertEquals("70", defaults(scheme).get("passLine"));
        assertEquals("true", defaults(scheme).get("honourVetoes"));
        assertTrue(scheme.combine(results(false), plan()).passed());
        LocalizedText problem = scheme.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains("org.skilleval.plugin.weighted-sum"), problem.en());
        assertTrue(problem.en().contains("passLine = \"120\" (rule range)"), problem.en());
        assertTrue(problem.en().contains("honourVetoes = \"maybe\" (rule boolean)"), problem.en());
        assertTrue(problem.zh().contains("必须在 0–100 分之间"), problem.zh());

        scheme.defaults().configure(configured("passLine", "65"));

        assertEquals("65", defaults(scheme).get("passLine"));
        assertTrue(scheme.configurationProblem().isEmpty());
    }

    @Test
    void malformedValueAtFirstActivationKeepsTheBuiltInDefaults() {
        WeightedSumScheme scheme = new WeightedSumScheme(configured("passLine", "sixty"));

        assertEquals("60", defaults(scheme).get("passLine"));
        assertTrue(scheme.configurationProblem().orElseThrow().en().contains("passLine = \"sixty\" (rule decimal)"));
    }

    @Test
    void metatypeDesignatesThePidAndTypesEveryDefault() throws Exception {
        Configurations.Metatype metatype = Configurations.metatype(WeightedSumScheme.PID);

        assertEquals("org.skilleval.plugin.weighted-sum", metatype.pid());
        assertEquals(Map.of("passLine", "Double", "honourVetoes", "Boolean"), metatype.attributes());
    }

    @Test
    void readmeTableAndMetatypeAreGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(new WeightedSumScheme());
    }
}
