package org.skilleval.plugin.paneltrimmedmean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

class PanelTrimmedMeanSchemeTest {

    private static final String ORAL = "oral-defense";
    private static final String REVIEW = "performance-review";
    private static final Set<String> PLAN = Set.of(ORAL, REVIEW);

    /** The experts' totals per method, as the methods report them in their results. */
    private final Map<String, Map<String, BigDecimal>> sheetTotals = new HashMap<>();

    private final PanelTrimmedMeanScheme scheme = new PanelTrimmedMeanScheme(Map.of());

    private void totals(String methodId, String... values) {
        Map<String, BigDecimal> byExpert = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            byExpert.put("expert-" + (i + 1), new BigDecimal(values[i]));
        }
        sheetTotals.put(methodId, byExpert);
    }

    private static Parameters config(String... keyValues) {
        return PluginTrial.configuration(keyValues);
    }

    private static Parameters sixtyForty(String... more) {
        return PluginTrial.configuration(new String[] {"weight." + ORAL, "60", "weight." + REVIEW, "40"}, more);
    }

    /**
     * The method's result with the experts' totals set by {@link #totals}; none when not set (a
     * plugin built against API 1.0). The method's own score (the plain mean) is deliberately not
     * what the scheme uses.
     */
    private MethodResult result(String methodId, String score, String max, boolean vetoed) {
        List<LocalizedText> reasons = vetoed
                ? List.of(LocalizedText.of("一票否决：“解决生产技术难题能力”得分 15 低于 18 分", "Veto: problem solving 15 below 18"))
                : List.of();
        return new MethodResult(
                methodId,
                new BigDecimal(score),
                new BigDecimal(max),
                Map.of(),
                vetoed,
                reasons,
                sheetTotals.getOrDefault(methodId, Map.of()));
    }

    /**
     * Oral defence 60 72 80 85 95 → 79.00 / 100 = 79.00% × 60 = 47.40; review (of 60) 30 45 48 50
     * 58 → 47.67 / 60 = 79.45% × 40 = 31.78; total 79.18.
     */
    private List<MethodResult> workedExample(boolean oralVetoed) {
        totals(ORAL, "80", "95", "60", "72", "85");
        totals(REVIEW, "45", "30", "58", "50", "48");
        return List.of(result(ORAL, "78.40", "100", oralVetoed), result(REVIEW, "46.20", "60", false));
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    void describesItself() {
        assertEquals("panel-trimmed-mean", scheme.id());
        assertEquals("去掉最高分和最低分取平均", scheme.name().zh());
        assertEquals("Panel trimmed mean", scheme.name().en());
        assertEquals(
                List.of("weight.*", "dropEachEnd", "passLine", "honourVetoes"),
                scheme.parameters().stream().map(ParameterSpec::key).toList());
        assertTrue(scheme.parameters().get(0).required());
        assertEquals("1", scheme.parameters().get(1).defaultValue());
        assertEquals("60", scheme.parameters().get(2).defaultValue());
    }

    @Test
    void aPlanCanChooseTheSchemeNowThatMethodsReportExpertTotals() {
        assertEquals(List.of(), scheme.validateConfiguration(sixtyForty(), PLAN));
        assertFalse(scheme.description().zh().contains("暂不能选用"));
    }

    @Test
    void eachMethodTakesTheTrimmedMeanOfItsExpertsThenTheWeightsApply() {
        FinalResult result = scheme.combine(workedExample(false), sixtyForty());

        assertEquals(new BigDecimal("79.18"), result.total());
        assertTrue(result.passed());
        assertEquals(3, result.reasons().size());
        assertEquals(
                "oral-defense：5 位评委总分 60、72、80、85、95，去掉最高分 95 和最低分 60 后平均 79.00 / 100 分，"
                        + "得分率 79.00% × 权重 60% = 47.40",
                result.reasons().get(0).zh());
        assertEquals(
                "performance-review: totals of 5 experts 30, 45, 48, 50, 58; dropping the highest 58 and the"
                        + " lowest 30 leaves a mean of 47.67 / 60 = 79.45% × weight 40% = 31.78",
                result.reasons().get(1).en());
        assertEquals(
                "Total 79.18 reaches the pass line 60", result.reasons().get(2).en());
    }

    @Test
    void reasonsDoNotNameTheExperts() {
        FinalResult result = scheme.combine(workedExample(false), sixtyForty());
        result.reasons().forEach(r -> assertFalse(r.zh().contains("expert-") || r.en().contains("expert-"), r.en()));
    }

    @Test
    void totalExactlyAtThePassLinePasses() {
        FinalResult result = scheme.combine(workedExample(false), sixtyForty("passLine", "79.18"));
        assertTrue(result.passed());
    }

    @Test
    void totalJustBelowThePassLineFails() {
        FinalResult result = scheme.combine(workedExample(false), sixtyForty("passLine", "79.19"));
        assertFalse(result.passed());
        assertEquals("总分 79.18 低于合格线 79.19 分，不予通过", result.reasons().get(2).zh());
    }

    @Test
    void aTieAtTheTopDropsOnlyOneOfTheTiedTotals() {
        totals(ORAL, "95", "95", "80", "70", "60");
        totals(REVIEW, "60", "60", "60");
        FinalResult result = scheme.combine(
                List.of(result(ORAL, "80", "100", false), result(REVIEW, "60", "60", false)), sixtyForty());
        // (95 + 80 + 70) / 3 = 81.67 → 49.002; 60/60 → 40
        assertEquals(new BigDecimal("89.00"), result.total());
        assertTrue(result.reasons().get(0).zh().contains("去掉最高分 95 和最低分 60 后平均 81.67"));
    }

    @Test
    void dropEachEndIsConfigurable() {
        totals(ORAL, "99", "50", "75", "90", "70", "55", "80");
        totals(REVIEW, "10", "20", "30", "40", "50");
        FinalResult result = scheme.combine(
                List.of(result(ORAL, "74.14", "100", false), result(REVIEW, "30", "60", false)),
                sixtyForty("dropEachEnd", "2"));
        // 75.00 % × 60 = 45.00; 30 / 60 = 50 % × 40 = 20.00
        assertEquals(new BigDecimal("65.00"), result.total());
        assertTrue(result.reasons().get(0).zh().contains("去掉最高的 2 个（90、99）和最低的 2 个（50、55）"));

        result = scheme.combine(
                List.of(result(ORAL, "74.14", "100", false), result(REVIEW, "30", "60", false)),
                sixtyForty("dropEachEnd", "0"));
        // plain means: 74.14 % × 60 = 44.484; 30 / 60 × 40 = 20
        assertEquals(new BigDecimal("64.48"), result.total());
        assertTrue(result.reasons().get(0).en().contains("none dropped; mean 74.14"));
    }

    @Test
    void tooFewExpertsToTrimAreRefused() {
        totals(ORAL, "80", "90");
        totals(REVIEW, "45", "30", "58");
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(
                        List.of(result(ORAL, "85", "100", false), result(REVIEW, "44.33", "60", false)), sixtyForty()));
        assertEquals(List.of("too-few-experts"), rules(e.violations()));
        assertEquals("results[oral-defense].expertTotals", e.violations().get(0).field());
    }

    @Test
    void aResultOfAnApi10MethodWithoutExpertTotalsIsRefusedNamingTheMethod() {
        workedExample(false);
        MethodResult api10 =
                new MethodResult(REVIEW, new BigDecimal("46.20"), new BigDecimal("60"), Map.of(), false, List.of());
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(List.of(result(ORAL, "78.40", "100", false), api10), sixtyForty()));
        assertEquals(List.of("expert-totals-missing"), rules(e.violations()));
        Violation missing = e.violations().get(0);
        assertEquals("results[performance-review].expertTotals", missing.field());
        assertTrue(
                missing.message().zh().contains("评审方式 performance-review 的结果中没有各评委的总分"),
                missing.message().zh());
        assertTrue(
                missing.message().en().contains("method performance-review"),
                missing.message().en());
        assertTrue(
                missing.message().en().contains("plugin API 1.0"),
                missing.message().en());
    }

    @Test
    void vetoedResultFailsTheCandidateWhateverTheTotal() {
        FinalResult result = scheme.combine(workedExample(true), sixtyForty());
        assertEquals(new BigDecimal("79.18"), result.total());
        assertFalse(result.passed());
        LocalizedText veto = result.reasons().get(3);
        assertTrue(veto.zh().startsWith("评审方式 oral-defense 一票否决，不予通过（一票否决："), veto.zh());
    }

    @Test
    void vetoesAreIgnoredWhenThePlanDoesNotHonourThem() {
        FinalResult result = scheme.combine(workedExample(true), sixtyForty("honourVetoes", "false"));
        assertTrue(result.passed());
        assertTrue(result.reasons().get(3).en().contains("does not honour vetoes"));
    }

    @Test
    void aValidConfigurationIsAccepted() {
        assertEquals(List.of(), scheme.validateConfiguration(sixtyForty(), PLAN));
        assertEquals(
                List.of(),
                scheme.validateConfiguration(
                        sixtyForty("dropEachEnd", "0", "passLine", "100", "honourVetoes", "false"), PLAN));
    }

    @Test
    void everyConfigurationProblemIsReported() {
        List<Violation> violations = scheme.validateConfiguration(
                config(
                        "weight." + ORAL,
                        "sixty",
                        "weight.technical-challenge",
                        "10",
                        "dropEachEnd",
                        "one",
                        "passLine",
                        "high",
                        "honourVetoes",
                        "yes",
                        "passline",
                        "70"),
                PLAN);
        assertEquals(
                List.of(
                        "passline:unknown",
                        "weight.oral-defense:decimal",
                        "weight.technical-challenge:unknown-method",
                        "weight.performance-review:required",
                        "dropEachEnd:integer",
                        "passLine:decimal",
                        "honourVetoes:boolean"),
                violations.stream().map(v -> v.field() + ":" + v.rule()).toList());
    }

    @Test
    void weightsMustBePositiveAndAddUpTo100() {
        assertEquals(
                List.of("sum-100"),
                rules(scheme.validateConfiguration(config("weight." + ORAL, "60", "weight." + REVIEW, "30"), PLAN)));
        List<Violation> violations =
                scheme.validateConfiguration(config("weight." + ORAL, "0", "weight." + REVIEW, "100"), PLAN);
        assertEquals(List.of("positive"), rules(violations));
        assertEquals("weight." + ORAL, violations.get(0).field());
    }

    @Test
    void dropEachEndAndPassLineOutOfRangeAreRefused() {
        assertEquals(List.of("min"), rules(scheme.validateConfiguration(sixtyForty("dropEachEnd", "-1"), PLAN)));
        assertEquals(List.of("range"), rules(scheme.validateConfiguration(sixtyForty("passLine", "100.01"), PLAN)));
        assertEquals(List.of("range"), rules(scheme.validateConfiguration(sixtyForty("passLine", "-1"), PLAN)));
    }

    @Test
    void missingAndDuplicateResultsAreRefused() {
        workedExample(false);
        InvalidInputException missing = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(List.of(result(ORAL, "78.40", "100", false)), sixtyForty()));
        assertEquals(List.of("missing-result"), rules(missing.violations()));
        assertEquals("results[performance-review]", missing.violations().get(0).field());

        InvalidInputException duplicate = assertThrows(
                InvalidInputException.class,
                () -> scheme.combine(
                        List.of(
                                result(ORAL, "78.40", "100", false),
                                result(ORAL, "70", "100", false),
                                result(REVIEW, "46.20", "60", false)),
                        sixtyForty()));
        assertEquals(List.of("duplicate"), rules(duplicate.violations()));
    }

    @Test
    void combiningWithAnInvalidConfigurationIsRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> scheme.combine(workedExample(false), sixtyForty("passLine", "120")));
        assertEquals(List.of("range"), rules(e.violations()));
    }
}
