package org.skilleval.plugin.technicalchallenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.testing.ConfigurationContract;
import org.skilleval.plugin.testing.MethodOutcome;
import org.skilleval.plugin.testing.PluginTrial;

/** The plugin-wide defaults from Config Admin (PID {@value TechnicalChallengeMethod#PID}). */
class TechnicalChallengeConfigurationTest implements ConfigurationContract<TechnicalChallengeMethod> {

    @Override
    public Defaults<TechnicalChallengeMethod> contract() {
        return Defaults.of(TechnicalChallengeMethod::new, TechnicalChallengeMethod.PID)
                .parameter("minExperts", "3", "5", "0");
    }

    /** {@code experts} sheets of 22 + 30 + 20 = 72, the method configured with {@code defaults}. */
    private MethodOutcome panelOf(int experts, Map<String, Object> defaults, String... plan) {
        return PluginTrial.method(contract().activate(defaults))
                .with(plan)
                .panel(experts, "22", "30", "20")
                .run();
    }

    @Test
    void theFewestSheetsComeFromThePlanElseTheConfiguredDefaultElseTheBuiltInOne() {
        Map<String, Object> five = Map.of("minExperts", "5");

        assertEquals(List.of("min-experts"), panelOf(2, Map.of()).rules());
        assertEquals(0, new BigDecimal("72").compareTo(panelOf(3, Map.of()).score()));
        assertEquals(List.of("min-experts"), panelOf(4, five).rules());
        assertTrue(panelOf(5, five).valid());
        assertTrue(panelOf(2, five, "minExperts", "2").valid());
    }
}
