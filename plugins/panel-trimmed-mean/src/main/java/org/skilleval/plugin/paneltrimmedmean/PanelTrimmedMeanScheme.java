package org.skilleval.plugin.paneltrimmedmean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.ParameterDeclaration;
import org.skilleval.plugin.api.ParameterDeclarations;
import org.skilleval.plugin.api.ParameterValues;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.PluginDefaults;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.ScoringSchemeBase;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

/**
 * 去掉最高分和最低分取平均 (panel trimmed mean): for each assessment method, the experts' totals
 * are sorted, the highest and the lowest ({@value #DROP_EACH_END} of each, default 1) are dropped,
 * and the rest are averaged; that mean, as a percentage of the method's maximum, is weighted like
 * in a weighted sum (weights add up to 100). The candidate passes when the total reaches the pass
 * line and, unless the plan says otherwise, no method vetoed the candidate.
 *
 * <p>The trimming reads each expert's total from {@link MethodResult#expertTotals()} (plugin API
 * 1.1). A method built against API 1.0 reports none; {@code combine} then refuses, naming the
 * method (rule {@code expert-totals-missing}), instead of presenting an untrimmed mean as a trimmed
 * one.
 *
 * <p>Its parameters are declared once in {@link #PARAMETERS} (an unknown key is refused): the
 * weights {@code weight.<methodId>} (required for every method of the plan, positive, adding up to
 * exactly 100), {@value #DROP_EACH_END}, {@value #PASS_LINE} and {@value #HONOUR_VETOES}, whose
 * defaults are plugin-wide configuration in Config Admin under {@value #PID}.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = ScoringScheme.class,
        configurationPid = PanelTrimmedMeanScheme.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class PanelTrimmedMeanScheme extends ScoringSchemeBase {

    /** The scheme's id, referred to by work plans. */
    public static final String ID = "panel-trimmed-mean";

    /** The configuration PID of the plugin-wide defaults: {@code org.skilleval.plugin.<scheme id>}. */
    public static final String PID = "org.skilleval.plugin.panel-trimmed-mean";

    /** Key of how many totals to drop at each end. */
    public static final String DROP_EACH_END = "dropEachEnd";

    static final ParameterDeclaration<Integer> DROP_EACH_END_PARAMETER = ParameterDeclaration.ofInteger(
                    DROP_EACH_END,
                    LocalizedText.of("两端各去掉的评委总分个数（0 表示不去分）", "How many experts' totals to drop at each end (0: none)"))
            .atLeast(0)
            .withDefault(1)
            .explainedAs(LocalizedText.of("不能为负数", "it must not be negative"))
            .configurable();

    static final ParameterDeclaration<BigDecimal> PASS_LINE_PARAMETER =
            passLine(60).configurable();

    static final ParameterDeclaration<Boolean> HONOUR_VETOES_PARAMETER =
            honourVetoes().configurable();

    /** The scheme's parameters, declared once. */
    static final ParameterDeclarations PARAMETERS =
            ParameterDeclarations.of(weights(), DROP_EACH_END_PARAMETER, PASS_LINE_PARAMETER, HONOUR_VETOES_PARAMETER);

    private static final LocalizedText NAME = LocalizedText.of("去掉最高分和最低分取平均", "Panel trimmed mean");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "对每种评审方式，将全体评委给出的总分排序，去掉最高分和最低分（两端各去掉的个数由工作方案设定，默认各 1 个）后取平均，"
                    + "换算为得分率（平均分 ÷ 满分 × 100%），乘以该评审方式的权重（%）后相加，各评审方式权重之和必须为 100，"
                    + "总分满分 100 分。总分达到合格线（默认 60 分）即为通过；默认情况下，任一评审方式被一票否决时不予通过。"
                    + "各评审方式须报告每位评委的总分（插件接口 1.1 起）；不报告的评审方式无法去分，计算时会被拒绝。",
            "For each assessment method, the experts' totals are sorted, the highest and the lowest are "
                    + "dropped (how many at each end is set by the work plan, 1 by default) and the rest "
                    + "averaged; the mean as a percentage of the method's maximum is multiplied by the "
                    + "method's weight (in percent) and the products are added; the weights add up to 100, "
                    + "so the total is out of 100. The candidate passes when the total reaches the pass "
                    + "line (60 by default); by default a veto by any method fails the candidate. Every "
                    + "method must report each expert's total (plugin API 1.1 and later); a method that "
                    + "does not cannot be trimmed and is refused when the result is computed.");

    /** The scheme with the defaults configured in Config Admin; an invalid configuration is refused. */
    @Activate
    public PanelTrimmedMeanScheme(Map<String, Object> configuration) {
        super(ID, NAME, DESCRIPTION, new PluginDefaults(PID, PARAMETERS, configuration));
    }

    @Override
    protected void checkConfiguration(Parameters configuration, Set<String> methodIds, List<Violation> violations) {
        PARAMETERS.unknownKeys(configuration, NAME, violations);
        Scores.weights(configuration, WEIGHT_PREFIX, methodIds, violations);
    }

    @Override
    protected FinalResult combine(
            Map<String, MethodResult> byMethod, Parameters configuration, List<Violation> violations) {
        // A weight for a method without a result means a result is missing.
        Set<String> methodIds = Scores.missingResults(byMethod, configuration, WEIGHT_PREFIX, violations);
        List<Violation> configurationViolations = validateConfiguration(configuration, methodIds);
        violations.addAll(configurationViolations);
        InvalidInputException.throwIfAny(violations);
        ParameterValues settings = defaults().read(configuration, new ArrayList<>());
        Map<String, BigDecimal> weights = Scores.weights(configuration, WEIGHT_PREFIX, methodIds, new ArrayList<>());
        int dropEachEnd = settings.get(DROP_EACH_END_PARAMETER);

        Map<String, List<BigDecimal>> totals = new LinkedHashMap<>();
        for (MethodResult result : byMethod.values()) {
            if (result.expertTotals().isEmpty()) {
                violations.add(new Violation(
                        "results[" + result.methodId() + "].expertTotals",
                        "expert-totals-missing",
                        LocalizedText.of(
                                "评审方式 " + result.methodId() + " 的结果中没有各评委的总分（该插件按插件接口 1.0 构建，不报告评委总分），"
                                        + "无法去掉最高分和最低分；请升级该评审方式插件，或选用其他评分办法",
                                "The result of method " + result.methodId() + " does not carry each expert's"
                                        + " total (the plugin was built against plugin API 1.0, which does not"
                                        + " report them), so the highest and lowest cannot be dropped; update"
                                        + " the method's plugin or choose another scoring scheme")));
                continue;
            }
            List<BigDecimal> values = new ArrayList<>(result.expertTotals().values());
            checkTotals(result, values, dropEachEnd, violations);
            totals.put(result.methodId(), values);
        }
        InvalidInputException.throwIfAny(violations);

        List<LocalizedText> reasons = new ArrayList<>();
        BigDecimal exactTotal = BigDecimal.ZERO;
        for (MethodResult result : byMethod.values()) {
            List<BigDecimal> values = totals.get(result.methodId());
            BigDecimal mean = TrimmedMean.trimmedMean(values, dropEachEnd);
            BigDecimal weight = weights.get(result.methodId());
            BigDecimal percent = Scores.percentOf(mean, result.maxScore());
            BigDecimal contribution = weight.multiply(percent).movePointLeft(2);
            exactTotal = exactTotal.add(contribution);
            reasons.add(methodReason(result, values, dropEachEnd, mean, percent, weight, contribution));
        }
        BigDecimal total = Scores.round(exactTotal);
        BigDecimal passLine = settings.get(PASS_LINE_PARAMETER);
        reasons.add(passLineReason(total, passLine));
        boolean vetoed = applyVetoes(byMethod.values(), settings.get(HONOUR_VETOES_PARAMETER), reasons);
        return new FinalResult(total, total.compareTo(passLine) >= 0 && !vetoed, reasons);
    }

    private static void checkTotals(
            MethodResult result, List<BigDecimal> values, int dropEachEnd, List<Violation> violations) {
        // MethodResult keeps every total within [0, maxScore]; only the count can be short.
        String field = "results[" + result.methodId() + "].expertTotals";
        int needed = TrimmedMean.minimumCount(dropEachEnd);
        if (values.size() < needed) {
            violations.add(new Violation(
                    field,
                    "too-few-experts",
                    LocalizedText.of(
                            "评审方式 " + result.methodId() + " 只有 " + values.size() + " 位评委的总分，两端各去掉 " + dropEachEnd
                                    + " 个后至少还要留下 1 个，需要至少 " + needed + " 位评委",
                            "Method " + result.methodId() + " has totals from " + values.size() + " expert(s);"
                                    + " dropping " + dropEachEnd + " at each end needs at least " + needed)));
        }
    }

    private static LocalizedText methodReason(
            MethodResult result,
            List<BigDecimal> values,
            int dropEachEnd,
            BigDecimal mean,
            BigDecimal percent,
            BigDecimal weight,
            BigDecimal contribution) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        String all = list(sorted, "、");
        String allEn = list(sorted, ", ");
        String zhTrim;
        String enTrim;
        if (dropEachEnd == 0) {
            zhTrim = "不去分，平均 ";
            enTrim = "none dropped; mean ";
        } else {
            List<BigDecimal> lowest = sorted.subList(0, dropEachEnd);
            List<BigDecimal> highest = sorted.subList(sorted.size() - dropEachEnd, sorted.size());
            zhTrim = dropEachEnd == 1
                    ? "去掉最高分 " + list(highest, "、") + " 和最低分 " + list(lowest, "、") + " 后平均 "
                    : "去掉最高的 " + dropEachEnd + " 个（" + list(highest, "、") + "）和最低的 " + dropEachEnd + " 个（"
                            + list(lowest, "、") + "）后平均 ";
            enTrim = dropEachEnd == 1
                    ? "dropping the highest " + list(highest, ", ") + " and the lowest " + list(lowest, ", ")
                            + " leaves a mean of "
                    : "dropping the " + dropEachEnd + " highest (" + list(highest, ", ") + ") and the " + dropEachEnd
                            + " lowest (" + list(lowest, ", ") + ") leaves a mean of ";
        }
        String max = result.maxScore().toPlainString();
        String shown = Scores.round(contribution).toPlainString();
        return LocalizedText.of(
                result.methodId() + "：" + values.size() + " 位评委总分 " + all + "，" + zhTrim + mean.toPlainString()
                        + " / " + max + " 分，得分率 " + percent.toPlainString() + "% × 权重 " + plain(weight) + "% = "
                        + shown,
                result.methodId() + ": totals of " + values.size() + " experts " + allEn + "; " + enTrim
                        + mean.toPlainString() + " / " + max + " = " + percent.toPlainString() + "% × weight "
                        + plain(weight) + "% = " + shown);
    }

    private static String list(List<BigDecimal> values, String separator) {
        return values.stream().map(PanelTrimmedMeanScheme::plain).collect(Collectors.joining(separator));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
