package org.skilleval.plugin.paneltrimmedmean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.testing.Configurations;
import org.skilleval.plugin.testing.GeneratedFiles;

/** The plugin-wide defaults from Config Admin (PID {@value PanelTrimmedMeanScheme#PID}). */
class PanelTrimmedMeanConfigurationTest {

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

    private static MethodResult result(String methodId, String max, boolean vetoed, String... totals) {
        Map<String, BigDecimal> expertTotals = new LinkedHashMap<>();
        for (int i = 0; i < totals.length; i++) {
            expertTotals.put("e" + i, new BigDecimal(totals[i]));
        }
        return new MethodResult(
                methodId,
                new BigDecimal(totals[0]),
                new BigDecimal(max),
                Map.of(),
                vetoed,
                List.of(LocalizedText.of("否决", "vetoed")),
                expertTotals);
    }

    /**
     * The README's worked example. Dropping 1 at each end: 47.40 + 31.78 = 79.18; none: 47.04 +
     * 30.80 = 77.84; 2: 48.00 + 32.00 = 80.00.
     */
    private static List<MethodResult> workedExample(boolean oralVetoed) {
        return List.of(
                result("oral-defense", "100", oralVetoed, "80", "95", "60", "72", "85"),
                result("performance-review", "60", false, "45", "30", "58", "50", "48"));
    }

    private static Map<String, String> defaults(PanelTrimmedMeanScheme scheme) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (ParameterSpec spec : scheme.parameters()) {
            defaults.put(spec.key(), spec.defaultValue());
        }
        return defaults;
    }

    private static void assertTotal(String expected, FinalResult result) {
        assertEquals(
                0,
                result.total().compareTo(new BigDecimal(expected)),
                result.total().toPlainString());
    }

    @Test
    void withoutConfigurationTheBuiltInDefaultsApply() {
        PanelTrimmedMeanScheme scheme = new PanelTrimmedMeanScheme(configured());

        assertEquals("1", defaults(scheme).get("dropEachEnd"));
        assertEquals("60", defaults(scheme).get("passLine"));
        assertEquals("true", defaults(scheme).get("honourVetoes"));
        assertTotal("79.18", scheme.combine(workedExample(false), plan()));
        assertTrue(scheme.configurationProblem().isEmpty());
    }

    @Test
    void configuredTrimmingIsReportedAndAppliesUnlessThePlanSetsItsOwn() {
        PanelTrimmedMeanScheme scheme = new PanelTrimmedMeanScheme(configured("dropEachEnd", "0"));

        assertEquals("0", defaults(scheme).get("dropEachEnd"));
        assertTotal("77.84", scheme.combine(workedExample(false), plan()));
        assertTotal("79.18", scheme.combine(workedExample(false), plan("dropEachEnd", "1")));
    }

    @Test
    void configuredPassLineAndVetoPolicyApplyWhenThePlanIsSilent() {
        PanelTrimmedMeanScheme scheme =
                new PanelTrimmedMeanScheme(configured("passLine", "80", "honourVetoes", "false"));

        assertFalse(scheme.combine(workedExample(false), plan()).passed());
        assertTrue(scheme.combine(workedExample(true), plan("passLine", "60")).passed());
        assertFalse(scheme.combine(workedExample(true), plan("passLine", "60", "honourVetoes", "true"))
                .passed());
    }

    @Test
    void modifiedAppliesAChangeWithoutARestart() {
        PanelTrimmedMeanScheme scheme = new PanelTrimmedMeanScheme(configured());

        scheme.defaults().configure(configured("dropEachEnd", "2"));

        assertEquals("2", defaults(scheme).get("dropEachEnd"));
        assertTotal("80.00", scheme.combine(workedExample(false), plan()));
    }

    @Test
    void invalidValueIsRefusedKeepingThePreviousValidDefaults() {
        PanelTrimmedMeanScheme scheme = new PanelTrimmedMeanScheme(configured("dropEachEnd", "2"));

        scheme.defaults().configure(configured("dropEachEnd", "-1", "passLine", "50"));

        assertEquals("2", defaults(scheme).get("dropEachEnd"));
        assertEquals("60", defaults(scheme).get("passLine"));
        assertTotal("80.00", scheme.combine(workedExample(false), plan()));
        LocalizedText problem = scheme.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains("org.skilleval.plugin.panel-trimmed-mean"), problem.en());
        assertTrue(problem.en().contains("dropEachEnd = \"-1\" (rule min)"), problem.en());
        assertTrue(problem.zh().contains("不能为负数"), problem.zh());
    }

    @Test
    void malformedValueAtFirstActivationKeepsTheBuiltInDefaults() {
        PanelTrimmedMeanScheme scheme = new PanelTrimmedMeanScheme(configured("passLine", "6O"));

        assertEquals("60", defaults(scheme).get("passLine"));
        assertTrue(scheme.configurationProblem().orElseThrow().en().contains("passLine = \"6O\" (rule decimal)"));
    }

    @Test
    void metatypeDesignatesThePidAndTypesEveryDefault() throws Exception {
        Configurations.Metatype metatype = Configurations.metatype(PanelTrimmedMeanScheme.PID);

        assertEquals("org.skilleval.plugin.panel-trimmed-mean", metatype.pid());
        assertEquals(
                Map.of("dropEachEnd", "Integer", "passLine", "Double", "honourVetoes", "Boolean"),
                metatype.attributes());
    }

    @Test
    void readmeTableAndMetatypeAreGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(new PanelTrimmedMeanScheme());
    }
}
