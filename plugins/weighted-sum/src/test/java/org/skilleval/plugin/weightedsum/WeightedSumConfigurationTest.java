package org.skilleval.plugin.weightedsum;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.testing.ConfigurationContract;
import org.skilleval.plugin.testing.PluginTrial;
import org.skilleval.plugin.testing.SchemeOutcome;
import org.skilleval.plugin.testing.SchemeTrial;

/** The plugin-wide defaults from Config Admin (PID {@value WeightedSumScheme#PID}). */
class WeightedSumConfigurationTest implements ConfigurationContract<WeightedSumScheme> {

    @Override
    public Defaults<WeightedSumScheme> contract() {
        return Defaults.of(WeightedSumScheme::new, WeightedSumScheme.PID)
                .parameter("passLine", "60", "77.5", "120")
                .parameter("honourVetoes", "true", "false", "maybe");
    }

    /** 82.50 % × 60 + 68.62 % × 40 = 76.95; the oral defence vetoed or not. */
    private SchemeOutcome verdict(Map<String, Object> defaults, boolean oralVetoed, String... plan) {
        SchemeTrial trial = PluginTrial.scheme(contract().activate(defaults))
                .with("weight.oral-defense", "60", "weight.performance-review", "40")
                .with(plan)
                .result("performance-review", "41.17", "60");
        return (oralVetoed
                        ? trial.vetoedResult("oral-defense", "82.50", "100")
                        : trial.result("oral-defense", "82.50", "100"))
                .run();
    }

    @Test
    void theConfiguredPassLineAppliesUnlessThePlanSetsItsOwn() {
        assertTrue(verdict(Map.of(), false).passed());
        assertFalse(verdict(Map.of("passLine", "80"), false).passed());
        assertTrue(verdict(Map.of("passLine", "80"), false, "passLine", "70").passed());
    }

    @Test
    void theConfiguredVetoPolicyAppliesUnlessThePlanSetsItsOwn() {
        assertFalse(verdict(Map.of(), true).passed());
        assertTrue(verdict(Map.of("honourVetoes", "false"), true).passed());
        assertFalse(verdict(Map.of("honourVetoes", "false"), true, "honourVetoes", "true")
                .passed());
    }
}
