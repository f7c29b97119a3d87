package org.skilleval.plugin.oraldefense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.testing.ConfigurationContract;
import org.skilleval.plugin.testing.MethodOutcome;
import org.skilleval.plugin.testing.PluginTrial;

/** The plugin-wide defaults from Config Admin (PID {@value OralDefenseMethod#PID}). */
class OralDefenseConfigurationTest implements ConfigurationContract<OralDefenseMethod> {

    @Override
    public Defaults<OralDefenseMethod> contract() {
        return Defaults.of(OralDefenseMethod::new, OralDefenseMethod.PID).parameter("minExperts", "3", "5", "0");
    }

    private static final BigDecimal EIGHTY_FOUR = new BigDecimal("84");

    /** A panel of {@code experts} who each give 25 + 26 + 16 + 17 = 84. */
    private MethodOutcome panel(Map<String, Object> defaults, int experts, String... plan) {
        return PluginTrial.method(contract().activate(defaults))
                .with(plan)
                .panel(experts, "25", "26", "16", "17")
                .run();
    }

    @Test
    void theBuiltInFewestSheetsApplyWithoutConfiguration() {
        assertEquals(List.of("min-experts"), panel(Map.of(), 2).rules());
        assertEquals(0, EIGHTY_FOUR.compareTo(panel(Map.of(), 3).score()));
    }

    @Test
    void theConfiguredFewestSheetsApplyWhenThePlanIsSilent() {
        MethodOutcome tooFew = panel(Map.of("minExperts", "5"), 4);

        assertEquals(List.of("min-experts"), tooFew.rules());
        String why = tooFew.violations().get(0).message().en();
        assertTrue(why.contains("at least 5"), why);
        assertEquals(
                0, EIGHTY_FOUR.compareTo(panel(Map.of("minExperts", "5"), 5).score()));
    }

    @Test
    void thePlansValueWinsOverTheConfiguredDefault() {
        assertEquals(
                0,
                EIGHTY_FOUR.compareTo(
                        panel(Map.of("minExperts", "5"), 2, "minExperts", "2").score()));
    }

    @Test
    void aChangedDefaultAppliesToTheNextEvaluation() {
        OralDefenseMethod method = contract().activate(Map.of());

        method.defaults().configure(Map.of("minExperts", "1"));

        assertEquals(
                1,
                PluginTrial.method(method)
                        .panel(1, "25", "26", "16", "17")
                        .run()
                        .expertTotals()
                        .size());
    }
}
