package org.skilleval.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * The tests every assessment method must pass on its own score sheet, with its built-in defaults: its
 * level bands cover each item, a panel giving full marks scores its maximum, and the sheets and
 * panels the platform must refuse are refused, naming the expert and the item. A method's test class
 * implements it and JUnit runs the inherited tests beside the class's own, which are left with what
 * makes the method different:
 *
 * <pre>{@code
 * class OralDefenseMethodTest implements AssessmentMethodContract<OralDefenseMethod> {
 *     public OralDefenseMethod method() { return new OralDefenseMethod(Map.of()); }
 *     // the method's own scoring
 * }
 * }</pre>
 *
 * @param <M> the method
 */
public interface AssessmentMethodContract<M extends AssessmentMethod> {

    /** The method with its built-in defaults, as without Config Admin. */
    M method();

    @Test
    default void everyItemsBandsStartAtZeroAscendWithoutGapsAndEndAtItsMaximum() {
        for (ScoreItem item : sheet().items()) {
            List<LevelDescriptor> levels = item.levels();
            if (levels.isEmpty()) {
                continue;
            }
            assertEquals(0, levels.get(0).from().signum(), item.id());
            assertEquals(0, levels.get(levels.size() - 1).to().compareTo(item.maxPoints()), item.id());
            for (int band = 1; band < levels.size(); band++) {
                // Points carry two decimal places: a band ends 0.01 below the next one's start.
                BigDecimal nextStart = levels.get(band - 1).to().add(new BigDecimal("0.01"));
                assertEquals(0, nextStart.compareTo(levels.get(band).from()), item.id() + " band " + band);
            }
        }
    }

    @Test
    default void aPanelGivingFullMarksScoresTheMethodsMaximum() {
        MethodOutcome outcome =
                PluginTrial.method(method()).panel(fewestSheets(), fullMarks()).run();

        assertEquals(0, method().maxScore(Parameters.empty()).compareTo(outcome.score()), outcome.score()::toString);
        assertFalse(outcome.requireResult().vetoed());
    }

    @Test
    default void fewerSheetsThanThePanelNeedsAreRefused() {
        MethodOutcome none = PluginTrial.method(method()).run();
        MethodOutcome tooFew = PluginTrial.method(method())
                .panel(fewestSheets() - 1, fullMarks())
                .run();

        assertEquals(List.of("sheets"), none.fields());
        assertEquals(List.of("sheets"), tooFew.fields());
        if (fewestSheets() > 1) {
            assertEquals(List.of("min-experts"), tooFew.rules());
        }
    }

    @Test
    default void twoSheetsFromOneExpertAreRefused() {
        MethodOutcome outcome = PluginTrial.method(method())
                .panel(fewestSheets(), fullMarks())
                .scores("e1", fullMarks())
                .run();

        assertTrue(
                outcome.violations().stream()
                        .anyMatch(
                                v -> v.field().equals("sheets[e1]") && v.rule().equals("duplicate")),
                outcome.violations()::toString);
    }

    @Test
    default void pointsOutsideAnItemsRangeAreRefusedNamingTheExpertAndTheItem() {
        ScoreItem first = sheet().items().get(0);
        String[] above = fullMarks();
        above[0] = first.maxPoints().add(BigDecimal.ONE).toPlainString();
        String[] negative = fullMarks();
        negative[0] = "-1";

        MethodOutcome outcome = PluginTrial.method(method())
                .panel(fewestSheets(), fullMarks())
                .scores("above", above)
                .scores("negative", negative)
                .run();

        assertEquals(
                List.of("sheets[above].points." + first.id(), "sheets[negative].points." + first.id()),
                outcome.fields());
        assertEquals(List.of("range", "range"), outcome.rules());
        outcome.violations().forEach(violation -> {
            assertFalse(violation.message().zh().isBlank());
            assertFalse(violation.message().en().isBlank());
        });
    }

    @Test
    default void aMissingItemAndAnUnknownOneAreRefusedNamingBoth() {
        List<ScoreItem> items = sheet().items();
        List<String> pointsWithoutTheFirst = new ArrayList<>();
        for (ScoreItem item : items.subList(1, items.size())) {
            pointsWithoutTheFirst.add(item.id());
            pointsWithoutTheFirst.add(item.maxPoints().toPlainString());
        }
        pointsWithoutTheFirst.add("no-such-item");
        pointsWithoutTheFirst.add("1");

        MethodOutcome outcome = PluginTrial.method(method())
                .panel(fewestSheets(), fullMarks())
                .sheet("x", pointsWithoutTheFirst.toArray(String[]::new))
                .run();

        assertTrue(
                outcome.violations().stream()
                        .anyMatch(v -> v.field()
                                        .equals("sheets[x].points."
                                                + items.get(0).id())
                                && v.rule().equals("required")),
                outcome.violations()::toString);
        assertTrue(
                outcome.violations().stream()
                        .anyMatch(v -> v.field().equals("sheets[x].points.no-such-item")
                                && v.rule().equals("unknown")),
                outcome.violations()::toString);
    }

    @Test
    default void evaluateItselfRefusesAnInvalidSheetAsTheChecksDo() {
        // The platform checks every sheet first, but a method must not score what it would refuse.
        String[] above = fullMarks();
        above[0] = sheet().items().get(0).maxPoints().add(BigDecimal.ONE).toPlainString();
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int expert = 1; expert < fewestSheets(); expert++) {
            sheets.add(sheet("e" + expert, fullMarks()));
        }
        sheets.add(sheet("above", above));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> method().evaluate(sheets, Parameters.empty()));

        assertEquals(
                "sheets[above].points." + sheet().items().get(0).id(),
                refused.violations().get(0).field());
    }

    private ScoreSheetSchema sheet() {
        return method().scoreSheet(Parameters.empty());
    }

    private ScoreSheet sheet(String expertId, String[] points) {
        List<String> pairs = new ArrayList<>();
        List<ScoreItem> items = sheet().items();
        for (int i = 0; i < items.size(); i++) {
            pairs.add(items.get(i).id());
            pairs.add(points[i]);
        }
        return PluginTrial.sheet(expertId, pairs.toArray(String[]::new));
    }

    /** Each item's maximum, in the sheet's order. */
    private String[] fullMarks() {
        return sheet().items().stream()
                .map(item -> item.maxPoints().toPlainString())
                .toArray(String[]::new);
    }

    /** The fewest sheets the method takes by its built-in {@code minExperts}; 1 when it has none. */
    private int fewestSheets() {
        return method().parameters().stream()
                .filter(spec -> spec.key().equals("minExperts"))
                .map(ParameterSpec::defaultValue)
                .map(Integer::valueOf)
                .findFirst()
                .orElse(1);
    }
}
