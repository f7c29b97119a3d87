package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalInputTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "0E+10000000",
                "85.5",
                "-3",
                "100.00",
                "999999999999999",
                "0.0000000001",
                "1.50000000000000000000",
                "0.3333333333"
            })
    void ordinaryNumbersPassUnchanged(String raw) {
        BigDecimal value = new BigDecimal(raw);
        assertEquals(value, DecimalInput.check(value, "points.x"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e10000000",
                "1e-10000000",
                "-1E+999999999",
                "1E+16",
                "1000000000000000",
                "0.00000000001",
                "0.3333333333333333"
            })
    void hugeOrOverPreciseNumbersAreRefusedWithoutEchoingThem(String raw) {
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> DecimalInput.check(new BigDecimal(raw), "points.x"));
        assertEquals("points.x", refused.field());
        assertEquals("number-range", refused.rule());
        assertTrue(refused.messageEn().length() < 200);
        assertTrue(!refused.messageEn().contains(raw) && !refused.messageZh().contains(raw));
    }

    @Test
    void nullIsLeftToTheCaller() {
        assertNull(DecimalInput.check(null, "points.x"));
    }
}
