package org.skilleval.plugin.api.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one assessment method concluded about one candidate, from all experts' sheets.
 *
 * <p><b>Expert totals</b> (since 1.1). {@code expertTotals} maps each expert whose sheet the method
 * evaluated (by {@link ScoreSheet#expertId()}) to that expert's own total: what the method's score
 * would be if that expert's sheet were the only one, on the same scale as {@code score} and
 * {@code maxScore}. For a method whose score is a sheet total this is the expert's {@code Σ points ×
 * weight} over the score sheet's items ({@code org.skilleval.plugin.api.Scores#sheetTotals}); a
 * method whose score is not a sheet total (e.g. counts of honours turned into points by a table and
 * a cap) reports each expert's own points under the same rule, applied to that expert's sheet
 * alone. Each total lies in [0, {@code maxScore}]. A scoring scheme that needs the experts'
 * individual judgements (a trimmed mean, a vote by threshold) reads them here; the panel's combined
 * view stays in {@code score} and {@code itemScores}. The map is empty when the method does not
 * report expert totals, as every method built against API 1.0 does.
 *
 * @param methodId the {@code AssessmentMethod#id()} that produced it
 * @param score the method's score, between 0 and {@code maxScore}
 * @param maxScore the most the method can give; positive
 * @param itemScores the combined points per score item, keyed by item id
 * @param vetoed whether a veto item failed (一票否决)
 * @param reasons why, for a person: the veto, the basis of the score
 * @param expertTotals each expert's own total, keyed by expert id, each in [0, {@code maxScore}];
 *     copied; empty (never {@code null}; {@code null} is read as empty) when the method does not
 *     report them
 * @since 1.1
 */
public record MethodResult(
        String methodId,
        BigDecimal score,
        BigDecimal maxScore,
        Map<String, BigDecimal> itemScores,
        boolean vetoed,
        List<LocalizedText> reasons,
        Map<String, BigDecimal> expertTotals) {

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
        expertTotals = expertTotals == null ? Map.of() : Map.copyOf(expertTotals);
        for (Map.Entry<String, BigDecimal> total : expertTotals.entrySet()) {
            if (total.getValue().signum() < 0 || total.getValue().compareTo(maxScore) > 0) {
                throw new IllegalArgumentException("MethodResult.expertTotals of " + total.getKey() + ": "
                        + total.getValue() + " must lie in [0, " + maxScore + "]");
            }
        }
    }

    /**
     * A result without expert totals: the constructor of API 1.0, kept so that plugins built
     * against it still link and run.
     */
    public MethodResult(
            String methodId,
            BigDecimal score,
            BigDecimal maxScore,
            Map<String, BigDecimal> itemScores,
            boolean vetoed,
            List<LocalizedText> reasons) {
        this(methodId, score, maxScore, itemScores, vetoed, reasons, Map.of());
    }
}
