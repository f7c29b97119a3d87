package org.skilleval.plugin.panelvote;

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
 * 评委会表决 (panel vote): the candidate passes when at least the plan's {@value #SHARE} of the
 * panel approves and, unless the plan says otherwise, no method vetoed the candidate.
 *
 * <p>A plan derives each expert's vote in exactly one of two ways:
 * <ul>
 * <li><b>By the expert's total</b> ({@value #APPROVAL_METHOD} = {@code <methodId>} and
 * {@value #APPROVE_AT}, a share of the method's maximum such as {@code 60%}): an expert approves
 * when their own total on that method ({@link MethodResult#expertTotals()}, plugin API 1.1) is at
 * least {@code approveAt × maxScore}. Works with every method that reports expert totals; the
 * ballots are counted exactly, nothing is rounded before the comparison.</li>
 * <li><b>By an approval item</b> ({@value #APPROVAL_ITEM} = {@code <methodId>.<itemId>}): the
 * method's score sheet has an approve/reject item each expert scores {@value #APPROVAL_POINTS}
 * points to approve and 0 to reject. A method that combines an item by the mean over the panel (as
 * {@code Scores.itemMeans} does) reports approvals ÷ experts × approval points, so the share is the
 * combined points ÷ approval points; it carries the method's rounding to 2 places.</li>
 * </ul>
 *
 * <p>The total is the approval share in percent (0–100).
 *
 * <p>The defaults of the parameters that have one are plugin-wide configuration ({@link
 * PanelVoteConfiguration}, PID {@value PanelVoteConfiguration#PID}): they apply to every plan that leaves the parameter
 * unset, and {@link #parameters()} reports them. A configured default that breaks the plan rules
 * is refused: the previous valid defaults stay in force, one error is logged and {@link
 * #configurationProblem()} says why.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = ScoringScheme.class,
        configurationPid = PanelVoteConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PanelVoteConfiguration.class)
public class PanelVoteScheme implements ScoringScheme, ConfigurationStatus {

    private static final Logger LOG = LoggerFactory.getLogger(PanelVoteScheme.class);

    /** The scheme's id, referred to by work plans. */
    public static final String ID = "panel-vote";

    /** Key of the approve/reject item, {@code <methodId>.<itemId>}. */
    public static final String APPROVAL_ITEM = "approvalItem";

    /** Key of the points an approving expert gives the item. */
    public static final String APPROVAL_POINTS = "approvalPoints";

    /** Key of the method on whose expert totals the experts vote. */
    public static final String APPROVAL_METHOD = "approvalMethod";

    /** Key of the share of that method's maximum an expert's total must reach to approve. */
    public static final String APPROVE_AT = "approveAt";

    /** Key of the required share of approvals. */
    public static final String SHARE = "share";

    /** Key of whether vetoes fail the candidate. */
    public static final String HONOUR_VETOES = "honourVetoes";

    static final String DEFAULT_APPROVAL_POINTS = "1";

    private static final Set<String> KEYS =
            Set.of(APPROVAL_ITEM, APPROVAL_POINTS, APPROVAL_METHOD, APPROVE_AT, SHARE, HONOUR_VETOES);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final LocalizedText NAME = LocalizedText.of("评委会表决", "Panel vote");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "由评委会表决，每位评委的表决意见按工作方案选定的一种方式认定：（一）按评委总分：指定一种评审方式"
                    + "（approvalMethod）和赞成线（approveAt，如 60% 即该方式满分的 60%），评委本人在该方式的总分达到"
                    + "赞成线即为赞成；（二）按表决评分项：指定某评审方式评分表中的“表决”评分项（approvalItem），"
                    + "每位评委赞成计满分（默认 1 分）、反对计 0 分，该评审方式的平均分 ÷ 赞成分即为赞成比例。"
                    + "赞成比例达到工作方案规定的比例（如 2/3、0.6、60%）即通过；默认情况下，任一评审方式被一票否决时不予通过。"
                    + "总分为赞成比例（%）。",
            "The panel votes; each expert's vote is derived in one of two ways the work plan chooses: "
                    + "(1) by the expert's total: the plan names a method (approvalMethod) and a mark "
                    + "(approveAt, e.g. 60% of that method's maximum), and an expert whose own total on the "
                    + "method reaches the mark approves; (2) by an approval item: the plan names an "
                    + "approve/reject item on a method's score sheet (approvalItem), which each expert scores "
                    + "full points (1 by default) to approve and 0 to reject, and the method's mean divided "
                    + "by the approval points is the share approving. The candidate passes when the share "
                    + "approving reaches the share the plan requires (e.g. 2/3, 0.6 or 60%); by default a veto "
                    + "by any method fails the candidate. The total is the approval share in percent.");

    private static List<ParameterSpec> parameterSpecs(Defaults defaults) {
        return List.of(
                new ParameterSpec(
                        APPROVAL_ITEM,
                        LocalizedText.of(
                                "按表决评分项表决：<评审方式>.<评分项>，评委赞成计满分、反对计 0 分（与 approvalMethod 二选一）",
                                "Vote by an item, as <method>.<item>: experts give full points to approve, 0 to reject"
                                        + " (either this or approvalMethod)"),
                        ParameterType.STRING,
                        null,
                        false),
                new ParameterSpec(
                        APPROVAL_POINTS,
                        LocalizedText.of(
                                "赞成时该评分项的分值（大于 0；仅用于 approvalItem）",
                                "Points of the vote item for approval (above 0; with approvalItem only)"),
                        ParameterType.DECIMAL,
                        plain(defaults.approvalPoints()),
                        false),
                new ParameterSpec(
                        APPROVAL_METHOD,
                        LocalizedText.of(
                                "按评委总分表决：评审方式编号，评委本人在该方式的总分达到 approveAt 即为赞成（与 approvalItem 二选一）",
                                "Vote by the experts' totals: the method whose total an expert must reach approveAt on"
                                        + " to approve (either this or approvalItem)"),
                        ParameterType.STRING,
                        null,
                        false),
                new ParameterSpec(
                        APPROVE_AT,
                        LocalizedText.of(
                                "赞成线：占该评审方式满分的比例，如 60%、0.6 或 3/5（大于 0，不超过 1；与 approvalMethod 同用）",
                                "Approval mark as a share of the method's maximum, e.g. 60%, 0.6 or 3/5 (above 0, at"
                                        + " most 1; with approvalMethod)"),
                        ParameterType.STRING,
                        null,
                        false),
                new ParameterSpec(
                        SHARE,
                        LocalizedText.of(
                                "通过所需的最低赞成比例，如 2/3、0.6 或 60%（大于 0，不超过 1）",
                                "Share of approvals needed to pass, e.g. 2/3, 0.6 or 60% (above 0, at most 1)"),
                        ParameterType.STRING,
                        null,
                        true),
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
    public PanelVoteScheme() {}

    /** The scheme with the configured defaults; see {@link #modified(PanelVoteConfiguration)}. */
    @Activate
    public PanelVoteScheme(PanelVoteConfiguration configuration) {
        configure(configuration);
    }

    /**
     * Takes changed defaults without a restart. An invalid configuration is refused with one
     * error in the log; the previous valid defaults (the built-in ones at first) stay in force and
     * the scheme stays available to running rounds.
     */
    @Modified
    void modified(PanelVoteConfiguration configuration) {
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

    private synchronized void configure(PanelVoteConfiguration configuration) {
        // The same reader and rules as a plan's parameters, against the built-in defaults.
        Parameters configured = Parameters.of(
                Map.of(APPROVAL_POINTS, configuration.approvalPoints(), HONOUR_VETOES, configuration.honourVetoes()));
        try {
            defaults = Defaults.read(configured);
            configurationProblem = null;
        } catch (InvalidInputException e) {
            LocalizedText problem = ConfigurationStatus.refused(PanelVoteConfiguration.PID, configured, e.violations());
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

    /** Totals are out of 100 whatever the configuration: the approval share in percent. */
    @Override
    public BigDecimal maxTotal(Parameters configuration) {
        return HUNDRED;
    }

    @Override
    public List<Violation> validateConfiguration(Parameters configuration, Set<String> methodIds) {
        return Config.read(configuration, defaults).violations(methodIds);
    }

    @Override
    public FinalResult combine(List<MethodResult> results, Parameters configuration) {
        List<Violation> violations = new ArrayList<>();
        Map<String, MethodResult> byMethod = Scores.resultsByMethod(results, violations);
        Config config = Config.read(configuration, defaults);
        Set<String> methodIds = new TreeSet<>(byMethod.keySet());
        if (config.methodId() != null && !methodIds.contains(config.methodId())) {
            violations.add(new Violation(
                    "results[" + config.methodId() + "]",
                    "missing-result",
                    LocalizedText.of(
                            "缺少表决所在评审方式 " + config.methodId() + " 的结果，无法统计表决",
                            "The result of method " + config.methodId() + ", which holds the vote, is missing;"
                                    + " the vote cannot be counted")));
            methodIds.add(config.methodId());
        }
        violations.addAll(config.violations(methodIds));
        InvalidInputException.throwIfAny(violations);

        MethodResult voting = byMethod.get(config.methodId());
        Tally tally = config.byTotals() ? byTotals(voting, config) : byItem(voting, config);
        boolean carried = tally.carried(config.share());
        BigDecimal approvalPercent = tally.percent();
        String required = config.share().text() + "（" + config.share().percent().toPlainString() + "%）";
        String requiredEn =
                config.share().text() + " (" + config.share().percent().toPlainString() + "%)";
        List<LocalizedText> reasons = new ArrayList<>();
        reasons.add(tally.reason());
        reasons.add(
                carried
                        ? LocalizedText.of(
                                "赞成比例达到所需的 " + required + "，表决通过",
                                "The share approving reaches the required " + requiredEn + ": carried")
                        : LocalizedText.of(
                                "赞成比例未达到所需的 " + required + "，表决未通过，不予通过",
                                "The share approving is below the required " + requiredEn + ": fail"));

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
        return new FinalResult(approvalPercent, carried && !vetoed, reasons);
    }

    /**
     * The approvals as a fraction {@code part ÷ whole}, compared exactly with the required share.
     *
     * @param part the approvals (ballots, or combined points of the vote item)
     * @param whole the ballots cast (or the approval points); positive
     * @param reason how the approvals were counted, for a person
     */
    private record Tally(BigDecimal part, BigDecimal whole, LocalizedText reason) {

        boolean carried(Share share) {
            return share.reachedBy(part, whole);
        }

        BigDecimal percent() {
            return Scores.percentOf(part, whole);
        }
    }

    /** One ballot per expert total the method reports: approve when it reaches the mark. */
    private static Tally byTotals(MethodResult voting, Config config) {
        if (voting.expertTotals().isEmpty()) {
            throw new InvalidInputException(
                    "results[" + voting.methodId() + "].expertTotals",
                    "expert-totals-missing",
                    LocalizedText.of(
                            "评审方式 " + voting.methodId() + " 的结果中没有各评委的总分（该插件按插件接口 1.0 构建，不报告评委总分），"
                                    + "无法按评委总分表决；请升级该评审方式插件，或改用 " + APPROVAL_ITEM + " 表决",
                            "The result of method " + voting.methodId() + " does not carry each expert's total (the"
                                    + " plugin was built against plugin API 1.0, which does not report them), so the"
                                    + " experts cannot vote by their totals; update the method's plugin or vote by "
                                    + APPROVAL_ITEM));
        }
        Share mark = config.approveAt();
        long approving = voting.expertTotals().values().stream()
                .filter(total -> mark.reachedBy(total, voting.maxScore()))
                .count();
        int ballots = voting.expertTotals().size();
        BigDecimal markPoints =
                voting.maxScore().multiply(mark.numerator()).divide(mark.denominator(), Scores.SCALE, Scores.ROUNDING);
        String max = plain(voting.maxScore());
        String at = mark.text() + "（" + plain(markPoints) + " 分）";
        String atEn = mark.text() + " (" + plain(markPoints) + ")";
        BigDecimal percent = Scores.percentOf(BigDecimal.valueOf(approving), BigDecimal.valueOf(ballots));
        return new Tally(
                BigDecimal.valueOf(approving),
                BigDecimal.valueOf(ballots),
                LocalizedText.of(
                        "表决：评审方式 " + voting.methodId() + " 的 " + ballots + " 位评委中，" + approving + " 位本人总分达到满分 " + max
                                + " 的 " + at + "，赞成比例 " + percent.toPlainString() + "%",
                        "Vote: " + approving + " of " + ballots + " experts reach " + atEn + " of the maximum " + max
                                + " of method " + voting.methodId() + " with their own total: "
                                + percent.toPlainString() + "% approve"));
    }

    /** The vote item's combined points over the approval points. */
    private static Tally byItem(MethodResult voting, Config config) {
        BigDecimal points = voting.itemScores().get(config.itemId());
        if (points == null) {
            throw new InvalidInputException(
                    APPROVAL_ITEM,
                    "unknown-item",
                    LocalizedText.of(
                            "评审方式 " + config.methodId() + " 的结果中没有评分项 " + config.itemId() + "，请更正配置项 " + APPROVAL_ITEM,
                            "The result of method " + config.methodId() + " has no item " + config.itemId()
                                    + "; correct " + APPROVAL_ITEM));
        }
        if (points.signum() < 0 || points.compareTo(config.approvalPoints()) > 0) {
            throw new InvalidInputException(
                    APPROVAL_POINTS,
                    "range",
                    LocalizedText.of(
                            "表决项 " + config.item() + " 的综合得分 " + plain(points) + " 超出 0–"
                                    + plain(config.approvalPoints()) + "，赞成分值 " + APPROVAL_POINTS + " 与评分表不符",
                            "The vote item " + config.item() + " combined to " + plain(points) + ", outside 0–"
                                    + plain(config.approvalPoints()) + "; " + APPROVAL_POINTS
                                    + " does not match the score sheet"));
        }
        BigDecimal percent = Scores.percentOf(points, config.approvalPoints());
        return new Tally(
                points,
                config.approvalPoints(),
                LocalizedText.of(
                        "表决：评审方式 " + config.methodId() + " 的评分项 " + config.itemId() + " 综合得分 " + plain(points)
                                + "（赞成计 " + plain(config.approvalPoints()) + " 分，反对计 0 分），赞成比例 "
                                + percent.toPlainString() + "%",
                        "Vote: item " + config.itemId() + " of method " + config.methodId() + " combined to "
                                + plain(points) + " (approve = " + plain(config.approvalPoints()) + ", reject = 0): "
                                + percent.toPlainString() + "% approve"));
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
    private record Defaults(BigDecimal approvalPoints, boolean honourVetoes) {

        static final Defaults BUILT_IN = new Defaults(new BigDecimal(DEFAULT_APPROVAL_POINTS), true);

        /**
         * Reads configured defaults by the plan's rules.
         *
         * @throws InvalidInputException listing every rule they break
         */
        static Defaults read(Parameters configured) {
            List<Violation> violations = new ArrayList<>();
            BigDecimal approvalPoints = Config.approvalPoints(configured, BUILT_IN.approvalPoints(), violations);
            boolean honourVetoes = Config.honourVetoes(configured, BUILT_IN.honourVetoes(), violations);
            InvalidInputException.throwIfAny(violations);
            return new Defaults(approvalPoints, honourVetoes);
        }
    }

    /**
     * A configuration as read, with the problems found reading it; {@link #violations(Set)} adds
     * the checks against the plan's methods. The values are only meaningful when there are no
     * violations.
     *
     * @param byTotals whether the experts vote by their totals ({@value #APPROVAL_METHOD}), not by
     *     an approval item
     * @param methodId the method holding the vote, either way
     */
    private record Config(
            boolean byTotals,
            String methodId,
            String item,
            String itemId,
            BigDecimal approvalPoints,
            Share approveAt,
            Share share,
            boolean honourVetoes,
            List<Violation> readViolations) {

        /** Reads a plan's parameters; what it leaves unset comes from {@code defaults}. */
        static Config read(Parameters parameters, Defaults defaults) {
            List<Violation> violations = new ArrayList<>();
            for (String key : parameters.asMap().keySet()) {
                if (!KEYS.contains(key)) {
                    violations.add(new Violation(
                            key,
                            "unknown",
                            LocalizedText.of(
                                    "本评分办法没有配置项 " + key + "，请删除或更正",
                                    "This scheme has no parameter " + key + "; remove or correct it")));
                }
            }

            String item = parameters.get(APPROVAL_ITEM).map(String::trim).orElse(null);
            Optional<String> approvalMethod = parameters.get(APPROVAL_METHOD).map(String::trim);
            Optional<String> rawApproveAt = parameters.get(APPROVE_AT);
            boolean byTotals = approvalMethod.isPresent() || rawApproveAt.isPresent();
            if (item != null && byTotals) {
                violations.add(new Violation(
                        APPROVAL_ITEM,
                        "one-way",
                        LocalizedText.of(
                                "表决方式只能二选一：按表决评分项（" + APPROVAL_ITEM + "）或按评委总分（" + APPROVAL_METHOD + " + " + APPROVE_AT
                                        + "），请删除其中一种",
                                "Choose one way to vote: by an item (" + APPROVAL_ITEM + ") or by the experts' totals ("
                                        + APPROVAL_METHOD + " + " + APPROVE_AT + "); remove the other")));
            } else if (item == null && !byTotals) {
                violations.add(new Violation(
                        APPROVAL_ITEM,
                        "required",
                        LocalizedText.of(
                                "缺少表决方式：请设置 " + APPROVAL_METHOD + " + " + APPROVE_AT + "（按评委总分表决）或 " + APPROVAL_ITEM
                                        + "（按表决评分项表决）",
                                "How the experts vote is missing: set " + APPROVAL_METHOD + " + " + APPROVE_AT
                                        + " (by the experts' totals) or " + APPROVAL_ITEM + " (by an item)")));
            }

            String methodId = null;
            String itemId = null;
            if (item != null) {
                int dot = item.indexOf('.');
                if (dot <= 0 || dot == item.length() - 1) {
                    violations.add(new Violation(
                            APPROVAL_ITEM,
                            "format",
                            LocalizedText.of(
                                    "表决评分项为 \"" + item + "\"，应写作 <评审方式>.<评分项>，如 comprehensive-review.approve",
                                    "The vote item is \"" + item + "\"; write it as <method>.<item>, e.g."
                                            + " comprehensive-review.approve")));
                } else {
                    // Method ids hold no dot, so the first dot ends the method id.
                    methodId = item.substring(0, dot);
                    itemId = item.substring(dot + 1);
                }
            }

            Share approveAt = null;
            if (byTotals && item == null) {
                if (approvalMethod.isEmpty() || approvalMethod.get().isEmpty()) {
                    violations.add(required(APPROVAL_METHOD, "按评委总分表决的评审方式", "the method the experts' totals vote on"));
                } else if (approvalMethod.get().indexOf('.') >= 0) {
                    violations.add(new Violation(
                            APPROVAL_METHOD,
                            "format",
                            LocalizedText.of(
                                    "评审方式为 \"" + approvalMethod.get() + "\"，只写评审方式编号，如 oral-defense；按评分项表决请用 "
                                            + APPROVAL_ITEM,
                                    "The method is \"" + approvalMethod.get() + "\"; give the method id only, e.g."
                                            + " oral-defense; to vote by an item use " + APPROVAL_ITEM)));
                } else {
                    methodId = approvalMethod.get();
                }
                if (rawApproveAt.isEmpty()) {
                    violations.add(required(APPROVE_AT, "赞成线：占满分的比例", "the approval mark as a share of the maximum"));
                } else {
                    Optional<Share> parsed = Share.parse(rawApproveAt.get());
                    if (parsed.isEmpty()) {
                        violations.add(new Violation(
                                APPROVE_AT,
                                "format",
                                LocalizedText.of(
                                        "赞成线 \"" + rawApproveAt.get() + "\" 无法识别，请写作 60%、0.6 或 3/5",
                                        "The approval mark \"" + rawApproveAt.get() + "\" is not understood; write 60%,"
                                                + " 0.6 or 3/5")));
                    } else if (!parsed.get().isProper()) {
                        violations.add(new Violation(
                                APPROVE_AT,
                                "range",
                                LocalizedText.of(
                                        "赞成线为 " + rawApproveAt.get() + "，必须大于 0 且不超过满分（100%）",
                                        "The approval mark is " + rawApproveAt.get()
                                                + "; it must be above 0 and at most the maximum (100%)")));
                    } else {
                        approveAt = parsed.get();
                    }
                }
                if (parameters.get(APPROVAL_POINTS).isPresent()) {
                    violations.add(new Violation(
                            APPROVAL_POINTS,
                            "not-applicable",
                            LocalizedText.of(
                                    "按评委总分表决时不使用赞成分值 " + APPROVAL_POINTS + "，请删除",
                                    APPROVAL_POINTS + " applies only to voting by an item; remove it when the experts"
                                            + " vote by their totals")));
                }
            }

            BigDecimal approvalPoints = approvalPoints(parameters, defaults.approvalPoints(), violations);

            Share share = null;
            Optional<String> rawShare = parameters.get(SHARE);
            if (rawShare.isEmpty()) {
                violations.add(required(SHARE, "通过所需的赞成比例", "the share of approvals needed"));
            } else {
                Optional<Share> parsed = Share.parse(rawShare.get());
                if (parsed.isEmpty()) {
                    violations.add(new Violation(
                            SHARE,
                            "format",
                            LocalizedText.of(
                                    "赞成比例 \"" + rawShare.get() + "\" 无法识别，请写作 2/3、0.6 或 60%",
                                    "The share \"" + rawShare.get() + "\" is not understood; write 2/3, 0.6 or"
                                            + " 60%")));
                } else if (!parsed.get().isProper()) {
                    violations.add(new Violation(
                            SHARE,
                            "range",
                            LocalizedText.of(
                                    "赞成比例为 " + rawShare.get() + "，必须大于 0 且不超过 1（100%）",
                                    "The share is " + rawShare.get() + "; it must be above 0 and at most 1 (100%)")));
                } else {
                    share = parsed.get();
                }
            }

            boolean honourVetoes = honourVetoes(parameters, defaults.honourVetoes(), violations);
            return new Config(
                    byTotals && item == null,
                    methodId,
                    item,
                    itemId,
                    approvalPoints,
                    approveAt,
                    share,
                    honourVetoes,
                    List.copyOf(violations));
        }

        /** The approval points, above 0, or {@code defaultValue} when unset (wrong: recorded). */
        static BigDecimal approvalPoints(Parameters parameters, BigDecimal defaultValue, List<Violation> violations) {
            BigDecimal approvalPoints = defaultValue;
            try {
                approvalPoints = parameters.getDecimal(APPROVAL_POINTS, approvalPoints);
                if (approvalPoints.signum() <= 0) {
                    violations.add(new Violation(
                            APPROVAL_POINTS,
                            "positive",
                            LocalizedText.of(
                                    "赞成分值为 " + approvalPoints.toPlainString() + "，必须大于 0",
                                    "The approval points are " + approvalPoints.toPlainString()
                                            + "; they must be greater than 0")));
                }
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            return approvalPoints;
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

        List<Violation> violations(Set<String> methodIds) {
            List<Violation> violations = new ArrayList<>(readViolations);
            if (methodId != null && !methodIds.contains(methodId)) {
                violations.add(new Violation(
                        byTotals ? APPROVAL_METHOD : APPROVAL_ITEM,
                        "unknown-method",
                        LocalizedText.of(
                                "工作方案中没有评审方式 " + methodId + "，表决须依据方案所选的评审方式",
                                "The plan has no assessment method " + methodId + "; the vote must be on one of the"
                                        + " plan's methods")));
            }
            return violations;
        }

        private static Violation required(String key, String zh, String en) {
            return new Violation(
                    key,
                    "required",
                    LocalizedText.of("缺少配置项 " + key + "（" + zh + "）", "Parameter " + key + " (" + en + ") is missing"));
        }
    }
}
