package org.skilleval.plugin.api.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One line of a score sheet.
 *
 * <p>An expert awards between 0 and {@code maxPoints} for the item. The item contributes
 * {@code points × weight} to the sheet's total. A <em>veto item</em> (一票否决项) has a
 * {@code vetoBelow} mark: when the points the panel awards for it (as combined by the method) fall
 * below that mark, the method's result is vetoed whatever the total.
 *
 * @param id stable key of the item within its score sheet
 * @param label what is assessed, in Chinese and English
 * @param maxPoints the most points an expert may award; positive
 * @param weight multiplier applied to the points in the total; positive, usually 1
 * @param vetoBelow for a veto item, the mark below which the candidate fails; {@code null} otherwise
 * @param levels descriptors of the bands of points, in ascending order; may be empty
 */
public record ScoreItem(
        String id,
        LocalizedText label,
        BigDecimal maxPoints,
        BigDecimal weight,
        BigDecimal vetoBelow,
        List<LevelDescriptor> levels) {

    public ScoreItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(weight, "weight");
        if (maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("ScoreItem " + id + ": maxPoints must be positive");
        }
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("ScoreItem " + id + ": weight must be positive");
        }
        if (vetoBelow != null && (vetoBelow.signum() < 0 || vetoBelow.compareTo(maxPoints) > 0)) {
            throw new IllegalArgumentException("ScoreItem " + id + ": vetoBelow must lie in [0, maxPoints]");
        }
        levels = List.copyOf(levels);
    }

    /** An item with weight 1, no veto and no level descriptors. */
    public static ScoreItem of(String id, LocalizedText label, BigDecimal maxPoints) {
        return new ScoreItem(id, label, maxPoints, BigDecimal.ONE, null, List.of());
    }

    /**
     * An item with weight 1 and no veto, its bands of points described by {@code levels} in
     * ascending order.
     *
     * @since 1.2
     */
    public static ScoreItem of(String id, LocalizedText label, BigDecimal maxPoints, List<LevelDescriptor> levels) {
        return new ScoreItem(id, label, maxPoints, BigDecimal.ONE, null, levels);
    }

    /**
     * This item, failing the candidate when it scores below {@code threshold}; {@code null} makes
     * it an ordinary item. For a plan that chooses whether an item vetoes.
     *
     * @since 1.2
     */
    public ScoreItem withVetoBelow(BigDecimal threshold) {
        return new ScoreItem(id, label, maxPoints, weight, threshold, levels);
    }

    /** Whether failing this item fails the candidate (一票否决). */
    public boolean isVeto() {
        return vetoBelow != null;
    }
}
