package org.skilleval.plugin.weightedsum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * 加权求和 (weighted sum): each assessment method's score is turned into a percentage of its
 * maximum and weighted; the weights of the plan's methods add up to 100, so the total lies in
 * [0, 100]. The candidate passes when the total reaches the pass line and, unless the plan says
 * otherwise, no method vetoed the candidate (一票否决).
 *
 * <p>Configuration:
 * <ul>
 * <li>{@code weight.<methodId>} (decimal, required for every method of the plan): the method's
 * weight in percent; positive; the weights add up to exactly 100;</li>
 * <li>{@value #PASS_LINE} (decimal in [0, 100], default {@value #DEFAULT_PASS_LINE});</li>
 * <li>{@value #HONOUR_VETOES} (boolean, default {@code true}): whether a vetoed method result
 * fails the candidate whatever the total.</li>
 * </ul>
 *
 * <p>The defaults of the parameters that have one are plugin-wide configuration ({@link
 * WeightedSumConfiguration}, PID {@value WeightedSumConfiguration#PID}): they apply to every plan that leaves the parameter
 * unset, and {@link #parameters()} reports them. A configured default that breaks the plan rules
 * is refused: the previous valid defaults stay in force, one error is logged and {@link
 * #configurationProblem()} says why.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = ScoringScheme.class,
        configurationPid = WeightedSumConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = WeightedSumConfiguration.class)
public class WeightedSumScheme implements ScoringScheme, ConfigurationStatus {

    private static final Logger LOG = LoggerFactory.getLogger(WeightedSumScheme.class);

    /** The scheme's id, referred to by work plans. */
    public static final String ID = "weighted-sum";

    /** Prefix of the per-method weight keys. */
    public static final String WEIGHT_PREFIX = "weight.";

    /** Key of the pass line. */
    public static final String PASS_LINE = "passLine";

    /** Key of whether vetoes fail the candidate. */
    public static final String HONOUR_VETOES = "honourVetoes";

    static final String DEFAULT_PASS_LINE = "60";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final LocalizedText NAME = LocalizedText.of("加权求和", "Weighted sum");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "将各评审方式的得分换算为得分率（得分 ÷ 满分 × 100%），乘以工作方案为该评审方式设定的权重（%）后相加，"
                    + "各评审方式权重之和必须为 100，总分满分 100 分。总分达到合格线（默认 60 分）即为通过；"
                    + "默认情况下，任一评审方式被一票否决时，无论总分多少均不予通过。",
            "Turns each assessment method's score into a percentage of its maximum, multiplies it by "
                    + "the weight (in percent) the work plan gives the method and adds the products; the "
                    + "weights of the plan's methods add up to 100, so the total is out of 100. The "
                    + "candidate passes when the total reaches the pass line (60 by default); by default "
                    + "a veto by any method fails the candidate whatever the total.");

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
    public WeightedSumScheme() {}

    /** The scheme with the configured defaults; see {@link #modified(WeightedSumConfiguration)}. */
    @Activate
    public WeightedSumScheme(WeightedSumConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Takes changed defaults without a restart. An invalid configuration is refused with one
     * error in the log; the previous valid defaults (the built-in ones at first) stay in force and
     * the scheme stays available to running rounds.
     */
    @Modified
    void modified(WeightedSumConfiguration configuration) {
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

    private synchronized void configure(WeightedSumConfiguration configuration) {
        // The same reader and rules as a plan's parameters, against the built-in defaults.
        Parameters configured =
                Parameters.of(Map.of(PASS_LINE, configuration.passLine(), HONOUR_VETOES, configuration.honourVetoes()));
        try {
            defaults = Defaults.read(configured);
            configurationProblem = null;
        } catch (InvalidInputException e) {
            LocalizedText problem =
                    ConfigurationStatus.refused(WeightedSumConfiguration.PID, configured, e.violations());
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
        // A weight for a method without a result means a result is missing, not that the weight is
        // unknown: validate against the methods of both, and report the missing results.
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

        List<LocalizedText> reasons = new ArrayList<>();
        BigDecimal exactTotal = BigDecimal.ZERO;
        for (MethodResult result : byMethod.values()) {
            BigDecimal weight = config.weights().get(result.methodId());
            BigDecimal percent = Scores.percentOf(result.score(), result.maxScore());
            BigDecimal contribution = weight.multiply(percent).movePointLeft(2);
            exactTotal = exactTotal.add(contribution);
            String shown = Scores.round(contribution).toPlainString();
            reasons.add(LocalizedText.of(
                    result.methodId() + "：" + result.score().toPlainString() + " / "
                            + result.maxScore().toPlainString() + " 分，得分率 " + percent.toPlainString()
                            + "% × 权重 " + plain(weight) + "% = " + shown,
                    result.methodId() + ": " + result.score().toPlainString() + " / "
                            + result.maxScore().toPlainString() + " = " + percent.toPlainString()
                            + "% × weight " + plain(weight) + "% = " + shown));
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

    private static String joined(List<LocalizedText> reasons, boolean zh) {
        if (reasons.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(zh ? "（" : " (");
        for (int i = 0; i < reasons.size(); i++) {
            if (i > 0) {
                text.append(zh ? "；" : "; ");
            }
            text.append(zh ? reasons.get(i).zh() : reasons.get(i).en());
        }
        return text.append(zh ? "）" : ")").toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The scheme's defaults: what a plan that leaves a parameter unset gets. */
    private record Defaults(BigDecimal passLine, boolean honourVetoes) {

        static final Defaults BUILT_IN = new Defaults(new BigDecimal(DEFAULT_PASS_LINE), true);

        /**
         * Reads configured defaults by the plan's rules.
         *
         * @throws InvalidInputException listing every rule they break
         */
        static Defaults read(Parameters configured) {
            List<Violation> violations = new ArrayList<>();
            BigDecimal passLine = Config.passLine(configured, BUILT_IN.passLine(), violations);
            boolean honourVetoes = Config.honourVetoes(configured, BUILT_IN.honourVetoes(), violations);
            InvalidInputException.throwIfAny(violations);
            return new Defaults(passLine, honourVetoes);
        }
    }

    /**
     * A configuration read against the methods of a plan: the values that could be read, and every
     * rule the configuration breaks. The values are only meaningful when there are no violations.
     */
    private record Config(
            Map<String, BigDecimal> weights, BigDecimal passLine, boolean honourVetoes, List<Violation> violations) {

        /** Reads a plan's parameters; what it leaves unset comes from {@code defaults}. */
        static Config read(Parameters parameters, Set<String> methodIds, Defaults defaults) {
            List<Violation> violations = new ArrayList<>();

            Map<String, BigDecimal> weights = Scores.weights(parameters, WEIGHT_PREFIX, methodIds, violations);

            BigDecimal passLine = passLine(parameters, defaults.passLine(), violations);
            boolean honourVetoes = honourVetoes(parameters, defaults.honourVetoes(), violations);
            return new Config(weights, passLine, honourVetoes, List.copyOf(violations));
        }

        /** The pass line in [0, 100], or {@code defaultValue} when unset or wrong (recorded). */
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
