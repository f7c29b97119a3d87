package org.skilleval.plugin.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * The usual score of a method: each item's mean over the panel's sheets, weighted and summed, with
 * the veto items checked against the means and each expert's own sheet total.
 *
 * @param schema the score sheet of the configuration
 * @param experts how many experts' sheets were combined
 * @param means the mean points per item, in schema order
 * @param score {@code Σ mean × weight}, rounded, at most {@code maxScore}
 * @param maxScore the sheet's {@link ScoreSheetSchema#maxTotal()}
 * @param vetoes one reason per veto item the means fall below; empty when none
 * @param expertTotals each expert's own sheet total
 * @since 1.3
 */
public record PanelMean(
        ScoreSheetSchema schema,
        int experts,
        Map<String, BigDecimal> means,
        BigDecimal score,
        BigDecimal maxScore,
        List<LocalizedText> vetoes,
        Map<String, BigDecimal> expertTotals) {

    /** The key of the fewest experts whose sheets a method needs: {@value}. */
    public static final String MIN_EXPERTS = "minExperts";

    /**
     * The usual declaration of {@value #MIN_EXPERTS}: an integer of at least 1, explained as {@code
     * 最少评委人数至少为 1} / {@code at least 1 expert is required}. Add {@link
     * ParameterDeclaration#configurable()} to let Config Admin set its default.
     */
    public static ParameterDeclaration<Integer> minExperts(int builtInDefault) {
        return minExperts(builtInDefault, LocalizedText.of("最少评委人数（至少 1 人）", "Minimum number of experts (at least 1)"));
    }

    /** {@link #minExperts(int)} under another label, e.g. a number of sheets rather than of experts. */
    public static ParameterDeclaration<Integer> minExperts(int builtInDefault, LocalizedText label) {
        return ParameterDeclaration.ofInteger(MIN_EXPERTS, label)
                .atLeast(1)
                .withDefault(builtInDefault)
                .explainedAs(LocalizedText.of("最少评委人数至少为 1", "at least 1 expert is required"));
    }

    /**
     * The usual declaration of a veto mark ({@code vetoBelow.<item>}, decimal in [0, maxPoints],
     * plan-only: a site-wide value would silently add a veto to every plan).
     *
     * @param label what it means, naming the item and saying that unset means no veto
     */
    public static ParameterDeclaration<BigDecimal> vetoMark(String itemId, LocalizedText label, int maxPoints) {
        return ParameterDeclaration.ofDecimal("vetoBelow." + itemId, label)
                .between(0, maxPoints)
                .explainedAs(LocalizedText.of(
                        "一票否决线须在 0–" + maxPoints + " 分之间", "the veto mark must lie in 0–" + maxPoints));
    }

    /**
     * Checks the panel ({@link Scores#requirePanel}) and every sheet ({@link Scores#requireValid}),
     * then combines them.
     *
     * @throws InvalidInputException with every violation found
     */
    public static PanelMean of(ScoreSheetSchema schema, List<ScoreSheet> sheets, int minExperts) {
        Scores.requirePanel(sheets, minExperts);
        Scores.requireValid(schema, sheets);
        Map<String, BigDecimal> means = Scores.itemMeans(schema, sheets);
        return new PanelMean(
                schema,
                sheets.size(),
                means,
                Scores.weightedTotal(schema, means),
                schema.maxTotal(),
                Scores.vetoes(schema, means),
                Scores.sheetTotals(schema, sheets));
    }

    /** {@code 3 位评委平均分 83.00 / 100} / {@code Mean of 3 experts: 83.00 / 100}. */
    public LocalizedText headline() {
        String max = maxScore.stripTrailingZeros().toPlainString();
        return LocalizedText.of(
                experts + " 位评委平均分 " + score.toPlainString() + " / " + max,
                "Mean of " + experts + " experts: " + score.toPlainString() + " / " + max);
    }

    /** The method's result: the headline, then {@code explanation}, then the vetoes. */
    public MethodResult result(String methodId, List<LocalizedText> explanation) {
        List<LocalizedText> reasons = new ArrayList<>();
        reasons.add(headline());
        reasons.addAll(explanation);
        reasons.addAll(vetoes);
        return new MethodResult(methodId, score, maxScore, means, !vetoes.isEmpty(), reasons, expertTotals);
    }
}
