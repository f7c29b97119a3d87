package org.skilleval.plugin.oraldefense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.testing.AssessmentMethodContract;
import org.skilleval.plugin.testing.MethodOutcome;
import org.skilleval.plugin.testing.MethodTrial;
import org.skilleval.plugin.testing.PluginTrial;

class OralDefenseMethodTest implements AssessmentMethodContract<OralDefenseMethod> {

    private final OralDefenseMethod method = new OralDefenseMethod(Map.of());

    @Override
    public OralDefenseMethod method() {
        return method;
    }

    private static ScoreSheet sheet(
            String expert, String knowledge, String problemSolving, String innovation, String expression) {
        return PluginTrial.sheet(
                expert,
                "professional-knowledge",
                knowledge,
                "problem-solving",
                problemSolving,
                "innovation",
                innovation,
                "expression",
                expression);
    }

    private static List<ScoreSheet> threeExperts() {
        return List.of(
                sheet("e1", "25", "26", "16", "17"),
                sheet("e2", "24", "22.5", "15", "16"),
                sheet("e3", "27", "25", "17.5", "18"));
    }

    /** The method run as the platform runs it, on these sheets and configuration. */
    private MethodOutcome run(List<ScoreSheet> sheets, String... configuration) {
        MethodTrial trial = PluginTrial.method(method).with(configuration);
        sheets.forEach(trial::sheet);
        return trial.run();
    }

    private static Parameters config(String... keyValues) {
        return PluginTrial.configuration(keyValues);
    }

    @Test
    void describesItselfAsOralDefence() {
        assertEquals("oral-defense", method.id());
        assertEquals("口头答辩", method.name().zh());
        assertEquals("Oral defence", method.name().en());
        assertEquals(
                List.of("minExperts", "vetoBelow.problem-solving"),
                method.parameters().stream().map(ParameterSpec::key).toList());
        assertEquals("3", method.parameters().get(0).defaultValue());
        List<EvidenceField> fields = method.evidence().fields();
        assertEquals(3, fields.size());
        assertEquals(
                List.of(true, true, false),
                fields.stream().map(EvidenceField::required).toList());
    }

    @Test
    void scoreSheetHasFourItemsTotalling100WithThreeOrFourBandsEach() {
        ScoreSheetSchema schema = method.scoreSheet(Parameters.empty());
        assertEquals(
                List.of("professional-knowledge", "problem-solving", "innovation", "expression"),
                schema.items().stream().map(ScoreItem::id).toList());
        assertEquals(0, schema.maxTotal().compareTo(BigDecimal.valueOf(100)));
        for (ScoreItem item : schema.items()) {
            assertFalse(item.isVeto(), item.id());
            assertTrue(item.levels().size() >= 3 && item.levels().size() <= 4, item.id());
        }
    }

    @Test
    void scoreIsTheSumOfItemMeansOverThreeExperts() {
        MethodResult result = run(threeExperts()).requireResult();

        assertEquals("oral-defense", result.methodId());
        assertEquals(new BigDecimal("25.33"), result.itemScores().get("professional-knowledge"));
        assertEquals(new BigDecimal("24.50"), result.itemScores().get("problem-solving"));
        assertEquals(new BigDecimal("16.17"), result.itemScores().get("innovation"));
        assertEquals(new BigDecimal("17.00"), result.itemScores().get("expression"));
        assertEquals(new BigDecimal("83.00"), result.score());
        assertEquals(0, result.maxScore().compareTo(BigDecimal.valueOf(100)));
        assertFalse(result.vetoed());
        assertEquals(1, result.reasons().size());
        assertEquals("3 位评委平均分 83.00 / 100", result.reasons().get(0).zh());
        assertEquals("Mean of 3 experts: 83.00 / 100", result.reasons().get(0).en());
    }

    @Test
    void eachExpertsOwnSheetTotalIsReported() {
        // 25 + 26 + 16 + 17; 24 + 22.5 + 15 + 16; 27 + 25 + 17.5 + 18: their mean is the score
        assertEquals(
                Map.of("e1", new BigDecimal("84.00"), "e2", new BigDecimal("77.50"), "e3", new BigDecimal("87.50")),
                run(threeExperts()).expertTotals());
    }

