package org.skilleval.plugin.api.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A scoring scheme's verdict on one candidate.
 *
 * @param total the combined score, not negative
 * @param passed whether the candidate passes the evaluation
 * @param reasons why, for a person: each method's contribution, a veto, the pass line
 */
public record FinalResult(BigDecimal total, boolean passed, List<LocalizedText> reasons) {

    public FinalResult {
        Objects.requireNonNull(total, "total");
        if (total.signum() < 0) {
            throw new IllegalArgumentException("FinalResult.total must not be negative");
        }
        reasons = List.copyOf(reasons);
    }
}
