package org.skilleval.plugin.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.annotation.versioning.ConsumerType;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

/**
 * A scoring scheme without the repeated parts: what {@link PluginBase} gives, reading a plan's
 * declared parameters after the scheme's own rules ({@link #checkConfiguration}), and keying the
 * methods' results by method id before the scheme {@linkplain #combine(Map, Parameters, List)
 * combines} them. A subclass writes its rules and its combination, with the helpers of {@link
 * Scores} ({@link Scores#weights}, {@link Scores#missingResults}).
 *
 * @since 1.3
 */
@ConsumerType
public abstract class ScoringSchemeBase extends PluginBase implements ScoringScheme {

    protected ScoringSchemeBase(String id, LocalizedText name, LocalizedText description, PluginDefaults defaults) {
        super(id, name, description, defaults);
    }

    /**
     * Every rule a plan's configuration breaks: the scheme's own ({@link #checkConfiguration}), then
     * those of the declared parameters.
     */
    @Override
    public List<Violation> validateConfiguration(Parameters configuration, Set<String> methodIds) {
        List<Violation> violations = new ArrayList<>();
        checkConfiguration(configuration, methodIds, violations);
        defaults().read(configuration, violations);
        return violations;
    }

    /**
     * The scheme's own rules for a plan's configuration, checked before its declared parameters are
     * read: for example {@link ParameterDeclarations#unknownKeys} or {@link Scores#weights}. Checks
     * nothing unless overridden.
     *
     * @param methodIds the ids of the plan's methods
     * @param violations receives what breaks a rule
     */
    protected void checkConfiguration(Parameters configuration, Set<String> methodIds, List<Violation> violations) {
        // A scheme whose rules are all in its declared parameters has nothing more to check.
    }

    /**
     * Keys the results by method id (a method that answered twice is a violation, {@link
     * Scores#resultsByMethod}) and {@linkplain #combine(Map, Parameters, List) combines} them.
     */
    @Override
    public FinalResult combine(List<MethodResult> results, Parameters configuration) {
        List<Violation> violations = new ArrayList<>();
        Map<String, MethodResult> byMethod = Scores.resultsByMethod(results, violations);
        return combine(byMethod, configuration, violations);
    }

    /**
     * Combines the methods' results into the final result.
     *
     * @param byMethod the results by method id, in the order given
     * @param violations what keying the results found already; add what else breaks a rule and throw
     *     them together ({@link InvalidInputException#throwIfAny}) before deciding
     * @throws InvalidInputException listing every rule the results or the configuration break
     */
    protected abstract FinalResult combine(
            Map<String, MethodResult> byMethod, Parameters configuration, List<Violation> violations);

    /** The key of the per-method weights: {@code weight.<method id>}. */
    public static final String WEIGHT_PREFIX = "weight.";

    /** The key of the pass line: {@value}. */
    public static final String PASS_LINE = "passLine";

    /** The key of whether a method's veto fails the candidate: {@value}. */
    public static final String HONOUR_VETOES = "honourVetoes";

    /**
     * The usual declaration of the per-method weights ({@code weight.*}, each positive, adding up
     * to 100), read with {@link Scores#weights} against the plan's methods.
     */
    public static ParameterDeclaration<BigDecimal> weights() {
        return ParameterDeclaration.ofDecimal(
                        WEIGHT_PREFIX + "*",
                        LocalizedText.of(
                                "各评审方式的权重（%），均为正数，合计 100",
                                "Weight of each assessment method in percent; positive, adding up to 100"))
                .positive()
                .required();
    }

    /**
     * The usual declaration of the pass line: a decimal in [0, 100]. Add {@link
     * ParameterDeclaration#configurable()} to let Config Admin set its default.
     */
    public static ParameterDeclaration<BigDecimal> passLine(int builtInDefault) {
        return ParameterDeclaration.ofDecimal(PASS_LINE, LocalizedText.of("合格线（0–100 分）", "Pass line (0–100)"))
                .between(0, 100)
                .withDefault(BigDecimal.valueOf(builtInDefault))
                .explainedAs(LocalizedText.of("必须在 0–100 分之间", "it must lie in 0–100"));
    }