    @Test
    void aPlanTakingTwoSheetsScoresTheirMean() {
        MethodOutcome result = run(threeExperts().subList(0, 2), "minExperts", "2");
        assertEquals(new BigDecimal("80.75"), result.score());
        assertEquals(
                "Mean of 2 experts: 80.75 / 100",
                result.result().reasons().get(0).en());
    }

    @Test
    void validSheetHasNoViolations() {
        assertEquals(List.of(), method.validate(threeExperts().get(0), config("vetoBelow.problem-solving", "18")));
    }

    @Test
    void problemSolvingMeanBelowTheVetoMarkVetoesTheResult() {
        Parameters veto = config("vetoBelow.problem-solving", "18");
        ScoreItem item = method.scoreSheet(veto).item("problem-solving").orElseThrow();
        assertTrue(item.isVeto());
        assertEquals(new BigDecimal("18"), item.vetoBelow());

        List<ScoreSheet> sheets = List.of(
                sheet("e1", "28", "15", "19", "19"),
                sheet("e2", "28", "17", "19", "19"),
                sheet("e3", "28", "20", "19", "19"));
        MethodResult result = run(sheets, "vetoBelow.problem-solving", "18").requireResult();

        assertTrue(result.vetoed());
        assertEquals(new BigDecimal("17.33"), result.itemScores().get("problem-solving"));
        assertEquals(new BigDecimal("83.33"), result.score());
        assertEquals(2, result.reasons().size());
        assertTrue(
                result.reasons().get(1).zh().contains("一票否决"),
                result.reasons().get(1).zh());
        assertTrue(
                result.reasons().get(1).en().contains("17.33"),
                result.reasons().get(1).en());
    }

    @Test
    void problemSolvingMeanAtTheVetoMarkIsNotVetoed() {
        List<ScoreSheet> sheets = List.of(
                sheet("e1", "28", "17", "19", "19"),
                sheet("e2", "28", "18", "19", "19"),
                sheet("e3", "28", "19", "19", "19"));
        MethodResult result = run(sheets, "vetoBelow.problem-solving", "18").requireResult();
        assertFalse(result.vetoed());
        assertEquals(1, result.reasons().size());
    }

    @Test
    void lowProblemSolvingIsNotVetoedWithoutAVetoMark() {
        List<ScoreSheet> sheets = List.of(
                sheet("e1", "28", "5", "19", "19"),
                sheet("e2", "28", "5", "19", "19"),
                sheet("e3", "28", "5", "19", "19"));
        assertFalse(run(sheets).requireResult().vetoed());
    }

    @Test
    void vetoMarkOutsideTheItemRangeIsRefusedNamingTheKey() {
        for (String mark : List.of("30.01", "-0.5")) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> method.scoreSheet(config("vetoBelow.problem-solving", mark)),
                    mark);
            assertEquals("vetoBelow.problem-solving", e.violations().get(0).field());
            assertEquals("range", e.violations().get(0).rule());
        }
        assertEquals(
                List.of("configuration.vetoBelow.problem-solving"),
                run(threeExperts(), "vetoBelow.problem-solving", "40").fields());
    }

    @Test
    void malformedConfigurationIsRefusedNamingTheKey() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> method.validate(threeExperts().get(0), config("vetoBelow.problem-solving", "eighteen")));
        assertEquals("vetoBelow.problem-solving", e.violations().get(0).field());
        assertEquals("decimal", e.violations().get(0).rule());

        MethodOutcome three = run(threeExperts(), "minExperts", "three");
        assertEquals(List.of("configuration.minExperts"), three.fields());
        assertEquals(List.of("integer"), three.rules());

        MethodOutcome zero = run(threeExperts(), "minExperts", "0");
        assertEquals(List.of("configuration.minExperts"), zero.fields());
        assertEquals(List.of("min"), zero.rules());
    }
}
