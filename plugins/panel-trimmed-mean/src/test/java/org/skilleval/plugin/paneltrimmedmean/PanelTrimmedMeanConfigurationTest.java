package org.skilleval.plugin.paneltrimmedmean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.testing.ConfigurationContract;
import org.skilleval.plugin.testing.PluginTrial;
import org.skilleval.plugin.testing.SchemeOutcome;

/** The plugin-wide defaults from Config Admin (PID {@value PanelTrimmedMeanScheme#PID}). */
class PanelTrimmedMeanConfigurationTest implements ConfigurationContract<PanelTrimmedMeanScheme> {

    @Override
    public Defaults<PanelTrimmedMeanScheme> contract() {
        return Defaults.of(PanelTrimmedMeanScheme::new, PanelTrimmedMeanScheme.PID)
                .parameter("dropEachEnd", "1", "0", "-1")
                .parameter("passLine", "60", "80", "6O")
                .parameter("honourVetoes", "true", "false", "no");
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
     * The README's worked example, weighted 60 : 40. Dropping 1 at each end: 47.40 + 31.78 = 79.18;
     * none: 47.04 + 30.80 = 77.84; 2: 48.00 + 32.00 = 80.00.
     */
    private SchemeOutcome workedExample(Map<String, Object> defaults, boolean oralVetoed, String... plan) {
        return PluginTrial.scheme(contract().activate(defaults))
                .with("weight.oral-defense", "60", "weight.performance-review", "40")
                .with(plan)
                .result(result("oral-defense", "100", oralVetoed, "80", "95", "60", "72", "85"))
                .result(result("performance-review", "60", false, "45", "30", "58", "50", "48"))
                .run();
    }

    private static void assertTotal(String expected, SchemeOutcome verdict) {
        assertEquals(
                0,
                verdict.total().compareTo(new BigDecimal(expected)),
                verdict.total().toPlainString());
    }

    @Test
    void theConfiguredTrimmingAppliesUnlessThePlanSetsItsOwn() {
        assertTotal("79.18", workedExample(Map.of(), false));
        assertTotal("77.84", workedExample(Map.of("dropEachEnd", "0"), false));
        assertTotal("79.18", workedExample(Map.of("dropEachEnd", "0"), false, "dropEachEnd", "1"));
    }

    @Test
    void theConfiguredPassLineAndVetoPolicyApplyWhenThePlanIsSilent() {
        Map<String, Object> defaults = Map.of("passLine", "80", "honourVetoes", "false");

        assertFalse(workedExample(defaults, false).passed());
        assertTrue(workedExample(defaults, true, "passLine", "60").passed());
        assertFalse(workedExample(defaults, true, "passLine", "60", "honourVetoes", "true")
                .passed());
    }

    @Test
    void anInvalidTrimmingSaysWhyInChinese() {
        PanelTrimmedMeanScheme scheme = contract().activate(Map.of("dropEachEnd", "-1"));

        String why = scheme.configurationProblem().orElseThrow().zh();
        assertTrue(why.contains("不能为负数"), why);
    }
}
