package org.skilleval.plugin.technicalchallenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.EvidenceType;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;
import org.skilleval.plugin.testing.AssessmentMethodContract;
import org.skilleval.plugin.testing.PluginTrial;

class TechnicalChallengeMethodTest implements AssessmentMethodContract<TechnicalChallengeMethod> {

    private static final Parameters VETO_AT_6 = config("vetoBelow.measured-effect", "6");

    private final TechnicalChallengeMethod method = new TechnicalChallengeMethod(Map.of());

    @Override
    public TechnicalChallengeMethod method() {
        return method;
    }

    private static ScoreSheet sheet(String expert, String problem, String solution, String effect) {
        return new ScoreSheet(
                expert,
                Map.of(
                        "problem", new BigDecimal(problem),
                        "solution", new BigDecimal(solution),
                        "measured-effect", new BigDecimal(effect)),
                "");
    }

    private static List<ScoreSheet> threeExperts() {
        return List.of(sheet("e1", "22", "30", "20"), sheet("e2", "20", "28.5", "18"), sheet("e3", "25", "33", "21"));
    }

    private static Parameters config(String... keyValues) {
        return PluginTrial.configuration(keyValues);
    }

    private static InvalidInputException refused(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run);
    }

    @Test
    void describesItselfAsTechnicalChallenge() {
        assertEquals("technical-challenge", method.id());
        assertEquals("技术攻关", method.name().zh());
        assertEquals("Technical challenge", method.name().en());
        assertEquals(
                List.of("minExperts", "vetoBelow.measured-effect"),
                method.parameters().stream().map(ParameterSpec::key).toList());
        assertEquals("3", method.parameters().get(0).defaultValue());
        assertNull(method.parameters().get(1).defaultValue());
    }

    @Test
    void evidenceAsksForTheProblemTheSolutionAndMeasurementsBeforeAndAfter() {
        List<EvidenceField> fields = method.evidence().fields();
        assertEquals(
                List.of(
                        "problem-statement",
                        "solution",
                        "indicator",
                        "measurement-before",
                        "measurement-after",
                        "completed-on",
                        "measurement-report",
                        "attachments"),
                fields.stream().map(EvidenceField::id).toList());
        assertEquals(EvidenceType.NUMBER, fields.get(3).type());
        assertEquals(EvidenceType.NUMBER, fields.get(4).type());
        assertEquals(
                List.of("completed-on", "attachments"),
                fields.stream()
                        .filter(f -> !f.required())
                        .map(EvidenceField::id)
                        .toList());
    }

    @Test
    void scoreSheetHasThreeItemsTotalling100WithFourBandsEach() {
        ScoreSheetSchema schema = method.scoreSheet(Parameters.empty());
        assertEquals(
                List.of("problem", "solution", "measured-effect"),
                schema.items().stream().map(ScoreItem::id).toList());
        assertEquals(
                List.of(30, 40, 30),
                schema.items().stream().map(i -> i.maxPoints().intValueExact()).toList());
        assertEquals(0, schema.maxTotal().compareTo(BigDecimal.valueOf(100)));
        for (ScoreItem item : schema.items()) {
            assertFalse(item.isVeto(), item.id());
            assertEquals(4, item.levels().size(), item.id());
        }
        assertTrue(schema.item("measured-effect")
                .orElseThrow()
                .levels()
                .get(0)
                .description()
                .zh()
                .contains("无攻关前后的实测数据"));
    }

    @Test
    void scoreIsTheSumOfItemMeansWithAReasonPerItem() {
        MethodResult result = method.evaluate(threeExperts(), Parameters.empty());

        assertEquals("technical-challenge", result.methodId());
        assertEquals(new BigDecimal("22.33"), result.itemScores().get("problem"));
        assertEquals(new BigDecimal("30.50"), result.itemScores().get("solution"));
        assertEquals(new BigDecimal("19.67"), result.itemScores().get("measured-effect"));
        assertEquals(new BigDecimal("72.50"), result.score());
        assertEquals(0, result.maxScore().compareTo(BigDecimal.valueOf(100)));
        assertFalse(result.vetoed());
        assertEquals(
                List.of(
                        "3 位评委平均分 72.50 / 100",
                        "难题的难度与意义：平均 22.33 / 30 分",
                        "解决方案的质量与创新性：平均 30.50 / 40 分",
                        "实测效果（攻关前后对比）：平均 19.67 / 30 分"),
                result.reasons().stream().map(r -> r.zh()).toList());
        assertEquals(
                "Measured effect (before and after): mean 19.67 / 30",
                result.reasons().get(3).en());
    }

    @Test
    void eachExpertsOwnSheetTotalIsReportedVetoedOrNot() {
        assertEquals(
                Map.of("e1", new BigDecimal("72.00"), "e2", new BigDecimal("66.50"), "e3", new BigDecimal("79.00")),
                method.evaluate(threeExperts(), Parameters.empty()).expertTotals());

        MethodResult vetoed = method.evaluate(
                List.of(sheet("e1", "28", "38", "3"), sheet("e2", "27", "37", "5"), sheet("e3", "29", "39", "9")),
                VETO_AT_6);
        assertTrue(vetoed.vetoed());
        assertEquals(
                Map.of("e1", new BigDecimal("69.00"), "e2", new BigDecimal("69.00"), "e3", new BigDecimal("77.00")),
                vetoed.expertTotals());
    }

    @Test
    void noMeasuredEffectFailsTheMethodUnderTheVetoMark() {
        ScoreItem item = method.scoreSheet(VETO_AT_6).item("measured-effect").orElseThrow();
        assertTrue(item.isVeto());
        assertEquals(new BigDecimal("6"), item.vetoBelow());

        List<ScoreSheet> noEffect =
                List.of(sheet("e1", "28", "38", "3"), sheet("e2", "27", "37", "5"), sheet("e3", "29", "39", "9"));
        MethodResult result = method.evaluate(noEffect, VETO_AT_6);

        assertTrue(result.vetoed());
        assertEquals(new BigDecimal("5.67"), result.itemScores().get("measured-effect"));
        assertEquals(new BigDecimal("71.67"), result.score());
        assertEquals(5, result.reasons().size());
        assertTrue(
                result.reasons().get(4).zh().contains("一票否决"),
                result.reasons().get(4).zh());
        assertTrue(
                result.reasons().get(4).zh().contains("实测效果"),
                result.reasons().get(4).zh());
        assertTrue(
                result.reasons().get(4).en().contains("5.67"),
                result.reasons().get(4).en());
    }

    @Test
    void measuredEffectMeanAtTheVetoMarkPasses() {
        List<ScoreSheet> atMark =
                List.of(sheet("e1", "20", "30", "5"), sheet("e2", "20", "30", "6"), sheet("e3", "20", "30", "7"));
        MethodResult result = method.evaluate(atMark, VETO_AT_6);
        assertFalse(result.vetoed());
        assertEquals(4, result.reasons().size());
    }

    @Test
    void withoutAVetoMarkNoMeasuredEffectOnlyCostsPoints() {
        List<ScoreSheet> noEffect =
                List.of(sheet("e1", "28", "38", "0"), sheet("e2", "27", "37", "0"), sheet("e3", "29", "39", "0"));
        MethodResult result = method.evaluate(noEffect, Parameters.empty());
        assertFalse(result.vetoed());
        assertEquals(new BigDecimal("66.00"), result.score());
    }

    @Test
    void vetoMarkZeroNeverVetoesAndThirtyRequiresFullMarks() {
        List<ScoreSheet> zero =
                List.of(sheet("e1", "0", "0", "0"), sheet("e2", "0", "0", "0"), sheet("e3", "0", "0", "0"));
        MethodResult nothing = method.evaluate(zero, config("vetoBelow.measured-effect", "0"));
        assertFalse(nothing.vetoed());
        assertEquals(0, nothing.score().signum());

        List<ScoreSheet> almost =
                List.of(sheet("e1", "30", "40", "30"), sheet("e2", "30", "40", "30"), sheet("e3", "30", "40", "29"));
        assertTrue(method.evaluate(almost, config("vetoBelow.measured-effect", "30"))
                .vetoed());
    }

    @Test
    void aPlanTakingTwoSheetsScoresTheirMean() {
        List<ScoreSheet> two = threeExperts().subList(0, 2);

        MethodResult result = method.evaluate(two, config("minExperts", "2"));
        assertEquals(new BigDecimal("69.25"), result.score());
        assertEquals("Mean of 2 experts: 69.25 / 100", result.reasons().get(0).en());
    }

    @Test
    void everyConfigurationViolationIsReportedNamingItsKey() {
        InvalidInputException e = refused(() -> method.scoreSheet(
                config("minExperts", "0", "vetoBelow.measured-effect", "30.01", "vetoBelow.solution", "10")));
        assertEquals(
                List.of("minExperts:min", "vetoBelow.measured-effect:range", "vetoBelow.solution:unknown"),
                e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList());
        for (Violation v : e.violations()) {
            assertTrue(v.message().zh().contains(v.field()), v.message().zh());
            assertTrue(v.message().en().contains(v.field()), v.message().en());
        }

        e = refused(() -> method.validate(threeExperts().get(0), config("vetoBelow.measured-effect", "-1")));
        assertEquals(
                "vetoBelow.measured-effect:range",
                e.violations().get(0).field() + ":" + e.violations().get(0).rule());

        e = refused(() -> method.evaluate(threeExperts(), config("vetoBelow.measured-effect", "six")));
        assertEquals(
                "vetoBelow.measured-effect:decimal",
                e.violations().get(0).field() + ":" + e.violations().get(0).rule());

        e = refused(() -> method.evaluate(threeExperts(), config("minExperts", "2.5")));
        assertEquals(
                "minExperts:integer",
                e.violations().get(0).field() + ":" + e.violations().get(0).rule());
    }
}
