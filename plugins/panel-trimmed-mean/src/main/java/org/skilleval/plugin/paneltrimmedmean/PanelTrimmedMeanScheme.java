package org.skilleval.plugin.paneltrimmedmean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.plugin.api.ConfigurationStatus;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ParameterType;
import org.skilleval.plugin.api.dto.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>Configuration:
 * <ul>
 * <li>{@code weight.<methodId>} (decimal, required for every method of the plan): positive, adding
 * up to exactly 100;</li>
 * <li>{@value #DROP_EACH_END} (integer ≥ 0, default {@value #DEFAULT_DROP_EACH_END}): how many
 * totals to drop at each end;</li>
 * <li>{@value #PASS_LINE} (decimal in [0, 100], default {@value #DEFAULT_PASS_LINE});</li>
 * <li>{@value #HONOUR_VETOES} (boolean, default {@code true}).</li>
 * </ul>
 *
 * <p>The defaults of the parameters that have one are plugin-wide configuration ({@link
 * PanelTrimmedMeanConfiguration}, PID {@value PanelTrimmedMeanConfiguration#PID}): they apply to every plan that leaves the parameter
 * unset, and {@link #parameters()} reports them. A configured default that breaks the plan rules
 * is refused: the previous valid defaults stay in force, one error is logged and {@link
 * #configurationProblem()} says why.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = ScoringScheme.class,
        configurationPid = PanelTrimmedMeanConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PanelTrimmedMeanConfiguration.class)
public class PanelTrimmedMeanScheme implements ScoringScheme, ConfigurationStatus {

    private static final Logger LOG = LoggerFactory.getLogger(PanelTrimmedMeanScheme.class);

    /** The scheme's id, referred to by work plans. */
    public static final String ID = "panel-trimmed-mean";

    /** Prefix of the per-method weight keys. */
    public static final String WEIGHT_PREFIX = "weight.";

    /** Key of how many totals to drop at each end. */
    public static final String DROP_EACH_END = "dropEachEnd";

    /** Key of the pass line. */
    public static final String PASS_LINE = "passLine";

    /** Key of whether vetoes fail the candidate. */
    public static final String HONOUR_VETOES = "honourVetoes";

    static final String DEFAULT_DROP_EACH_END = "1";
    static final String DEFAULT_PASS_LINE = "60";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

    private static List<ParameterSpec> parameterSpecs(Defaults defaults) {
        return List.of(
                new ParameterSpec(
                        WEIGHT_PREFIX + "*",
                        LocalizedText.of(
                                "各评审方式的权重（%），均为正数，合计 100",
                                "Weight of each assessment method in percent; positive, adding up to 100"),
                        ParameterType.DECIMAL,
                        null,
                        true),
                new ParameterSpec(
                        DROP_EACH_END,
                        LocalizedText.of(
                                "两端各去掉的评委总分个数（0 表示不去分）", "How many experts' totals to drop at each end (0: none)"),
                        ParameterType.INTEGER,
                        Integer.toString(defaults.dropEachEnd()),
                        false),
                new ParameterSpec(
                        PASS_LINE,
                        LocalizedText.of("合格线（0–100 分）", "Pass line (0–100)"),
                        ParameterType.DECIMAL,
                        plain(defaults.passLine()),
                        false),
                new ParameterSpec(
                        HONOUR_VETOES,
                        LocalizedText.of(
                                "执行一票否决：任一评审方式被否决即不予通过", "Honour vetoes: a veto by any method fails the candidate"),
                        ParameterType.BOOLEAN,
                        Boolean.toString(defaults.honourVetoes()),
                        false));
    }

    /** The defaults in force: what a plan that leaves a parameter unset gets. */
    private volatile Defaults defaults = Defaults.BUILT_IN;

    /** Why the last configuration of the defaults was refused; {@code null} when it was accepted. */
    private volatile LocalizedText configurationProblem;

    /** The scheme with its built-in defaults, as without Config Admin. */
    public PanelTrimmedMeanScheme() {}

    /** The scheme with the configured defaults; see {@link #modified(PanelTrimmedMeanConfiguration)}. */
    @Activate
    public PanelTrimmedMeanScheme(PanelTrimmedMeanConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Takes changed defaults without a restart. An invalid configuration is refused with one
     * error in the log; the previous valid defaults (the built-in ones at first) stay in force and
     * the scheme stays available to running rounds.
     */
    @Modified
    void modified(PanelTrimmedMeanConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Why the current configuration of the plugin's defaults was refused (PID, key, value, rule),
     * or empty when it was accepted.
     */
    @Override
    public Optional<LocalizedText> configurationProblem() {
        return Optional.ofNullable(configurationProblem);
    }

    private synchronized void configure(PanelTrimmedMeanConfiguration configuration) {
        // The same reader and rules as a plan's parameters, against the built-in defaults.
        Parameters configured = Parameters.of(Map.of(
                DROP_EACH_END, configuration.dropEachEnd(),
                PASS_LINE, configuration.passLine(),
                HONOUR_VETOES, configuration.honourVetoes()));
        try {
            defaults = Defaults.read(configured);
            configurationProblem = null;
        } catch (InvalidInputException e) {
            LocalizedText problem =
                    ConfigurationStatus.refused(PanelTrimmedMeanConfiguration.PID, configured, e.violations());
            configurationProblem = problem;
            LOG.error("{} / {}", problem.zh(), problem.en());
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return NAME;
    }

    @Override
    public LocalizedText description() {
        return DESCRIPTION;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return parameterSpecs(defaults);
    }

    /** Totals are out of 100 whatever the configuration: weights adding up to 100 of percentages. */
    @Override
    public BigDecimal maxTotal(Parameters configuration) {
        return HUNDRED;
    }

    @Override
    public List<Violation> validateConfiguration(Parameters configuration, Set<String> methodIds) {
        return Config.read(configuration, methodIds, defaults).violations();
    }

    @Override
    public FinalResult combine(List<MethodResult> results, Parameters configuration) {
        List<Violation> violations = new ArrayList<>();
        Map<String, MethodResult> byMethod = Scores.resultsByMethod(results, violations);
        // A weight for a method without a result means a result is missing.
        Set<String> methodIds = new TreeSet<>(byMethod.keySet());
        for (String weighted : configuration.withPrefix(WEIGHT_PREFIX).keySet()) {
            if (methodIds.add(weighted)) {
                violations.add(new Violation(
                        "results[" + weighted + "]",
                        "missing-result",
                        LocalizedText.of(
                                "缺少评审方式 " + weighted + " 的结果，无法计算总分",
                                "The result of method " + weighted + " is missing; the total cannot be computed")));
            }
        }
        Config config = Config.read(configuration, methodIds, defaults);
        violations.addAll(config.violations());
        InvalidInputException.throwIfAny(violations);

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
            checkTotals(result, values, config.dropEachEnd(), violations);
            totals.put(result.methodId(), values);
        }
        InvalidInputException.throwIfAny(violations);

        List<LocalizedText> reasons = new ArrayList<>();
        BigDecimal exactTotal = BigDecimal.ZERO;
        for (MethodResult result : byMethod.values()) {
            List<BigDecimal> values = totals.get(result.methodId());
            BigDecimal mean = TrimmedMean.trimmedMean(values, config.dropEachEnd());
            BigDecimal weight = config.weights().get(result.methodId());
            BigDecimal percent = Scores.percentOf(mean, result.maxScore());
            BigDecimal contribution = weight.multiply(percent).movePointLeft(2);
            exactTotal = exactTotal.add(contribution);
            reasons.add(methodReason(result, values, config.dropEachEnd(), mean, percent, weight, contribution));
        }
        BigDecimal total = Scores.round(exactTotal);
        boolean reachesPassLine = total.compareTo(config.passLine()) >= 0;
        String totalText = total.toPlainString();
        String passLineText = plain(config.passLine());
        reasons.add(
                reachesPassLine
                        ? LocalizedText.of(
                                "总分 " + totalText + " 达到合格线 " + passLineText + " 分",
                                "Total " + totalText + " reaches the pass line " + passLineText)
                        : LocalizedText.of(
                                "总分 " + totalText + " 低于合格线 " + passLineText + " 分，不予通过",
                                "Total " + totalText + " is below the pass line " + passLineText + ": fail"));

        boolean vetoed = false;
        for (MethodResult result : byMethod.values()) {
            if (!result.vetoed()) {
                continue;
            }
            String zhWhy = joined(result.reasons(), true);
            String enWhy = joined(result.reasons(), false);
            if (config.honourVetoes()) {
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
        return new FinalResult(total, reachesPassLine && !vetoed, reasons);
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

    private static String joined(List<LocalizedText> reasons, boolean zh) {
        if (reasons.isEmpty()) {
            return "";
        }
        return reasons.stream()
                .map(r -> zh ? r.zh() : r.en())
                .collect(Collectors.joining(zh ? "；" : "; ", zh ? "（" : " (", zh ? "）" : ")"));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The scheme's defaults: what a plan that leaves a parameter unset gets. */
    private record Defaults(int dropEachEnd, BigDecimal passLine, boolean honourVetoes) {

        static final Defaults BUILT_IN =
                new Defaults(Integer.parseInt(DEFAULT_DROP_EACH_END), new BigDecimal(DEFAULT_PASS_LINE), true);

        /**
         * Reads configured defaults by the plan's rules.
         *
         * @throws InvalidInputException listing every rule they break
         */
        static Defaults read(Parameters configured) {
            List<Violation> violations = new ArrayList<>();
            int dropEachEnd = Config.dropEachEnd(configured, BUILT_IN.dropEachEnd(), violations);
            BigDecimal passLine = Config.passLine(configured, BUILT_IN.passLine(), violations);
            boolean honourVetoes = Config.honourVetoes(configured, BUILT_IN.honourVetoes(), violations);
            InvalidInputException.throwIfAny(violations);
            return new Defaults(dropEachEnd, passLine, honourVetoes);
        }
    }

    /**
     * A configuration read against the methods of a plan: the values that could be read, and every
     * rule it breaks. The values are only meaningful when there are no violations.
     */
    private record Config(
            Map<String, BigDecimal> weights,
            int dropEachEnd,
            BigDecimal passLine,
            boolean honourVetoes,
            List<Violation> violations) {

        private static final Set<String> KEYS = Set.of(DROP_EACH_END, PASS_LINE, HONOUR_VETOES);

        /** Reads a plan's parameters; what it leaves unset comes from {@code defaults}. */
        static Config read(Parameters parameters, Set<String> methodIds, Defaults defaults) {
            List<Violation> violations = new ArrayList<>();
            for (String key : parameters.asMap().keySet()) {
                if (!KEYS.contains(key) && !(key.startsWith(WEIGHT_PREFIX) && key.length() > WEIGHT_PREFIX.length())) {
                    violations.add(new Violation(
                            key,
                            "unknown",
                            LocalizedText.of(
                                    "本评分办法没有配置项 " + key + "，请删除或更正",
                                    "This scheme has no parameter " + key + "; remove or correct it")));
                }
            }

            Map<String, BigDecimal> weights = Scores.weights(parameters, WEIGHT_PREFIX, methodIds, violations);

            int dropEachEnd = dropEachEnd(parameters, defaults.dropEachEnd(), violations);
            BigDecimal passLine = passLine(parameters, defaults.passLine(), violations);
            boolean honourVetoes = honourVetoes(parameters, defaults.honourVetoes(), violations);
            return new Config(weights, dropEachEnd, passLine, honourVetoes, List.copyOf(violations));
        }

        /** How many totals to drop at each end, ≥ 0, or {@code defaultValue} when unset (wrong: recorded). */
        static int dropEachEnd(Parameters parameters, int defaultValue, List<Violation> violations) {
            int dropEachEnd = defaultValue;
            try {
                dropEachEnd = parameters.getInt(DROP_EACH_END, dropEachEnd);
                if (dropEachEnd < 0) {
                    violations.add(new Violation(
                            DROP_EACH_END,
                            "min",
                            LocalizedText.of(
                                    "两端各去掉的个数为 " + dropEachEnd + "，不能为负数",
                                    "Drop at each end is " + dropEachEnd + "; it must not be negative")));
                }
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            return dropEachEnd;
        }

        /** The pass line in [0, 100], or {@code defaultValue} when unset (wrong: recorded). */
        static BigDecimal passLine(Parameters parameters, BigDecimal defaultValue, List<Violation> violations) {
            BigDecimal passLine = defaultValue;
            try {
                passLine = parameters.getDecimal(PASS_LINE, passLine);
                if (passLine.signum() < 0 || passLine.compareTo(HUNDRED) > 0) {
                    violations.add(new Violation(
                            PASS_LINE,
                            "range",
                            LocalizedText.of(
                                    "合格线为 " + passLine.toPlainString() + "，必须在 0–100 分之间",
                                    "The pass line is " + passLine.toPlainString() + "; it must lie in 0–100")));
                }
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            return passLine;
        }

        /** Whether vetoes fail the candidate, or {@code defaultValue} when unset or wrong (recorded). */
        static boolean honourVetoes(Parameters parameters, boolean defaultValue, List<Violation> violations) {
            try {
                return parameters.getBoolean(HONOUR_VETOES, defaultValue);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
                return defaultValue;
            }
        }
    }
}
