package org.skilleval.plugin.veto;

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

class VetoSchemeTest {

    private static final String ORAL = "oral-defense";
    private static final String REVIEW = "performance-review";
    private static final Set<String> PLAN = Set.of(ORAL, REVIEW);

    private final VetoScheme scheme = new VetoScheme(Map.of());

    private static Parameters config(String... keyValues) {
        return PluginTrial.configuration(keyValues);
    }

    private static Parameters sixtyForty(String... more) {
        return PluginTrial.configuration(new String[] {"weight." + ORAL, "60", "weight." + REVIEW, "40"}, more);
    }

    private static MethodResult oral(String score, String problemSolving, boolean vetoed) {
        List<LocalizedText> reasons = vetoed
                ? List.of(LocalizedText.of(
                        "一票否决：“解决生产技术难题能力”得分 " + problemSolving + " 低于 18 分",
                        "Veto: \"Solving hard production problems\" scored " + problemSolving + ", below 18"))
                : List.of();
        return new MethodResult(
                ORAL,
                new BigDecimal(score),
                new BigDecimal("100"),
                Map.of("problem-solving", new BigDecimal(problemSolving)),
                vetoed,
                reasons);
    }

    private static MethodResult review(String score) {
        return new MethodResult(REVIEW, new BigDecimal(score), new BigDecimal("60"), Map.of(), false, List.of());
    }

