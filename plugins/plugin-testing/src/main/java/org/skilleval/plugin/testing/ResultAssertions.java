package org.skilleval.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.skilleval.plugin.api.dto.MethodResult;

/** Assertions on a method's result that compare numbers by value: {@code 80} equals {@code 80.00}. */
public final class ResultAssertions {

    private ResultAssertions() {}

    /** The result scored {@code expectedScore} out of {@code expectedMax}. */
    public static void assertScore(String expectedScore, String expectedMax, MethodResult result) {
        assertEquals(0, result.score().compareTo(new BigDecimal(expectedScore)), result.score()::toPlainString);
        assertEquals(0, result.maxScore().compareTo(new BigDecimal(expectedMax)), result.maxScore()::toPlainString);
    }
}
