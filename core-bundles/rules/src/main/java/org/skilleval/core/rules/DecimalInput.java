package org.skilleval.core.rules;

import java.math.BigDecimal;

/**
 * The decimals a client may send: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal
 * point and {@value #MAX_FRACTION_DIGITS} after it (trailing zeros aside). Scores, weights and
 * counts of the programme need far less; the bound exists because a ten-byte number such as
 * {@code 1e10000000} is a {@code BigDecimal} with ten million digits once anyone prints or adds it.
 */
public final class DecimalInput {

    /** The most digits before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** The most digits after the decimal point, trailing zeros not counted. */
    public static final int MAX_FRACTION_DIGITS = 10;

    private DecimalInput() {}

    /**
     * Checks a decimal's size without ever expanding it: the test reads its precision and scale only.
     *
     * @param value the number; {@code null} is returned as {@code null}
     * @param field the input's name, carried by any refusal
     * @return {@code value} unchanged
     * @throws RuleViolationException with rule {@code number-range}; the message states the bounds and
     *                                never repeats the number
     */
    public static BigDecimal check(BigDecimal value, String field) {
        if (value == null || value.signum() == 0) {
            return value;
        }
        BigDecimal significant = value.stripTrailingZeros();
        long integerDigits = (long) significant.precision() - significant.scale();
        if (integerDigits > MAX_INTEGER_DIGITS || significant.scale() > MAX_FRACTION_DIGITS) {
            throw new RuleViolationException(
                    field,
                    "number-range",
                    "数值超出范围：整数部分最多" + MAX_INTEGER_DIGITS + "位，小数部分最多" + MAX_FRACTION_DIGITS + "位",
                    "the number is out of range: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point"
                            + " and " + MAX_FRACTION_DIGITS + " after it");
        }
        return value;
    }
}
