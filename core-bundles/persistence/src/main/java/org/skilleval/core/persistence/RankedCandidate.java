package org.skilleval.core.persistence;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One assessed candidate of a round in the round's ranking, read from the result's columns only.
 *
 * @param rank the place by total, highest first, 1-based; equal totals share a place and the next
 *        place skips (competition ranking, as the shadow evaluation of a plugin migration ranks)
 * @param applicationId the candidate's application
 * @param creditCode the candidate's enterprise
 * @param total the assessment result's total
 * @param passed whether the result passed
 */
public record RankedCandidate(int rank, long applicationId, String creditCode, BigDecimal total, boolean passed) {

    public RankedCandidate {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(total, "total");
    }
}
