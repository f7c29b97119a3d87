package org.skilleval.plugin.panelvote;

import java.math.BigDecimal;
import java.util.Optional;
import org.skilleval.plugin.api.Scores;

/**
 * A required share of the panel, kept as an exact fraction so that "2/3" means two thirds and not
 * 0.6667.
 *
 * @param numerator not negative
 * @param denominator positive
 * @param text how the plan wrote it
 */
record Share(BigDecimal numerator, BigDecimal denominator, String text) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Reads {@code a/b} (e.g. {@code 2/3}), a percentage ({@code 66.67%}) or a decimal
     * ({@code 0.6667}); empty when the text is none of these. The range is not checked here.
     */
    static Optional<Share> parse(String raw) {
        String text = raw.trim();
        try {
            int slash = text.indexOf('/');
            if (slash >= 0) {
                BigDecimal numerator = new BigDecimal(text.substring(0, slash).trim());
                BigDecimal denominator =
                        new BigDecimal(text.substring(slash + 1).trim());
                return denominator.signum() > 0 && numerator.signum() >= 0
                        ? Optional.of(new Share(numerator, denominator, text))
                        : Optional.empty();
            }
            if (text.endsWith("%")) {
                BigDecimal percent =
                        new BigDecimal(text.substring(0, text.length() - 1).trim());
                return percent.signum() >= 0 ? Optional.of(new Share(percent, HUNDRED, text)) : Optional.empty();
            }
            BigDecimal decimal = new BigDecimal(text);
            return decimal.signum() >= 0 ? Optional.of(new Share(decimal, BigDecimal.ONE, text)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the share lies in (0, 1]: a vote nobody needs to win, or nobody can, is no vote. */
    boolean isProper() {
        return numerator.signum() > 0 && numerator.compareTo(denominator) <= 0;
    }

    /** Whether {@code part ÷ whole} reaches this share, compared exactly; {@code whole} is positive. */
    boolean reachedBy(BigDecimal part, BigDecimal whole) {
        return part.multiply(denominator).compareTo(numerator.multiply(whole)) >= 0;
    }

    /** The share in percent, rounded to 2 places, for people. */
    BigDecimal percent() {
        return numerator.multiply(HUNDRED).divide(denominator, Scores.SCALE, Scores.ROUNDING);
    }
}
