package org.skilleval.plugin.weightedsum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.Violation;
import org.skilleval.plugin.testing.PluginTrial;

class WeightedSumSchemeTest {

    private static final String ORAL = "oral-defense";
    private static final String REVIEW = "performance-review";
    private static final Set<String> PLAN = Set.of(ORAL, REVIEW);

    private final WeightedSumScheme scheme = new WeightedSumScheme(Map.of());

    private static Parameters config(String... keyValues) {
        return PluginTrial.configuration(keyValues);
    }

    private static Parameters sixtyForty(String... more) {
        return PluginTrial.configuration(new String[] {"weight." + ORAL, "60", "weight." + REVIEW, "40"}, more);
    }

    private static MethodResult result(String methodId, String score, String max, boolean vetoed) {
        List<LocalizedText> reasons =
                vetoed ? List.of(LocalizedText.of("一票否决：关键项不合格", "Veto: key item failed")) : List.of();
        return new MethodResult(methodId, new BigDecimal(score), new BigDecimal(max), Map.of(), vetoed, reasons);
    }

    /** 82.50 % × 60 + 68.62 % × 40 = 49.50 + 27.448 = 76.948 → 76.95. */
    private static List<MethodResult> results(boolean oralVetoed) {
        return List.of(result(ORAL, "82.50", "100", oralVetoed), result(REVIEW, "41.17", "60", false));
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    void describesItselfAsWeightedSum() {
        assertEquals("weighted-sum", scheme.id());
        assertEquals("加权求和", scheme.name().zh());
        assertEquals("Weighted sum", scheme.name().en());
        assertEquals(
                List.of("weight.*", "passLine", "honourVetoes"),
                scheme.parameters().stream().map(ParameterSpec::key).toList());
        assertTrue(scheme.parameters().get(0).required());
        assertEquals("60", scheme.parameters().get(1).defaultValue());
        assertEquals("true", scheme.parameters().get(2).defaultValue());
    }

    @Test
    void weightsAddingUpTo100AreAccepted() {
        assertEquals(List.of(), scheme.validateConfiguration(sixtyForty(), PLAN));
        assertEquals(
                List.of(),
                scheme.validateConfiguration(
                        config(
                                "weight." + ORAL,
                                "33.33",
                                "weight." + REVIEW,
                                "66.670",
                                "passLine",
                                "75.5",
                                "honourVetoes",
                                "false"),
                        PLAN));
    }

    @Test
    void weightsNotAddingUpTo100AreRefused() {
        List<Violation> violations =
                scheme.validateConfiguration(config("weight." + ORAL, "60", "weight." + REVIEW, "30"), PLAN);
        assertEquals(List.of("sum-100"), rules(violations));
        assertEquals("weight.*", violations.get(0).field());
        assertTrue(
                violations.get(0).message().en().contains("90"),
                violations.get(0).message().en());
        assertTrue(
                violations.get(0).message().zh().contains("90"),
                violations.get(0).message().zh());
    }

    @Test
    void missingWeightForAMethodOfThePlanIsRefused() {
        List<Violation> violations = scheme.validateConfiguration(config("weight." + ORAL, "100"), PLAN);
        assertEquals(1, violations.size());
        assertEquals("weight." + REVIEW, violations.get(0).field());
        assertEquals("required", violations.get(0).rule());
    }

    @Test
    void weightForAMethodNotInThePlanIsRefused() {
        List<Violation> violations = scheme.validateConfiguration(sixtyForty("weight.technical-challenge", "10"), PLAN);
        assertEquals(1, violations.size());
        assertEquals("weight.technical-challenge", violations.get(0).field());
        assertEquals("unknown-method", violations.get(0).rule());
    }

    @Test
    void nonPositiveWeightsAreRefused() {
        List<Violation> violations =
                scheme.validateConfiguration(config("weight." + ORAL, "0", "weight." + REVIEW, "100"), PLAN);
        assertEquals(List.of("positive"), rules(violations));
        assertEquals("weight." + ORAL, violations.get(0).field());

        violations = scheme.validateConfiguration(config("weight." + ORAL, "-20", "weight." + REVIEW, "120"), PLAN);
        assertEquals(List.of("positive"), rules(violations));
    }

    @Test
    void malformedValuesAreRefusedNamingTheKey() {
        List<Violation> violations = scheme.validateConfiguration(
                config("weight." + ORAL, "sixty", "weight." + REVIEW, "40", "passLine", "high", "honourVetoes", "yes"),
                PLAN);
        assertEquals(
                List.of("weight." + ORAL, "passLine", "honourVetoes"),
                violations.stream().map(Violation::field).toList());
        assertEquals(List.of("decimal", "decimal", "boolean"), rules(violations));
    }

    @Test
    void passLineOutsideZeroToHundredIsRefused() {
        for (String passLine : List.of("100.01", "-1")) {
            List<Violation> violations = scheme.validateConfiguration(sixtyForty("passLine", passLine), PLAN);
            assertEquals(List.of("range"), rules(violations), passLine);
            assertEquals("passLine", violations.get(0).field());
        }
        assertEquals(List.of(), scheme.validateConfiguration(sixtyForty("passLine", "100"), PLAN));
        assertEquals(List.of(), scheme.validateConfiguration(sixtyForty("passLine", "0"), PLAN));
    }

    @Test
    void totalIsTheWeightedSumOfPercentages() {
        FinalResult result = scheme.combine(results(false), sixtyForty());

        assertEquals(new BigDecimal("76.95"), result.total());
        assertTrue(result.passed());
        List<LocalizedText> reasons = result.reasons();
        assertEquals(3, reasons.size());
        assertEquals(
                "oral-defense：82.50 / 100 分，得分率 82.50% × 权重 60% = 49.50",
                reasons.get(0).zh());
        assertEquals(
                "oral-defense: 82.50 / 100 = 82.50% × weight 60% = 49.50",
                reasons.get(0).en());
        assertEquals(
                "performance-review: 41.17 / 60 = 68.62% × weight 40% = 27.45",
                reasons.get(1).en());
        assertEquals("Total 76.95 reaches the pass line 60", reasons.get(2).en());
    }

    @Test
    void totalExactlyAtThePassLinePasses() {
        FinalResult result = scheme.combine(results(false), sixtyForty("passLine", "76.95"));
        assertEquals(new BigDecimal("76.95"), result.total());
        assertTrue(result.passed());
    }

    @Test
    void totalJustBelowThePassLineFails() {
        FinalResult result = scheme.combine(results(false), sixtyForty("passLine", "76.96"));
        assertFalse(result.passed());
        assertTrue(
                result.reasons().get(2).en().contains("below the pass line 76.96"),
                result.reasons().get(2).en());
    }

    @Test
    void vetoedResultFailsTheCandidateEvenWithAHighTotal() {
        List<MethodResult> results = List.of(result(ORAL, "98", "100", true), result(REVIEW, "60", "60", false));
        FinalResult result = scheme.combine(results, sixtyForty());

        assertEquals(new BigDecimal("98.80"), result.total());
        assertFalse(result.passed());
        LocalizedText veto = result.reasons().get(result.reasons().size() - 1);
        assertTrue(veto.zh().contains("一票否决") && veto.zh().contains(ORAL), veto.zh());
        assertTrue(veto.en().contains("Veto: key item failed"), veto.en());
    }

    @Test
    void vetoesAreIgnoredWhenThePlanDoesNotHonourThem() {
        List<MethodResult> results = List.of(result(ORAL, "98", "100", true), result(REVIEW, "60", "60", false));
        FinalResult result = scheme.combine(results, sixtyForty("honourVetoes", "false"));

        assertEquals(new BigDecimal("98.80"), result.total());
        assertTrue(result.passed());
        assertTrue(result.reasons().get(result.reasons().size() - 1).en().contains("does not honour vetoes"));
    }

    @Test
    void combiningWithAnInvalidConfigurationIsRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(results(false), config("weight." + ORAL, "60", "weight." + REVIEW, "30")));
        assertEquals(List.of("sum-100"), rules(e.violations()));
    }

    @Test
    void combiningWithoutAResultForAWeightedMethodIsRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(List.of(result(ORAL, "82.50", "100", false)), sixtyForty()));
        assertEquals(List.of("missing-result"), rules(e.violations()));
        assertEquals("results[" + REVIEW + "]", e.violations().get(0).field());
    }

    @Test
    void combiningAResultWithoutAWeightIsRefused() {
        List<MethodResult> results = List.of(
                result(ORAL, "82.50", "100", false),
                result(REVIEW, "41.17", "60", false),
                result("technical-challenge", "10", "10", false));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> scheme.combine(results, sixtyForty()));
        assertTrue(
                e.violations().stream()
                        .anyMatch(v -> v.field().equals("weight.technical-challenge")
                                && v.rule().equals("required")),
                e::getMessage);
    }

    @Test
    void twoResultsForOneMethodAreRefused() {
        List<MethodResult> results = List.of(
                result(ORAL, "82.50", "100", false),
                result(ORAL, "70", "100", false),
                result(REVIEW, "41.17", "60", false));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> scheme.combine(results, sixtyForty()));
        assertEquals(List.of("duplicate"), rules(e.violations()));
    }
}
