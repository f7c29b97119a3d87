package com.example.nanjingequipment.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;
import org.skilleval.plugin.testing.GeneratedFiles;
import org.skilleval.plugin.testing.MethodOutcome;
import org.skilleval.plugin.testing.PluginTrial;

/** The method as the platform calls it, without a container. */
class MentoringOutcomeMethodTest {

    private final MentoringOutcomeMethod method = new MentoringOutcomeMethod();
    private final Parameters defaults = Parameters.empty();
    private final Parameters vetoBelowSixteen = Parameters.of(Map.of(MentoringOutcomeMethod.VETO_ADVANCEMENT, "16"));

    @Test
    void idIsWhatTheRegistryAccepts() {
        assertTrue(method.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), method.id());
        assertEquals("nanjing-equipment-mentoring", method.id());
    }

    @Test
    void theSheetTotalsOneHundredAndEveryItemDescribesItsLevelsWithoutGaps() {
        assertEquals(
                0, new BigDecimal("100").compareTo(method.scoreSheet(defaults).maxTotal()));
        for (ScoreItem item : method.scoreSheet(defaults).items()) {
            assertEquals(0, BigDecimal.ZERO.compareTo(item.levels().get(0).from()), item.id());
            assertEquals(
                    0,
                    item.maxPoints()
                            .compareTo(
                                    item.levels().get(item.levels().size() - 1).to()),
                    item.id());
        }
    }

    @Test
    void aSheetWithAMissingItemOrTooManyPointsIsRefusedItemByItem() {
        ScoreSheet sheet = new ScoreSheet(
                "NJ-EXP-01",
                Map.of(
                        MentoringOutcomeMethod.ADVANCEMENT,
                        new BigDecimal("41"),
                        MentoringOutcomeMethod.ACHIEVEMENTS,
                        new BigDecimal("20")),
                "");

        List<Violation> violations = method.validate(sheet, defaults);

        assertEquals(
                List.of("points.apprentice-advancement range", "points.passing-on required"),
                violations.stream().map(v -> v.field() + " " + v.rule()).toList());
    }

    @Test
    void theScoreIsTheMeanOfTheExpertsTotals() {
        MethodResult result = method.evaluate(
                List.of(sheet("NJ-EXP-01", 36, 24, 25), sheet("NJ-EXP-02", 32, 22, 24), sheet("NJ-EXP-03", 34, 20, 27)),
                defaults);

        // totals 85, 78 and 81
        assertEquals(new BigDecimal("81.33"), result.score());
        assertEquals(0, new BigDecimal("100").compareTo(result.maxScore()));
        assertEquals(new BigDecimal("34.00"), result.itemScores().get(MentoringOutcomeMethod.ADVANCEMENT));
        assertFalse(result.vetoed());
    }

    @Test
    void apprenticesWhoDidNotAdvanceVetoTheResultOnlyWhenThePlanSetsTheMark() {
        List<ScoreSheet> sheets =
                List.of(sheet("NJ-EXP-01", 10, 28, 28), sheet("NJ-EXP-02", 12, 27, 29), sheet("NJ-EXP-03", 14, 29, 27));

        MethodResult vetoed = method.evaluate(sheets, vetoBelowSixteen);
        MethodResult counted = method.evaluate(sheets, defaults);

        assertTrue(vetoed.vetoed());
        assertTrue(
                vetoed.reasons().get(1).zh().contains("一票否决"), vetoed.reasons().toString());
        assertEquals(new BigDecimal("68.00"), vetoed.score());
        assertFalse(counted.vetoed());
    }

    @Test
    void fewerExpertsThanConfiguredOrTwoSheetsFromOneExpertGiveNoResult() {
        InvalidInputException tooFew = assertThrows(
                InvalidInputException.class,
                () -> method.evaluate(
                        List.of(sheet("NJ-EXP-01", 36, 24, 25), sheet("NJ-EXP-02", 30, 20, 20)), defaults));
        InvalidInputException twice = assertThrows(
                InvalidInputException.class,
                () -> method.evaluate(
                        List.of(
                                sheet("NJ-EXP-01", 36, 24, 25),
                                sheet("NJ-EXP-01", 30, 20, 20),
                                sheet("NJ-EXP-02", 30, 20, 20)),
                        defaults));

        assertEquals("min-experts", tooFew.violations().get(0).rule());
        assertEquals(
                List.of("duplicate", "min-experts"),
                twice.violations().stream().map(Violation::rule).toList());
    }

    @Test
    void aPanelsScoreTableGivesTheScoreAndEachExpertsTotal() {
        // With the test kit, as the platform's trial run: advancement, achievements, passing on
        MethodOutcome panel = PluginTrial.method(method)
                .scores("NJ-EXP-01", "36", "27", "27")
                .scores("NJ-EXP-02", "30", "20", "25")
                .scores("NJ-EXP-03", "28", "21", "21")
                .run();

        assertEquals(new BigDecimal("78.33"), panel.score());
        assertEquals(new BigDecimal("90.00"), panel.expertTotal("NJ-EXP-01"));
        assertEquals(new BigDecimal("70.00"), panel.expertTotal("NJ-EXP-03"));

        MethodOutcome alone =
                PluginTrial.method(method).scores("NJ-EXP-01", "36", "27", "27").run();
        assertEquals(List.of("min-experts"), alone.rules());
        assertEquals(
                List.of("configuration.minExperts"),
                PluginTrial.method(method)
                        .with(MentoringOutcomeMethod.MIN_EXPERTS, "0")
                        .scores("NJ-EXP-01", "36", "27", "27")
                        .run()
                        .fields());
    }

    @Test
    void aMalformedConfigurationIsRefusedWithEveryProblemNamed() {
        Parameters broken = Parameters.of(
                Map.of(MentoringOutcomeMethod.MIN_EXPERTS, "0", MentoringOutcomeMethod.VETO_ADVANCEMENT, "45"));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> method.scoreSheet(broken));

        assertEquals(
                List.of("minExperts min", "vetoBelow.apprentice-advancement range"),
                refused.violations().stream()
                        .map(v -> v.field() + " " + v.rule())
                        .toList());
    }

    private static ScoreSheet sheet(String expert, int advancement, int achievements, int passingOn) {
        Map<String, BigDecimal> points = new HashMap<>();
        points.put(MentoringOutcomeMethod.ADVANCEMENT, BigDecimal.valueOf(advancement));
        points.put(MentoringOutcomeMethod.ACHIEVEMENTS, BigDecimal.valueOf(achievements));
        points.put(MentoringOutcomeMethod.PASSING_ON, BigDecimal.valueOf(passingOn));
        return new ScoreSheet(expert, points, "");
    }

    @Test
    void readmeTableIsGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(new MentoringOutcomeMethod());
    }
}
