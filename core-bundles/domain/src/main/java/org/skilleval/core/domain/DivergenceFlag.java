package org.skilleval.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * That an expert's submitted sheet diverges from the panel (评分分歧): on some items the expert's
 * points lie further than the configured gap from the panel's median of that item. The sheet
 * must be discussed again and the chair records the outcome before the candidate is evaluated.
 *
 * @param gap the gap in points the flag was computed with
 * @param items the diverging items, sorted by item id: the expert's points and the panel median
 * @param outcome what the chair decided; {@code null} while the flag is open
 * @param note the chair's note on the outcome; empty while open
 * @param decidedBy who recorded the outcome; {@code null} while open
 * @param decidedAt when the outcome was recorded; {@code null} while open
 */
public record DivergenceFlag(
        BigDecimal gap, Map<String, Item> items, Outcome outcome, String note, String decidedBy, Instant decidedAt) {

    /** What the panel decided on a diverging sheet. */
    public enum Outcome {
        /** The panel discussed the sheet and keeps its points. */
        KEPT,
        /** The chair unlocked the sheet for the expert to revise and resubmit. */
        REVISED
    }

    /**
     * One diverging item.
     *
     * @param points the expert's points; {@code null} where the reader may not see them
     * @param median the panel's median of the item over every member's submitted sheet
     */
    public record Item(BigDecimal points, BigDecimal median) {

        public Item {
            Objects.requireNonNull(median, "median");
        }
    }

    public DivergenceFlag {
        Objects.requireNonNull(gap, "gap");
        items = Collections.unmodifiableMap(new TreeMap<>(items));
        note = note == null ? "" : note;
    }

    /** A new, open flag. */
    public static DivergenceFlag open(BigDecimal gap, Map<String, Item> items) {
        return new DivergenceFlag(gap, items, null, "", null, null);
    }

    /** Whether the chair has yet to record an outcome. */
    public boolean undecided() {
        return outcome == null;
    }

    /** The copy with the chair's outcome. */
    public DivergenceFlag decided(Outcome newOutcome, String newNote, String by, Instant at) {
        return new DivergenceFlag(gap, items, Objects.requireNonNull(newOutcome, "outcome"), newNote, by, at);
    }

    /** The copy without the expert's points, for other members of the panel. */
    public DivergenceFlag withoutPoints() {
        Map<String, Item> medians = new TreeMap<>();
        items.forEach((item, value) -> medians.put(item, new Item(null, value.median())));
        return new DivergenceFlag(gap, medians, outcome, note, decidedBy, decidedAt);
    }
}
