package org.skilleval.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

class ScoresTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** theory: 40 points, weight 1; practice: 30 points, weight 2, veto below 12. */
    private final ScoreSheetSchema schema = new ScoreSheetSchema(List.of(
            ScoreItem.of("theory", LocalizedText.of("理论", "Theory"), d("40")),
            new ScoreItem("practice", LocalizedText.of("实操", "Practice"), d("30"), d("2"), d("12"), List.of())));

    private static ScoreSheet sheet(String expert, Map<String, BigDecimal> points) {
        return new ScoreSheet(expert, points, null);
    }

    @Test
    void meanIsRoundedHalfUpToTwoPlaces() {
        assertEquals(d("1.01"), Scores.mean(List.of(d("1.00"), d("1.01"))));
        assertEquals(d("1.67"), Scores.mean(List.of(d("1"), d("2"), d("2"))));
        assertEquals(d("25.33"), Scores.mean(List.of(d("25"), d("24"), d("27"))));
        assertEquals(d("5.00"), Scores.mean(List.of(d("5"))));
    }

    @Test
    void meanOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Scores.mean(List.of()));
    }

    @Test
    void percentOfIsRounded() {
        assertEquals(d("68.62"), Scores.percentOf(d("41.17"), d("60")));
        assertEquals(d("100.00"), Scores.percentOf(d("60"), d("60")));
        assertEquals(d("2.35"), Scores.round(d("2.345")));
    }

    @Test
    void checkAcceptsAValidSheet() {
        assertEquals(List.of(), Scores.check(schema, sheet("e1", Map.of("theory", d("40"), "practice", d("0.25")))));
    }

    @Test
    void checkFindsMissingItems() {
        List<Violation> violations = Scores.check(schema, sheet("e1", Map.of("theory", d("30"))));
        assertEquals(1, violations.size());
        assertEquals("points.practice", violations.get(0).field());
        assertEquals("required", violations.get(0).rule());
    }

    @Test
    void checkFindsPointsOutOfRange() {
        List<Violation> violations =
                Scores.check(schema, sheet("e1", Map.of("theory", d("40.01"), "practice", d("-1"))));
        assertEquals(
                List.of("points.theory", "points.practice"),
                violations.stream().map(Violation::field).toList());
        assertEquals(
                List.of("range", "range"),
                violations.stream().map(Violation::rule).toList());
    }

    @Test
    void checkFindsTooManyDecimalPlaces() {
        List<Violation> violations =
                Scores.check(schema, sheet("e1", Map.of("theory", d("30.125"), "practice", d("20.100"))));
        assertEquals(1, violations.size());
        assertEquals("points.theory", violations.get(0).field());
        assertEquals("scale", violations.get(0).rule());
    }

    @Test
    void checkFindsUnknownItemsLast() {
        List<Violation> violations =
                Scores.check(schema, sheet("e1", Map.of("theory", d("30"), "practice", d("20"), "charisma", d("5"))));
        assertEquals(1, violations.size());
        assertEquals("points.charisma", violations.get(0).field());
        assertEquals("unknown", violations.get(0).rule());
    }

    @Test
    void requireValidPrefixesFieldsWithTheExpert() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> Scores.requireValid(
                        schema,
                        List.of(
                                sheet("e1", Map.of("theory", d("30"), "practice", d("20"))),
                                sheet("e7", Map.of("theory", d("50"), "practice", d("20"))))));
        assertEquals(1, e.violations().size());
        assertEquals("sheets[e7].points.theory", e.violations().get(0).field());
        assertThrows(InvalidInputException.class, () -> Scores.requireValid(schema, List.of()));
    }

    @Test
    void weightedTotalAppliesItemWeights() {
        Map<String, BigDecimal> means = Scores.itemMeans(
                schema,
                List.of(
                        sheet("e1", Map.of("theory", d("30"), "practice", d("20"))),
                        sheet("e2", Map.of("theory", d("31"), "practice", d("21"))),
                        sheet("e3", Map.of("theory", d("31"), "practice", d("21")))));
        assertEquals(Map.of("theory", d("30.67"), "practice", d("20.67")), means);
        assertEquals(d("72.01"), Scores.weightedTotal(schema, means));
        assertEquals(d("100"), schema.maxTotal());
    }

    @Test
    void sheetTotalsGiveEachExpertsWeightedTotal() {
        Map<String, BigDecimal> totals = Scores.sheetTotals(
                schema,
                List.of(
                        sheet("e1", Map.of("theory", d("30"), "practice", d("20"))),
                        sheet("e2", Map.of("theory", d("31.5"), "practice", d("21.25"))),
                        sheet("e3", Map.of("theory", d("40"), "practice", d("30")))));
        // 30 + 2 × 20; 31.5 + 2 × 21.25; full marks
        assertEquals(Map.of("e1", d("70.00"), "e2", d("74.00"), "e3", d("100.00")), totals);
        assertEquals(List.of("e1", "e2", "e3"), List.copyOf(totals.keySet()));
    }

    @Test
    void sheetTotalsRefuseTwoSheetsOfOneExpert() {
        ScoreSheet one = sheet("e1", Map.of("theory", d("30"), "practice", d("20")));
        assertThrows(IllegalArgumentException.class, () -> Scores.sheetTotals(schema, List.of(one, one)));
    }

    @Test
    void fullMarksNeverTotalAboveAMaximumWithMoreThanTwoPlaces() {
        // 25.55 × 1.65 = 42.1575, which rounds half up to 42.16: above what the sheet can total.
        ScoreSheetSchema odd = new ScoreSheetSchema(
                List.of(new ScoreItem("a", LocalizedText.of("甲", "A"), d("25.55"), d("1.65"), null, List.of())));
        ScoreSheet full = sheet("e1", Map.of("a", d("25.55")));

        assertEquals(d("42.1575"), odd.maxTotal());
        assertEquals(0, Scores.weightedTotal(odd, full.points()).compareTo(odd.maxTotal()));
        assertEquals(0, Scores.sheetTotals(odd, List.of(full)).get("e1").compareTo(odd.maxTotal()));
        assertEquals(d("42.14"), Scores.weightedTotal(odd, Map.of("a", d("25.54"))));
    }

    @Test
    void panelRefusesTwoSheetsOfOneExpertAndTooFewExperts() {
        ScoreSheet e1 = sheet("e1", Map.of("theory", d("30"), "practice", d("20")));
        ScoreSheet e2 = sheet("e2", Map.of("theory", d("30"), "practice", d("20")));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Scores.requirePanel(List.of(e1, e1, e2), 3));
        assertEquals(
                List.of("sheets[e1]", "sheets"),
                e.violations().stream().map(Violation::field).toList());
        assertEquals(
                List.of("duplicate", "min-experts"),
                e.violations().stream().map(Violation::rule).toList());
        assertEquals(
                "Only 2 expert(s) submitted a sheet; at least 3 are required",
                e.violations().get(1).message().en());
    }

    @Test
    void panelOfEnoughExpertsOrNoSheetPasses() {
        ScoreSheet e1 = sheet("e1", Map.of("theory", d("30"), "practice", d("20")));
        ScoreSheet e2 = sheet("e2", Map.of("theory", d("30"), "practice", d("20")));

        Scores.requirePanel(List.of(e1, e2), 2);
        // No sheet at all is requireValid's refusal (rule required), not a panel too small.
        Scores.requirePanel(List.of(), 2);
        assertThrows(InvalidInputException.class, () -> Scores.requirePanel(List.of(e1), 2));
    }

    @Test
    void weightsAddingUpTo100AreRead() {
        List<Violation> violations = new ArrayList<>();
        Map<String, BigDecimal> weights = Scores.weights(
                Parameters.of(Map.of("weight.b", "60", "weight.a", "40.0")), "weight.", Set.of("a", "b"), violations);

        assertEquals(List.of(), violations);
        assertEquals(Map.of("a", d("40.0"), "b", d("60")), weights);
        assertEquals(List.of("a", "b"), List.copyOf(weights.keySet()));
    }

    @Test
    void weightsReportEveryBrokenRuleInOrder() {
        List<Violation> violations = new ArrayList<>();
        Scores.weights(
                Parameters.of(Map.of("weight.a", "0", "weight.b", "50", "weight.x", "10")),
                "weight.",
                Set.of("a", "b", "c"),
                violations);

        assertEquals(
                List.of("weight.a", "weight.x", "weight.c", "weight.*"),
                violations.stream().map(Violation::field).toList());
        assertEquals(
                List.of("positive", "unknown-method", "required", "sum-100"),
                violations.stream().map(Violation::rule).toList());
        assertEquals(
                "The weights add up to 50; they must add up to exactly 100",
                violations.get(3).message().en());
    }

    @Test
    void weightsDoNotSumWhenOneCannotBeRead() {
        List<Violation> violations = new ArrayList<>();
        Scores.weights(Parameters.of(Map.of("weight.a", "forty")), "weight.", Set.of("a"), violations);

        assertEquals(
                List.of("decimal"), violations.stream().map(Violation::rule).toList());
    }

    @Test
    void vetoFiresOnlyBelowTheMark() {
        List<LocalizedText> reasons = Scores.vetoes(schema, Map.of("theory", d("40"), "practice", d("11.99")));
        assertEquals(1, reasons.size());
        assertTrue(
                reasons.get(0).en().contains("Practice") && reasons.get(0).en().contains("11.99"),
                reasons.get(0).en());
        assertEquals(List.of(), Scores.vetoes(schema, Map.of("theory", d("0"), "practice", d("12.00"))));
    }
}
