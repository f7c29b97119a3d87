package org.skilleval.plugin.panelvote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShareTest {

    private static Share share(String text) {
        return Share.parse(text).orElseThrow();
    }

    @Test
    void readsFractionsPercentagesAndDecimals() {
        assertEquals(new BigDecimal("66.67"), share("2/3").percent());
        assertEquals(new BigDecimal("66.67"), share(" 2 / 3 ").percent());
        assertEquals(new BigDecimal("60.00"), share("60%").percent());
        assertEquals(new BigDecimal("60.00"), share("0.6").percent());
        assertEquals(new BigDecimal("100.00"), share("1").percent());
    }

    @Test
    void refusesWhatIsNoShare() {
        for (String text : List.of("", "two thirds", "2/0", "2/-3", "-1/3", "/3", "2/", "%", "-5%", "-0.5", "1/2/3")) {
            assertTrue(Share.parse(text).isEmpty(), text);
        }
    }

    @Test
    void aProperShareLiesAboveZeroAndAtMostOne() {
        assertTrue(share("1").isProper());
        assertTrue(share("100%").isProper());
        assertTrue(share("3/3").isProper());
        assertFalse(share("0").isProper());
        assertFalse(share("0/3").isProper());
        assertFalse(share("4/3").isProper());
        assertFalse(share("100.01%").isProper());
    }

    @Test
    void twoThirdsIsComparedExactly() {
        Share twoThirds = share("2/3");
        // 2 of 3 experts, mean of 0/1 points rounded to 0.67: reaches two thirds
        assertTrue(twoThirds.reachedBy(new BigDecimal("0.67"), BigDecimal.ONE));
        // 2 of 3 on 0/100 points: 66.67
        assertTrue(twoThirds.reachedBy(new BigDecimal("66.67"), new BigDecimal("100")));
        // 0.6666 is below two thirds, however close
        assertFalse(twoThirds.reachedBy(new BigDecimal("0.6666"), BigDecimal.ONE));
        // 3 of 5
        assertFalse(twoThirds.reachedBy(new BigDecimal("0.60"), BigDecimal.ONE));
    }

    @Test
    void exactlyTheShareReachesIt() {
        assertTrue(share("60%").reachedBy(new BigDecimal("0.6"), BigDecimal.ONE));
        assertFalse(share("60%").reachedBy(new BigDecimal("0.59"), BigDecimal.ONE));
        assertTrue(share("1/2").reachedBy(new BigDecimal("0.5"), BigDecimal.ONE));
    }
}