    /**
     * The usual declaration of {@value #HONOUR_VETOES}: {@code true} unless the plan says otherwise.
     * Add {@link ParameterDeclaration#configurable()} to let Config Admin set its default.
     */
    public static ParameterDeclaration<Boolean> honourVetoes() {
        return ParameterDeclaration.ofBoolean(
                        HONOUR_VETOES,
                        LocalizedText.of(
                                "执行一票否决：任一评审方式被否决即不予通过", "Honour vetoes: a veto by any method fails the candidate"))
                .withDefault(true);
    }

    /**
     * The weighted sum of the methods' percentages, {@code Σ weight × score ÷ maxScore} with the
     * weights in percent, rounded only at the end; adds one reason per method showing its part
     * ({@code oral-defense：82.5 / 100 分，得分率 82.50% × 权重 60% = 49.50}).
     *
     * @param weights each result's weight in percent, by method id
     * @return the total, rounded to {@link Scores#SCALE} places
     */
    public static BigDecimal weightedTotal(
            Collection<MethodResult> results, Map<String, BigDecimal> weights, List<LocalizedText> reasons) {
        BigDecimal exactTotal = BigDecimal.ZERO;
        for (MethodResult result : results) {
            BigDecimal weight = weights.get(result.methodId());
            BigDecimal percent = Scores.percentOf(result.score(), result.maxScore());
            BigDecimal contribution = weight.multiply(percent).movePointLeft(2);
            exactTotal = exactTotal.add(contribution);
            String part =
                    result.score().toPlainString() + " / " + result.maxScore().toPlainString();
            String product = percent.toPlainString() + "% × ";
            String weightAndPart =
                    plain(weight) + "% = " + Scores.round(contribution).toPlainString();
            reasons.add(LocalizedText.of(
                    result.methodId() + "：" + part + " 分，得分率 " + product + "权重 " + weightAndPart,
                    result.methodId() + ": " + part + " = " + product + "weight " + weightAndPart));
        }
        return Scores.round(exactTotal);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** {@code 总分 76.95 达到合格线 60 分} / {@code Total 76.95 reaches the pass line 60}, or that it is below. */
    public static LocalizedText passLineReason(BigDecimal total, BigDecimal passLine) {
        String totalText = total.toPlainString();
        String passLineText = passLine.stripTrailingZeros().toPlainString();
        return total.compareTo(passLine) >= 0
                ? LocalizedText.of(
                        "总分 " + totalText + " 达到合格线 " + passLineText + " 分",
                        "Total " + totalText + " reaches the pass line " + passLineText)
                : LocalizedText.of(
                        "总分 " + totalText + " 低于合格线 " + passLineText + " 分，不予通过",
                        "Total " + totalText + " is below the pass line " + passLineText + ": fail");
    }

    /**
     * Adds one reason per vetoed result, with the method's own reasons, saying whether the plan
     * honours the veto.
     *
     * @return whether a veto fails the candidate: some result is vetoed and {@code honourVetoes}
     */
    public static boolean applyVetoes(
            Collection<MethodResult> results, boolean honourVetoes, List<LocalizedText> reasons) {
        boolean vetoed = false;
        for (MethodResult result : results) {
            if (!result.vetoed()) {
                continue;
            }
            String zhWhy = bracketed(result.reasons(), true);
            String enWhy = bracketed(result.reasons(), false);
            if (honourVetoes) {
                vetoed = true;
                reasons.add(LocalizedText.of(
                        "评审方式 " + result.methodId() + " 一票否决，不予通过" + zhWhy,
                        "Method " + result.methodId() + " vetoed the candidate: fail" + enWhy));
            } else {
                reasons.add(LocalizedText.of(
                        "评审方式 " + result.methodId() + " 有一票否决，但本方案不执行一票否决" + zhWhy,
                        "Method " + result.methodId() + " vetoed the candidate, but this plan does not "
                                + "honour vetoes" + enWhy));
            }
        }
        return vetoed;
    }

    /** A method's reasons in brackets, {@code （a；b）} or {@code  (a; b)}; empty when there are none. */
    public static String bracketed(List<LocalizedText> reasons, boolean zh) {
        if (reasons.isEmpty()) {
            return "";
        }
        return reasons.stream()
                .map(reason -> zh ? reason.zh() : reason.en())
                .collect(Collectors.joining(zh ? "；" : "; ", zh ? "（" : " (", zh ? "）" : ")"));
    }
}