    /** 82.50 % × 60 + 41.17 / 60 = 68.62 % × 40 → 49.50 + 27.448 = 76.95. */
    private static List<MethodResult> results() {
        return List.of(oral("82.50", "24", false), review("41.17"));
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    private static List<String> fieldRules(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void describesItself() {
        assertEquals("veto", scheme.id());
        assertEquals("一票否决", scheme.name().zh());
        assertEquals("Veto", scheme.name().en());
        assertEquals(
                List.of("weight.*", "passLine", "minimum.*"),
                scheme.parameters().stream().map(ParameterSpec::key).toList());
    }

    @Test
    void withoutAVetoTheWeightedTotalDecides() {
        FinalResult result = scheme.combine(results(), sixtyForty("minimum.oral-defense", "60"));
        assertEquals(new BigDecimal("76.95"), result.total());
        assertTrue(result.passed());
        assertEquals(
                List.of(
                        "oral-defense：82.50 / 100 分，得分率 82.50% × 权重 60% = 49.50",
                        "performance-review：41.17 / 60 分，得分率 68.62% × 权重 40% = 27.45", "无一票否决，总分 76.95 达到合格线 60 分"),
                result.reasons().stream().map(LocalizedText::zh).toList());
    }

    @Test
    void totalExactlyAtThePassLinePassesAndJustBelowFails() {
        assertTrue(scheme.combine(results(), sixtyForty("passLine", "76.95")).passed());
        FinalResult below = scheme.combine(results(), sixtyForty("passLine", "76.96"));
        assertFalse(below.passed());
        assertEquals(
                "No veto, but total 76.95 is below the pass line 76.96: fail",
                below.reasons().get(2).en());
    }

    @Test
    void aVetoedMethodResultFailsTheCandidateWhateverTheTotal() {
        FinalResult result = scheme.combine(List.of(oral("98", "15", true), review("60")), sixtyForty());
        assertEquals(new BigDecimal("98.80"), result.total());
        assertFalse(result.passed());
        LocalizedText veto = result.reasons().get(0);
        assertEquals("一票否决：评审方式 oral-defense 否决了申报人（一票否决：“解决生产技术难题能力”得分 15 低于 18 分）", veto.zh());
        assertEquals(
                "Veto: method oral-defense vetoed the candidate (Veto: \"Solving hard production problems\" scored 15,"
                        + " below 18)",
                veto.en());
        assertTrue(result.reasons().get(result.reasons().size() - 1).zh().contains("无论总分多少均不予通过"));
    }

    @Test
    void aMethodScoreBelowItsMinimumFailsTheCandidate() {
        FinalResult result = scheme.combine(
                List.of(oral("59.99", "24", false), review("60")), sixtyForty("minimum.oral-defense", "60"));
        // 59.99 × 0.6 + 40 = 75.99: above the pass line, yet failed
        assertEquals(new BigDecimal("75.99"), result.total());
        assertFalse(result.passed());
        assertEquals(
                "一票否决：评审方式 oral-defense 得分 59.99 低于最低要求 60 分",
                result.reasons().get(0).zh());
        assertEquals(
                "Veto: method oral-defense scored 59.99, below its minimum 60",
                result.reasons().get(0).en());
    }

    @Test
    void aScoreExactlyAtItsMinimumIsNoVeto() {
        FinalResult result = scheme.combine(
                List.of(oral("60", "18", false), review("60")),
                sixtyForty("minimum.oral-defense", "60", "minimum.oral-defense.problem-solving", "18"));
        assertTrue(result.passed());
        assertEquals(new BigDecimal("76.00"), result.total());
    }

    @Test
    void anItemBelowItsMinimumFailsTheCandidateNamingMethodAndItem() {
        FinalResult result = scheme.combine(
                List.of(oral("90", "17.99", false), review("60")),
                sixtyForty("minimum.oral-defense.problem-solving", "18"));
        assertFalse(result.passed());
        assertEquals(
                "一票否决：评审方式 oral-defense 的评分项 problem-solving 得分 17.99 低于最低要求 18 分",
                result.reasons().get(0).zh());
        assertEquals(
                "Veto: item problem-solving of method oral-defense scored 17.99, below its minimum 18",
                result.reasons().get(0).en());
    }

    @Test
    void everyVetoIsListed() {
        FinalResult result = scheme.combine(
                List.of(oral("50", "10", true), review("20")),
                sixtyForty(
                        "minimum.oral-defense", "60",
                        "minimum.oral-defense.problem-solving", "18",
                        "minimum.performance-review", "36"));
        assertFalse(result.passed());
        assertEquals(
                4,
                result.reasons().stream()
                        .filter(r -> r.en().startsWith("Veto:"))
                        .count());
        assertTrue(result.reasons().get(result.reasons().size() - 1).en().contains("4 veto(es)"));
    }

    @Test
    void aValidConfigurationIsAccepted() {
        assertEquals(
                List.of(),
                scheme.validateConfiguration(
                        sixtyForty(
                                "passLine", "75",
                                "minimum.oral-defense", "60",
                                "minimum.oral-defense.problem-solving", "18",
                                "minimum.performance-review", "0"),
                        PLAN));
    }

    @Test
    void everyConfigurationProblemIsReported() {
        List<Violation> violations = scheme.validateConfiguration(
                config(
                        "weight." + ORAL,
                        "60%",
                        "weight.suzhou-master-studio",
                        "10",
                        "passLine",
                        "high",
                        "minimum.oral-defense",
                        "-1",
                        "minimum.oral-defense.",
                        "5",
                        "minimum.performance-review.quality",
                        "lots",
                        "minimum.technical-challenge",
                        "5",
                        "minimums.oral-defense",
                        "60"),
                PLAN);
        assertEquals(
                List.of(
                        "minimums.oral-defense:unknown",
                        "weight.oral-defense:decimal",
                        "weight.suzhou-master-studio:unknown-method",
                        "weight.performance-review:required",
                        "minimum.oral-defense:min",
                        "minimum.oral-defense.:unknown",
                        "minimum.performance-review.quality:decimal",
                        "minimum.technical-challenge:unknown-method",
                        "passLine:decimal"),
                fieldRules(violations));
        violations.forEach(
                v -> assertFalse(v.message().zh().isBlank() || v.message().en().isBlank()));
    }

    @Test
    void weightsMustBePositiveAndAddUpTo100() {
        assertEquals(
                List.of("sum-100"),
                rules(scheme.validateConfiguration(config("weight." + ORAL, "60", "weight." + REVIEW, "30"), PLAN)));
        assertEquals(
                List.of("positive"),
                rules(scheme.validateConfiguration(config("weight." + ORAL, "-10", "weight." + REVIEW, "110"), PLAN)));
    }

    @Test
    void passLineOutsideZeroToHundredIsRefused() {
        assertEquals(List.of("range"), rules(scheme.validateConfiguration(sixtyForty("passLine", "101"), PLAN)));
        assertEquals(List.of("range"), rules(scheme.validateConfiguration(sixtyForty("passLine", "-0.01"), PLAN)));
    }

    @Test
    void aMinimumAboveTheMethodsMaximumIsRefusedWhenCombining() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(results(), sixtyForty("minimum.performance-review", "61")));
        assertEquals(List.of("minimum.performance-review:range"), fieldRules(e.violations()));
    }

    @Test
    void aMinimumForAnItemTheResultDoesNotHaveIsRefusedWhenCombining() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(results(), sixtyForty("minimum.oral-defense.problem_solving", "18")));
        assertEquals(List.of("minimum.oral-defense.problem_solving:unknown-item"), fieldRules(e.violations()));
    }

    @Test
    void missingAndDuplicateResultsAreRefused() {
        InvalidInputException missing = assertThrows(
                InvalidInputException.class, () -> scheme.combine(List.of(oral("82.50", "24", false)), sixtyForty()));
        assertEquals(List.of("results[performance-review]:missing-result"), fieldRules(missing.violations()));

        InvalidInputException duplicate = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(
                        List.of(oral("82.50", "24", false), oral("70", "24", false), review("41")), sixtyForty()));
        assertEquals(List.of("duplicate"), rules(duplicate.violations()));
    }

    @Test
    void aMinimumForAMethodWithoutAResultMeansTheResultIsMissing() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(
                        List.of(oral("82.50", "24", false)),
                        config("weight." + ORAL, "100", "minimum.performance-review", "30")));
        assertTrue(fieldRules(e.violations()).contains("results[performance-review]:missing-result"), e::getMessage);
    }
}
