package org.skilleval.plugin.veto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.testing.ConfigurationContract;
import org.skilleval.plugin.testing.PluginTrial;
import org.skilleval.plugin.testing.SchemeOutcome;

/** The plugin-wide defaults from Config Admin (PID {@value VetoScheme#PID}). */
class VetoConfigurationTest implements ConfigurationContract<VetoScheme> {

    @Override
    public Defaults<VetoScheme> contract() {
        return Defaults.of(VetoScheme::new, VetoScheme.PID).parameter("passLine", "60", "80", "-5");
    }

    /** One method, 76.95 of 100, no veto. */
    private SchemeOutcome verdict(Map<String, Object> defaults, String... plan) {
        return PluginTrial.scheme(contract().activate(defaults))
                .with("weight.technical-challenge", "100")
                .with(plan)
                .result("technical-challenge", "76.95", "100")
                .run();
    }

    @Test
    void theConfiguredPassLineAppliesUnlessThePlanSetsItsOwn() {
        assertTrue(verdict(Map.of()).passed());
        assertFalse(verdict(Map.of("passLine", "80")).passed());
        assertTrue(verdict(Map.of("passLine", "80"), "passLine", "76.95").passed());
    }

    @Test
    void aChangedPassLineAppliesToTheNextVerdict() {
        VetoScheme scheme = contract().activate(Map.of());

        scheme.defaults().configure(Map.of("passLine", "77"));

        assertFalse(PluginTrial.scheme(scheme)
                .with("weight.technical-challenge", "100")
                .result("technical-challenge", "76.95", "100")
                .run()
                .passed());
    }
}
