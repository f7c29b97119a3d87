package org.skilleval.plugin.veto;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * 一票否决 (veto): the candidate fails whatever the total when any assessment method vetoed them
 * ({@link MethodResult#vetoed()}), when a method's score falls below the plan's {@code
 * minimum.<methodId>}, or when a method's combined points for an item fall below the plan's {@code
 * minimum.<methodId>.<itemId>}. Otherwise the inner rule decides: each method's score as a
 * percentage of its maximum, weighted (weights add up to 100), against a pass line.
 *
 * <p>Minimums are on the method's own scale: {@code minimum.oral-defense = 60} means 60 of the
 * oral defence's points, not 60 %. A minimum is missed only when the score is strictly below it.
 *
 * <p>The defaults of the parameters that have one are plugin-wide configuration ({@link
 * VetoConfiguration}, PID {@value VetoConfiguration#PID}): they apply to every plan that leaves the parameter
 * unset, and {@link #parameters()} reports them. A configured default that breaks the plan rules
 * is refused: the previous valid defaults stay in force, one error is logged and {@link
 * #configurationProblem()} says why.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = ScoringScheme.class,
        configurationPid = VetoConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = VetoConfiguration.class)
public class VetoScheme implements ScoringScheme, ConfigurationStatus {

    private static final Logger LOG = LoggerFactory.getLogger(VetoScheme.class);

    /** The scheme's id, referred to by work plans. */
    public static final String ID = "veto";

    /** Prefix of the per-method weight keys. */
    public static final String WEIGHT_PREFIX = "weight.";

    /** Prefix of the per-method ({@code minimum.<methodId>}) and per-item minimum keys. */
    public static final String MINIMUM_PREFIX = "minimum.";

    /** Key of the pass line. */
    public static final String PASS_LINE = "passLine";

    static final String DEFAULT_PASS_LINE = "60";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final LocalizedText NAME = LocalizedText.of("一票否决", "Veto");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "任一评审方式作出一票否决，或某评审方式得分低于工作方案规定的最低分（minimum.<评审方式>），"
                    + "或某评审方式某评分项的综合得分低于规定的最低分（minimum.<评审方式>.<评分项>），"
                    + "无论总分多少均不予通过，并说明是哪个评审方式、哪个评分项。"
                    + "未被否决时，将各评审方式得分率乘以权重（%，合计 100）相加得总分（满分 100），达到合格线（默认 60 分）即通过。",
            "The candidate fails whatever the total when any assessment method vetoed them, when a "
                    + "method's score is below the minimum the work plan sets (minimum.<method>), or when a "
                    + "method's combined points for an item are below the minimum set for it "
                    + "(minimum.<method>.<item>); the reasons name the method and the item. Otherwise each "
                    + "method's percentage is multiplied by its weight (in percent, adding up to 100) and "
                    + "the products are added (out of 100); the candidate passes at the pass line (60 by "
                    + "default) or above.");

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
                        MINIMUM_PREFIX + "*",
                        LocalizedText.of(
                                "最低分：minimum.<评审方式> 为该方式得分的最低要求，minimum.<评审方式>.<评分项> 为该评分项综合得分的最低要求"
                                        + "（按该方式自身分值，低于即一票否决；不设则不限）",
                                "Minimum: minimum.<method> for the method's score, minimum.<method>.<item> for an"
                                        + " item's combined points (on the method's own scale; below it vetoes; none"
                                        + " when unset)"),
                        ParameterType.DECIMAL,
                        null,
                        false));
    }

    /** The defaults in force: what a plan that leaves a parameter unset gets. */
    private volatile Defaults defaults = Defaults.BUILT_IN;

    /** Why the last configuration of the defaults was refused; {@code null} when it was accepted. */
    private volatile LocalizedText configurationProblem;

    /** The scheme with its built-in defaults, as without Config Admin. */
    public VetoScheme() {}

    /** The scheme with the configured defaults; see {@link #modified(VetoConfiguration)}. */
    @Activate
    public VetoScheme(VetoConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Takes changed defaults without a restart. An invalid configuration is refused with one
     * error in the log; the previous valid defaults (the built-in ones at first) stay in force and
     * the scheme stays available to running rounds.
     */
    @Modified
    void modified(VetoConfiguration configuration) {
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

    private synchronized void configure(VetoConfiguration configuration) {
        // The same reader and rules as a plan's parameters, against the built-in defaults.
        Parameters configured = Parameters.of(Map.of(PASS_LINE, configuration.passLine()));
        try {
            defaults = Defaults.read(configured);
            configurationProblem = null;
        } catch (InvalidInputException e) {
            LocalizedText problem = ConfigurationStatus.refused(VetoConfiguration.PID, configured, e.violations());
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
        // A weight or minimum for a method without a result means a result is missing.
        Set<String> methodIds = new TreeSet<>(byMethod.keySet());
        Set<String> configured =
                new TreeSet<>(configuration.withPrefix(WEIGHT_PREFIX).keySet());
        configuration.withPrefix(MINIMUM_PREFIX).keySet().forEach(key -> configured.add(Minimum.methodOf(key)));
        for (String methodId : configured) {
            if (methodIds.add(methodId)) {
                violations.add(new Violation(
                        "results[" + methodId + "]",
                        "missing-result",
                        LocalizedText.of(
                                "缺少评审方式 " + methodId + " 的结果，无法判定",
                                "The result of method " + methodId + " is missing; no verdict can be given")));
            }
        }
        Config config = Config.read(configuration, methodIds, defaults);
        violations.addAll(config.violations());
        InvalidInputException.throwIfAny(violations);
        for (Minimum minimum : config.minimums()) {
            minimum.check(byMethod.get(minimum.methodId()), violations);
        }
        InvalidInputException.throwIfAny(violations);

        List<LocalizedText> vetoes = new ArrayList<>();
        for (MethodResult result : byMethod.values()) {
            if (result.vetoed()) {
                vetoes.add(LocalizedText.of(
                        "一票否决：评审方式 " + result.methodId() + " 否决了申报人" + joined(result.reasons(), true),
                        "Veto: method " + result.methodId() + " vetoed the candidate"
                                + joined(result.reasons(), false)));
            }
        }
        for (Minimum minimum : config.minimums()) {
            minimum.missed(byMethod.get(minimum.methodId())).ifPresent(vetoes::add);
        }

        List<LocalizedText> reasons = new ArrayList<>(vetoes);
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
        if (!vetoes.isEmpty()) {
            reasons.add(LocalizedText.of(
                    "总分 " + totalText + "（合格线 " + passLineText + " 分），但有 " + vetoes.size() + " 项一票否决，无论总分多少均不予通过",
                    "Total " + totalText + " (pass line " + passLineText + "), but " + vetoes.size()
                            + " veto(es) fail the candidate whatever the total"));
        } else if (reachesPassLine) {
            reasons.add(LocalizedText.of(
                    "无一票否决，总分 " + totalText + " 达到合格线 " + passLineText + " 分",
                    "No veto; total " + totalText + " reaches the pass line " + passLineText));
        } else {
            reasons.add(LocalizedText.of(
                    "无一票否决，但总分 " + totalText + " 低于合格线 " + passLineText + " 分，不予通过",
                    "No veto, but total " + totalText + " is below the pass line " + passLineText + ": fail"));
        }
        return new FinalResult(total, vetoes.isEmpty() && reachesPassLine, reasons);
    }

    private static String joined(List<LocalizedText> reasons, boolean zh) {
        if (reasons.isEmpty()) {
            return "";
        }
        return reasons.stream()
                .map(r -> zh ? r.zh() : r.en())
                .collect(Collectors.joining(zh ? "；" : "; ", zh ? "（" : " (", zh ? "）" : ")"));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * A configured minimum: of a method's score ({@code itemId} null) or of one item's combined
     * points.
     */
    private record Minimum(String key, String methodId, String itemId, BigDecimal value) {

        /** The method id of a key after {@code minimum.}: method ids hold no dot, item ids may. */
        static String methodOf(String keyAfterPrefix) {
            int dot = keyAfterPrefix.indexOf('.');
            return dot < 0 ? keyAfterPrefix : keyAfterPrefix.substring(0, dot);
        }

        /** Checks what only the result can tell: the minimum is reachable, the item exists. */
        void check(MethodResult result, List<Violation> violations) {
            if (itemId == null) {
                if (value.compareTo(result.maxScore()) > 0) {
                    violations.add(new Violation(
                            key,
                            "range",
                            LocalizedText.of(
                                    "配置项 " + key + " 为 " + plain(value) + "，高于评审方式 " + methodId + " 的满分 "
                                            + plain(result.maxScore()) + " 分，任何人都达不到",
                                    "Parameter " + key + " is " + plain(value) + ", above the maximum "
                                            + plain(result.maxScore()) + " of method " + methodId
                                            + "; nobody could reach it")));
                }
            } else if (!result.itemScores().containsKey(itemId)) {
                violations.add(new Violation(
                        key,
                        "unknown-item",
                        LocalizedText.of(
                                "评审方式 " + methodId + " 的结果中没有评分项 " + itemId + "，请更正配置项 " + key,
                                "The result of method " + methodId + " has no item " + itemId + "; correct " + key)));
            }
        }

        Optional<LocalizedText> missed(MethodResult result) {
            BigDecimal actual =
                    itemId == null ? result.score() : result.itemScores().get(itemId);
            if (actual.compareTo(value) >= 0) {
                return Optional.empty();
            }
            return Optional.of(
                    itemId == null
                            ? LocalizedText.of(
                                    "一票否决：评审方式 " + methodId + " 得分 " + plain(actual) + " 低于最低要求 " + plain(value) + " 分",
                                    "Veto: method " + methodId + " scored " + plain(actual) + ", below its minimum "
                                            + plain(value))
                            : LocalizedText.of(
                                    "一票否决：评审方式 " + methodId + " 的评分项 " + itemId + " 得分 " + plain(actual) + " 低于最低要求 "
                                            + plain(value) + " 分",
                                    "Veto: item " + itemId + " of method " + methodId + " scored " + plain(actual)
                                            + ", below its minimum " + plain(value)));
        }
    }

    /** The scheme's defaults: what a plan that leaves a parameter unset gets. */
    private record Defaults(BigDecimal passLine) {

        static final Defaults BUILT_IN = new Defaults(new BigDecimal(DEFAULT_PASS_LINE));

        /**
         * Reads configured defaults by the plan's rules.
         *
         * @throws InvalidInputException listing every rule they break
         */
        static Defaults read(Parameters configured) {
            List<Violation> violations = new ArrayList<>();
            BigDecimal passLine = Config.passLine(configured, BUILT_IN.passLine(), violations);
            InvalidInputException.throwIfAny(violations);
            return new Defaults(passLine);
        }
    }

    /**
     * A configuration read against the methods of a plan: the values that could be read, and every
     * rule it breaks. The values are only meaningful when there are no violations.
     */
    private record Config(
            Map<String, BigDecimal> weights, BigDecimal passLine, List<Minimum> minimums, List<Violation> violations) {

        /** Reads a plan's parameters; what it leaves unset comes from {@code defaults}. */
        static Config read(Parameters parameters, Set<String> methodIds, Defaults defaults) {
            List<Violation> violations = new ArrayList<>();
            for (String key : parameters.asMap().keySet()) {
                if (!key.equals(PASS_LINE) && !family(key, WEIGHT_PREFIX) && !family(key, MINIMUM_PREFIX)) {
                    violations.add(new Violation(
                            key,
                            "unknown",
                            LocalizedText.of(
                                    "本评分办法没有配置项 " + key + "，请删除或更正",
                                    "This scheme has no parameter " + key + "; remove or correct it")));
                }
            }

            Map<String, BigDecimal> weights = Scores.weights(parameters, WEIGHT_PREFIX, methodIds, violations);

            List<Minimum> minimums = new ArrayList<>();
            for (String rest : parameters.withPrefix(MINIMUM_PREFIX).keySet()) {
                String key = MINIMUM_PREFIX + rest;
                String methodId = Minimum.methodOf(rest);
                String itemId = rest.length() > methodId.length() ? rest.substring(methodId.length() + 1) : null;
                if (!methodIds.contains(methodId)) {
                    violations.add(unknownMethod(key, methodId));
                    continue;
                }
                if (itemId != null && itemId.isEmpty()) {
                    violations.add(new Violation(
                            key,
                            "unknown",
                            LocalizedText.of(
                                    "配置项 " + key + " 缺少评分项，应为 minimum.<评审方式>.<评分项>",
                                    "Parameter " + key + " names no item; use minimum.<method>.<item>")));
                    continue;
                }
                try {
                    BigDecimal value = parameters.getDecimal(key, null);
                    if (value.signum() < 0) {
                        violations.add(new Violation(
                                key,
                                "min",
                                LocalizedText.of(
                                        "配置项 " + key + " 为 " + value.toPlainString() + "，最低分不能为负数",
                                        "Parameter " + key + " is " + value.toPlainString()
                                                + "; a minimum must not be negative")));
                    } else {
                        minimums.add(new Minimum(key, methodId, itemId, value));
                    }
                } catch (InvalidInputException e) {
                    violations.addAll(e.violations());
                }
            }

            BigDecimal passLine = passLine(parameters, defaults.passLine(), violations);
            return new Config(weights, passLine, List.copyOf(minimums), List.copyOf(violations));
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

        private static boolean family(String key, String prefix) {
            return key.startsWith(prefix) && key.length() > prefix.length();
        }

        private static Violation unknownMethod(String key, String methodId) {
            return new Violation(
                    key,
                    "unknown-method",
                    LocalizedText.of(
                            "工作方案中没有评审方式 " + methodId + "，请删除配置项 " + key,
                            "The plan has no assessment method " + methodId + "; remove " + key));
        }
    }
}
