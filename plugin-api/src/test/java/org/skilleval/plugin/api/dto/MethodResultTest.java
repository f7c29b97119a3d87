package org.skilleval.plugin.api.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodResultTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theConstructorOfApi10ReportsNoExpertTotals() {
        MethodResult result = new MethodResult("oral-defense", d("80"), d("100"), Map.of(), false, List.of());
        assertEquals(Map.of(), result.expertTotals());
        assertEquals(
                Map.of(),
                new MethodResult("oral-defense", d("80"), d("100"), Map.of(), false, List.of(), null).expertTotals());
    }

    @Test
    void expertTotalsAreCopied() {
        Map<String, BigDecimal> totals = new HashMap<>(Map.of("e1", d("80"), "e2", d("100")));
        MethodResult result = new MethodResult("oral-defense", d("90"), d("100"), Map.of(), false, List.of(), totals);
        totals.put("e3", d("0"));
        assertEquals(Map.of("e1", d("80"), "e2", d("100")), result.expertTotals());
        assertThrows(
                UnsupportedOperationException.class, () -> result.expertTotals().put("e4", d("1")));
    }

    @Test
    void anExpertTotalOutsideZeroToMaxScoreIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new MethodResult(
                        "oral-defense", d("90"), d("100"), Map.of(), false, List.of(), Map.of("e1", d("100.01"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> new MethodResult(
                        "oral-defense", d("90"), d("100"), Map.of(), false, List.of(), Map.of("e1", d("-0.01"))));
    }
}
