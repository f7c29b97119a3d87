package ${package};

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
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;

/** What the platform relies on, checked without a container: construct the component and call it. */
class ${className}Test {

    private final ${className} method = new ${className}();
    private final Parameters defaults = Parameters.empty();

    @Test
    void idIsWhatTheRegistryAccepts() {
        assertTrue(method.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), method.id());
    }

    @Test
    void theSheetTotalsOneHundredAndEveryItemDescribesItsLevels() {
        assertEquals(
                0, new BigDecimal("100").compareTo(method.scoreSheet(defaults).maxTotal()));
        for (ScoreItem item : method.scoreSheet(defaults).items()) {
            assertFalse(item.levels().isEmpty(), item.id());
        }
    }

    @Test
    void aSheetWithAMissingItemOrTooManyPointsIsRefusedItemByItem() {
        ScoreSheet sheet = sheet("expert-1", 51, 20, null);

        List<String> fields =
                method.validate(sheet, defaults).stream().map(Violation::field).toList();

        assertEquals(
                List.of("points." + ${className}.WORKMANSHIP, "points." + ${className}.SAFETY), fields);
    }

    @Test
    void theScoreIsTheMeanOfTheExpertsTotals() {
        MethodResult result = method.evaluate(
                List.of(sheet("expert-1", 45, 25, 18), sheet("expert-2", 40, 20, 15), sheet("expert-3", 41, 22, 16)),
                defaults);

        // totals 88, 75, 79: mean 80.67
        assertEquals(new BigDecimal("80.67"), result.score());
        assertEquals(0, new BigDecimal("100").compareTo(result.maxScore()));
        assertEquals(new BigDecimal("42.00"), result.itemScores().get(${className}.WORKMANSHIP));
    }

    @Test
    void fewerExpertsThanConfiguredGiveNoResult() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> method.evaluate(List.of(sheet("expert-1", 45, 25, 18)), defaults));

        assertEquals("min-experts", refused.violations().get(0).rule());
        assertEquals(
                new BigDecimal("88.00"),
                method.evaluate(
                                List.of(sheet("expert-1", 45, 25, 18)),
                                Parameters.of(Map.of(${className}.MIN_EXPERTS, "1")))
                        .score());
    }

    private static ScoreSheet sheet(String expert, Integer workmanship, Integer procedure, Integer safety) {
        Map<String, BigDecimal> points = new java.util.HashMap<>();
        points.put(${className}.WORKMANSHIP, BigDecimal.valueOf(workmanship));
        points.put(${className}.PROCEDURE, BigDecimal.valueOf(procedure));
        if (safety != null) {
            points.put(${className}.SAFETY, BigDecimal.valueOf(safety));
        }
        return new ScoreSheet(expert, points, "");
    }
}
