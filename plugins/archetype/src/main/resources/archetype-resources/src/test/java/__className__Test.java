package ${package};

#if ( $kind == "scheme" )
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.testing.GeneratedFiles;
import org.skilleval.plugin.testing.PluginTrial;
import org.skilleval.plugin.testing.SchemeOutcome;
import org.skilleval.plugin.testing.SchemeTrial;

/**
 * What the platform relies on, checked without a container by the SkillEval test kit: it runs the
 * scheme on the methods' results as a round does, configuration first.
 */
class ${className}Test {

    /** A 60/40 plan of two methods, each out of 100, with the pass line given. */
    private static SchemeTrial plan(String passLine) {
        return PluginTrial.scheme(new ${className}())
                .with("weight.oral-defense", "60", "weight.performance-review", "40")
                .with(${className}.PASS_LINE, passLine);
    }

    @Test
    void idIsWhatTheRegistryAccepts() {
        assertTrue(new ${className}().id().matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void theWeightedPercentagesAreTheTotal() {
        SchemeOutcome outcome = plan("70")
                .result("oral-defense", "80", "100")
                .result("performance-review", "45", "60")
                .run();

        // 80% × 60 + 75% × 40 = 48 + 30
        assertEquals(new BigDecimal("78.00"), outcome.total());
        assertTrue(outcome.passed());
        assertEquals(0, new BigDecimal("100").compareTo(outcome.maxTotal()));
    }

    @Test
    void belowThePassLineOrVetoedFails() {
        assertFalse(plan("80")
                .result("oral-defense", "80", "100")
                .result("performance-review", "45", "60")
                .run()
                .passed());
        assertFalse(plan("60")
                .vetoedResult("oral-defense", "95", "100")
                .result("performance-review", "60", "60")
                .run()
                .passed());
    }

    @Test
    void oneExpertBelowTheFloorFailsTheCandidate() {
        MethodResult oral = new MethodResult(
                "oral-defense",
                new BigDecimal("80"),
                new BigDecimal("100"),
                java.util.Map.of(),
                false,
                List.of(),
                java.util.Map.of("e1", new BigDecimal("95"), "e2", new BigDecimal("55"), "e3", new BigDecimal("90")));

        SchemeTrial trial = plan("60").result(oral).result("performance-review", "45", "60");
        assertTrue(trial.run().passed());
        assertFalse(trial.with(${className}.MIN_EXPERT_PERCENT, "60").run().passed());
    }

    @Test
    void weightsThatDoNotFitThePlanAreViolationsNamingTheKey() {
        SchemeOutcome outcome = PluginTrial.scheme(new ${className}())
                .with("weight.oral-defense", "70", "weight.performance-review", "40")
                .with(${className}.PASS_LINE, "101")
                .result("oral-defense", "80", "100")
                .result("performance-review", "45", "60")
                .run();

        assertFalse(outcome.valid());
        assertEquals(List.of("configuration.weight.*", "configuration.passLine"), outcome.fields());
        assertEquals(List.of("sum-100", "range"), outcome.rules());
    }

    @Test
    void theReadmeTableIsGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(new ${className}());
    }
}
#else
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.testing.AssessmentMethodContract;
import org.skilleval.plugin.testing.GeneratedFiles;
import org.skilleval.plugin.testing.MethodOutcome;
import org.skilleval.plugin.testing.MethodTrial;
import org.skilleval.plugin.testing.PluginTrial;

/**
 * What the platform relies on, checked without a container by the SkillEval test kit: it runs the
 * method on a panel's sheets as a round does, configuration first, then every sheet. The tests
 * every method must pass (level bands, full marks, the sheets and panels to refuse) come with
 * {@link AssessmentMethodContract}; the ones here are this method's own.
 */
class ${className}Test implements AssessmentMethodContract<${className}> {

    private final ${className} method = new ${className}();

    @Override
    public ${className} method() {
        return method;
    }

    /** The method with a panel's score table: workmanship, procedure, safety per expert. */
    private MethodTrial panel() {
        return PluginTrial.method(method)
                .scores("expert-1", "45", "25", "18")
                .scores("expert-2", "40", "20", "15")
                .scores("expert-3", "41", "22", "16");
    }

    @Test
    void idIsWhatTheRegistryAccepts() {
        assertTrue(method.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), method.id());
    }

    @Test
    void theSheetTotalsOneHundredAndEveryItemDescribesItsLevels() {
        assertEquals(0, new BigDecimal("100").compareTo(method.scoreSheet(Parameters.empty()).maxTotal()));
        for (ScoreItem item : method.scoreSheet(Parameters.empty()).items()) {
            assertFalse(item.levels().isEmpty(), item.id());
        }
    }

    @Test
    void theScoreIsTheSumOfTheItemMeans() {
        MethodOutcome outcome = panel().run();

        // item means 42, 22.33 and 16.33
        assertEquals(new BigDecimal("80.66"), outcome.score());
        assertEquals(new BigDecimal("88.00"), outcome.expertTotal("expert-1"));
        assertEquals(new BigDecimal("42.00"), outcome.requireResult().itemScores().get(${className}.WORKMANSHIP));
    }

    @Test
    void fewerExpertsThanConfiguredGiveNoResult() {
        MethodTrial alone = PluginTrial.method(method).scores("expert-1", "45", "25", "18");

        assertEquals(List.of("min-experts"), alone.run().rules());
        assertEquals(new BigDecimal("88.00"), alone.with(${className}.MIN_EXPERTS, "1").run().score());
        assertEquals(List.of("configuration." + ${className}.MIN_EXPERTS), alone.with(${className}.MIN_EXPERTS, "0").run().fields());
    }

    @Test
    void theReadmeTableIsGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(method);
    }
}
#end
