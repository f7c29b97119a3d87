package org.skilleval.plugin.paneltrimmedmean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrimmedMeanTest {

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void dropsTheHighestAndTheLowestAndAveragesTheRest() {
        assertEquals(new BigDecimal("79.00"), TrimmedMean.trimmedMean(values("95", "60", "80", "72", "85"), 1));
    }

    @Test
    void orderOfTheValuesDoesNotMatter() {
        assertEquals(
                TrimmedMean.trimmedMean(values("60", "72", "80", "85", "95"), 1),
                TrimmedMean.trimmedMean(values("85", "95", "72", "60", "80"), 1));
    }

    @Test
    void dropsOnlyOneOfTwoEqualHighestTotals() {
        // 95 and 95 tie for the highest: one is dropped, the other counts.
        assertEquals(new BigDecimal("81.67"), TrimmedMean.trimmedMean(values("95", "95", "80", "70", "60"), 1));
    }

    @Test
    void allEqualTotalsGiveThatTotal() {
        assertEquals(new BigDecimal("88.00"), TrimmedMean.trimmedMean(values("88", "88", "88"), 1));
    }

    @Test
    void dropsSeveralAtEachEnd() {
        // 50 55 | 70 75 80 | 90 99
        assertEquals(
                new BigDecimal("75.00"), TrimmedMean.trimmedMean(values("99", "50", "75", "90", "70", "55", "80"), 2));
    }

    @Test
    void droppingNoneIsThePlainMean() {
        assertEquals(new BigDecimal("78.40"), TrimmedMean.trimmedMean(values("60", "72", "80", "85", "95"), 0));
    }

    @Test
    void exactlyTwicePlusOneValuesLeaveTheMedian() {
        assertEquals(new BigDecimal("72.50"), TrimmedMean.trimmedMean(values("99", "72.5", "10"), 1));
        assertEquals(3, TrimmedMean.minimumCount(1));
        assertEquals(5, TrimmedMean.minimumCount(2));
    }

    @Test
    void roundsHalfUpToTwoPlaces() {
        // (80 + 80.01 + 80.02) / 3 = 80.01; (70 + 70 + 70.01) / 3 = 70.0033… → 70.00; (1 + 1 + 1.005)/3 → 1.00
        assertEquals(new BigDecimal("80.01"), TrimmedMean.trimmedMean(values("0", "80", "80.01", "80.02", "100"), 1));
        assertEquals(new BigDecimal("70.00"), TrimmedMean.trimmedMean(values("0", "70", "70", "70.01", "100"), 1));
        // 0.005 rounds up: (0.01 + 0.00) / 2 = 0.005 → 0.01
        assertEquals(new BigDecimal("0.01"), TrimmedMean.trimmedMean(values("0", "0.01", "0", "1"), 1));
    }

    @Test
    void tooFewValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrimmedMean.trimmedMean(values("80", "90"), 1));
        assertThrows(IllegalArgumentException.class, () -> TrimmedMean.trimmedMean(values("1", "2", "3", "4"), 2));
        assertThrows(IllegalArgumentException.class, () -> TrimmedMean.trimmedMean(List.of(), 0));
    }

    @Test
    void negativeDropIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrimmedMean.trimmedMean(values("1", "2", "3"), -1));
    }
}
