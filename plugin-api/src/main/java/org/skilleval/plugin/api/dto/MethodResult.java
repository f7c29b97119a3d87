package org.skilleval.plugin.api.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one assessment method concluded about one candidate, from all experts' sheets.
 *
 * @param methodId the {@code AssessmentMethod#id()} that produced it
 * @param score the method's score, between 0 and {@code maxScore}
 * @param maxScore the most the method can give; positive
 * @param itemScores the combined points per score item, keyed by item id
 * @param vetoed whether a veto item failed (一票否决)
 * @param reasons why, for a person: the veto, the basis of the score
 */
public record MethodResult(
        String methodId,
        BigDecimal score,
        BigDecimal maxScore,
        Map<String, BigDecimal> itemScores,
        boolean vetoed,
        List<LocalizedText> reasons) {

    public MethodResult {
        Objects.requireNonNull(methodId, "methodId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(maxScore, "maxScore");
        if (maxScore.signum() <= 0) {
            throw new IllegalArgumentException("MethodResult.maxScore must be positive");
        }
        if (score.signum() < 0 || score.compareTo(maxScore) > 0) {
            throw new IllegalArgumentException("MethodResult.score " + score + " must lie in [0, " + maxScore + "]");
        }
        itemScores = Map.copyOf(itemScores);
        reasons = List.copyOf(reasons);
    }
}
