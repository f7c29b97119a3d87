package org.skilleval.plugin.paneltrimmedmean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.skilleval.plugin.api.Scores;

/** The trimmed mean (去掉最高分和最低分取平均), as a pure function. */
final class TrimmedMean {

    private TrimmedMean() {}

    /**
     * The mean of {@code values} after dropping the {@code dropEachEnd} highest and the {@code
     * dropEachEnd} lowest, rounded like every combined score ({@link Scores#mean}). Equal values
     * are interchangeable: when two experts share the highest total, one of them is dropped.
     *
     * @param values the values, in any order; none {@code null}
     * @param dropEachEnd how many to drop at each end; not negative
     * @throws IllegalArgumentException when {@code dropEachEnd} is negative or fewer than
     *         {@code 2 × dropEachEnd + 1} values are given, so that none would be left
     */
    static BigDecimal trimmedMean(List<BigDecimal> values, int dropEachEnd) {
        if (dropEachEnd < 0) {
            throw new IllegalArgumentException("dropEachEnd must not be negative: " + dropEachEnd);
        }
        if (values.size() <= 2 * dropEachEnd) {
            throw new IllegalArgumentException("Dropping " + dropEachEnd + " at each end of " + values.size()
                    + " values leaves none; at least " + minimumCount(dropEachEnd) + " are needed");
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        return Scores.mean(sorted.subList(dropEachEnd, sorted.size() - dropEachEnd));
    }

    /** The fewest values {@link #trimmedMean} accepts for {@code dropEachEnd}. */
    static int minimumCount(int dropEachEnd) {
        return 2 * dropEachEnd + 1;
    }
}
