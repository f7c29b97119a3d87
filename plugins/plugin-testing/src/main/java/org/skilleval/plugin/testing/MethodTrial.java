package org.skilleval.plugin.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

/**
 * A method, its configuration and a panel's sheets, ready to {@link #run()}. Built by {@link
 * PluginTrial#method}; each call adds to it and returns it.
 */
public final class MethodTrial {

    private final AssessmentMethod method;
    private final Map<String, String> configuration = new LinkedHashMap<>();
    /** Each sheet, made at {@link #run()} from the score sheet's items (for rows of {@link #scores}). */
    private final List<Function<List<String>, ScoreSheet>> sheets = new ArrayList<>();

    private List<String> columns;

    MethodTrial(AssessmentMethod method) {
        this.method = method;
    }

    /** Sets one configuration key, as the work plan would. */
    public MethodTrial with(String key, String value) {
        configuration.put(key, value);
        return this;
    }

    /** Sets configuration keys from alternating keys and values. */
    public MethodTrial with(String... keysAndValues) {
        configuration.putAll(PluginTrial.pairs(keysAndValues));
        return this;
    }

    /** Adds one expert's sheet from alternating item ids and points (see {@link PluginTrial#sheet}). */
    public MethodTrial sheet(String expertId, String... itemsAndPoints) {
        return sheet(PluginTrial.sheet(expertId, itemsAndPoints));
    }

    /**
     * Names the items that {@link #scores} fills, in order, like the columns of a panel's score
     * table. Without it, {@code scores} fills the items of the method's score sheet under the
     * trial's configuration, in the sheet's order.
     */
    public MethodTrial items(String... itemIds) {
        columns = List.of(itemIds);
        return this;
    }

    /**
     * Adds one expert's sheet as a row of the panel's score table: the points of each item of
     * {@link #items}, in order: {@code scores("e1", "30", "27", "19", "19")}.
     */
    public MethodTrial scores(String expertId, String... points) {
        String[] row = points.clone();
        sheets.add(sheetItems -> {
            List<String> items = columns != null ? columns : sheetItems;
            if (row.length != items.size()) {
                throw new IllegalArgumentException("Expert " + expertId + ": " + row.length + " points for the "
                        + items.size() + " items " + items);
            }
            String[] pairs = new String[row.length * 2];
            for (int i = 0; i < row.length; i++) {
                pairs[2 * i] = items.get(i);
                pairs[2 * i + 1] = row[i];
            }
            return PluginTrial.sheet(expertId, pairs);
        });
        return this;
    }

    /**
     * Adds the sheets of a panel of {@code experts} experts, {@code e1} to {@code e<experts>}, who
     * all give the same points (as {@link #scores}): for what depends on the panel's size.
     */
    public MethodTrial panel(int experts, String... points) {
        for (int expert = 1; expert <= experts; expert++) {
            scores("e" + expert, points);
        }
        return this;
    }

    /** Adds one expert's sheet. */
    public MethodTrial sheet(ScoreSheet sheet) {
        sheets.add(sheetItems -> sheet);
        return this;
    }

    /**
     * Runs the method as the platform does: the configuration ({@code scoreSheet}), every sheet
     * ({@code validate}), then, when neither broke a rule, {@code evaluate}. What the method refuses
     * comes back as violations: the configuration's under {@code configuration.}, each sheet's
     * under {@code sheets[<expert>].}, the panel's as the method names them.
     *
     * @throws AssertionError when the method answers what the platform would refuse as {@code
     *     plugin-failed}: a result for another method, off its declared scale, an item not on its
     *     sheet, an expert total out of range, or nothing
     */
    public MethodOutcome run() {
        Parameters parameters = Parameters.of(configuration);
        List<Violation> violations = new ArrayList<>();
        ScoreSheetSchema schema;
        BigDecimal maxScore;
        try {
            schema = method.scoreSheet(parameters);
            maxScore = method.maxScore(parameters);
        } catch (InvalidInputException invalid) {
            Contract.prefixed("configuration.", invalid.violations(), violations);
            return new MethodOutcome(method.id(), configuration, violations, null);
        }
        List<String> sheetItems = schema.items().stream().map(ScoreItem::id).toList();
        List<ScoreSheet> panel = sheets.stream().map(s -> s.apply(sheetItems)).toList();
        for (ScoreSheet sheet : panel) {
            List<Violation> found = method.validate(sheet, parameters);
            Contract.require(found != null, method.id(), "validate returned nothing");
            Contract.prefixed("sheets[" + sheet.expertId() + "].", found, violations);
        }
        if (!violations.isEmpty()) {
            return new MethodOutcome(method.id(), configuration, violations, null);
        }
        MethodResult result;
        try {
            result = method.evaluate(panel, parameters);
        } catch (InvalidInputException invalid) {
            return new MethodOutcome(method.id(), configuration, invalid.violations(), null);
        }
        check(result, schema, maxScore);
        return new MethodOutcome(method.id(), configuration, List.of(), result);
    }

    /** The checks the core makes of every method result before it stores it. */
    private void check(MethodResult result, ScoreSheetSchema schema, BigDecimal maxScore) {
        String id = method.id();
        Contract.require(result != null, id, "evaluate returned nothing");
        Contract.require(
                id.equals(result.methodId()), id, "its result is for method " + result.methodId() + ", not " + id);
        Contract.require(
                maxScore != null && result.maxScore().compareTo(maxScore) == 0,
                id,
                "its result's maximum " + result.maxScore() + " is not its declared maxScore " + maxScore);
        for (Map.Entry<String, BigDecimal> item : result.itemScores().entrySet()) {
            ScoreItem declared = schema.item(item.getKey()).orElse(null);
            Contract.require(declared != null, id, "item " + item.getKey() + " is not on its score sheet");
            Contract.require(
                    item.getValue().signum() >= 0 && item.getValue().compareTo(declared.maxPoints()) <= 0,
                    id,
                    "item " + item.getKey() + " scores " + item.getValue() + ", outside [0, " + declared.maxPoints()
                            + "]");
        }
    }
}
