package org.skilleval.core.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A warning when an enterprise proposes many of its 高级技师 as 特级技师. Seed 四（二）says the pilot
 * "不得将特级技师评聘试点工作等同于高级技师的普遍晋升" (must not become a general promotion of 高级技师) but
 * sets no number, so this only warns: the people reviewing the list decide.
 */
public final class ProposalShareRules {

    /**
     * The default share of 高级技师 above which a proposal list is flagged: 10%. This is a
     * configurable default chosen for the platform, not a rule from the seed, which sets no number.
     */
    public static final BigDecimal DEFAULT_THRESHOLD_SHARE = new BigDecimal("0.10");

    private ProposalShareRules() {}

    /**
     * The warning for a proposal list, with {@link #DEFAULT_THRESHOLD_SHARE}.
     *
     * @see #warning(int, int, BigDecimal)
     */
    public static Optional<Reason> warning(int proposedCount, int seniorTechnicianCount) {
        return warning(proposedCount, seniorTechnicianCount, DEFAULT_THRESHOLD_SHARE);
    }

    /**
     * The warning for a proposal list, if any.
     *
     * <p>Contract: a warning ({@code proposal-share-high}) iff
     * {@code proposedCount / seniorTechnicianCount > thresholdShare}, computed exactly (a share
     * exactly at the threshold is not warned about). With no 高级技师 and at least one proposal, a
     * warning ({@code proposal-without-senior-technicians}). No proposal: no warning.
     *
     * @param proposedCount         the number of 特级技师 proposed (建议人选); not negative
     * @param seniorTechnicianCount the number of 高级技师 the proposals are measured against (the
     *                              enterprise's, or the occupation's, as the caller chooses); not
     *                              negative
     * @param thresholdShare        the share above which to warn, between 0 and 1 inclusive
     * @return the warning, or empty
     * @throws IllegalArgumentException if a count is negative or the threshold out of range
     */
    public static Optional<Reason> warning(int proposedCount, int seniorTechnicianCount, BigDecimal thresholdShare) {
        Objects.requireNonNull(thresholdShare, "thresholdShare");
        if (proposedCount < 0 || seniorTechnicianCount < 0) {
            throw new IllegalArgumentException("counts must not be negative: proposed " + proposedCount
                    + ", senior technicians " + seniorTechnicianCount);
        }
        if (thresholdShare.signum() < 0 || thresholdShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("thresholdShare must be between 0 and 1: " + thresholdShare);
        }
        if (proposedCount == 0) {
            return Optional.empty();
        }
        if (seniorTechnicianCount == 0) {
            return Optional.of(new Reason(
                    "proposal-without-senior-technicians",
                    "建议人选" + proposedCount + "人，但没有可对照的高级技师人数；特级技师评聘不得等同于高级技师的普遍晋升，请核实。",
                    proposedCount + " proposed, but there are no senior technicians to compare with; the pilot must"
                            + " not become a general promotion of senior technicians, please check."));
        }
        // Compare proposed > threshold × seniors rather than dividing, so the boundary is exact.
        BigDecimal limit = thresholdShare.multiply(BigDecimal.valueOf(seniorTechnicianCount));
        if (BigDecimal.valueOf(proposedCount).compareTo(limit) <= 0) {
            return Optional.empty();
        }
        String share = percent(BigDecimal.valueOf(proposedCount)
                .divide(BigDecimal.valueOf(seniorTechnicianCount), 4, RoundingMode.HALF_UP));
        String threshold = percent(thresholdShare);
        return Optional.of(new Reason(
                "proposal-share-high",
                "建议人选" + proposedCount + "人，占高级技师" + seniorTechnicianCount + "人的" + share + "，超过提示线" + threshold
                        + "；特级技师评聘不得等同于高级技师的普遍晋升，请核实。",
                proposedCount + " proposed out of " + seniorTechnicianCount + " senior technicians (" + share
                        + "), above the warning line of " + threshold
                        + "; the pilot must not become a general promotion of senior technicians, please check."));
    }

    /** A share as a percentage with at most two decimals, e.g. 0.1 → "10%", 0.3333 → "33.33%". */
    private static String percent(BigDecimal share) {
        BigDecimal pct =
                share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return pct.toPlainString() + "%";
    }
}
