package org.skilleval.plugin.panelvote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
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

/**
 * 评委会表决 (panel vote): the candidate passes when at least the plan's {@value #SHARE} of the
 * panel approves and, unless the plan says otherwise, no method vetoed the candidate.
 *
 * <p>How a vote reaches the scheme within plugin API 1.0: one assessment method of the plan has an
 * approve/reject item on its score sheet ({@value #APPROVAL_ITEM} = {@code <methodId>.<itemId>});
 * each expert gives it {@value #APPROVAL_POINTS} points to approve and 0 to reject. A method that
 * combines an item by the mean over the panel (as {@code Scores.itemMeans} does) then reports the
 * item's combined points = approvals ÷ experts × approval points, so the approval share is the
 * combined points ÷ approval points. The scheme never sees individual ballots (API 1.0 gives it
 * none), so the share carries the method's rounding to 2 places; the comparison with the required
 * share is exact from there on.
 *
 * <p>The total is the approval share in percent (0–100). Stateless and thread-safe.
 */
@Component(service = ScoringScheme.class)
public class PanelVoteScheme implements ScoringScheme {

    /** The scheme's id, referred to by work plans. */
    public static final String ID = "panel-vote";

    /** Key of the approve/reject item, {@code <methodId>.<itemId>}. */
    public static final String APPROVAL_ITEM = "approvalItem";

    /** Key of the points an approving expert gives the item. */
    public static final String APPROVAL_POINTS = "approvalPoints";

    /** Key of the required share of approvals. */
    public static final String SHARE = "share";

    /** Key of whether vetoes fail the candidate. */
    public static final String HONOUR_VETOES = "honourVetoes";

    static final String DEFAULT_APPROVAL_POINTS = "1";

    private static final Set<String> KEYS = Set.of(APPROVAL_ITEM, APPROVAL_POINTS, SHARE, HONOUR_VETOES);

    private static final LocalizedText NAME = LocalizedText.of("评委会表决", "Panel vote");

    private static final LocalizedText DESCRIPTION = LocalizedText.of(
            "由评委会表决：工作方案指定某评审方式评分表中的“表决”评分项，每位评委赞成计满分（默认 1 分）、反对计 0 分；"
                    + "该评审方式对全体评委取平均后，平均分 ÷ 赞成分即为赞成比例。赞成比例达到工作方案规定的比例"
                    + "（如 2/3、0.6、60%）即通过；默认情况下，任一评审方式被一票否决时不予通过。总分为赞成比例（%）。",
            "The panel votes: the work plan names an approve/reject item on one assessment method's score "
                    + "sheet, which each expert scores full points (1 by default) to approve and 0 to reject; "
                    + "the method averages it over the panel, and that mean divided by the approval points is "
                    + "the share of experts approving. The candidate passes when the share reaches the share "
                    + "the plan requires (e.g. 2/3, 0.6 or 60%); by default a veto by any method fails the "
                    + "candidate. The total is the approval share in percent.");

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec(
                    APPROVAL_ITEM,
                    LocalizedText.of(
                            "表决评分项：<评审方式>.<评分项>，评委赞成计满分、反对计 0 分",
                            "Vote item as <method>.<item>: experts give full points to approve, 0 to reject"),
                    ParameterType.STRING,
                    null,
                    true),
            new ParameterSpec(
                    APPROVAL_POINTS,
                    LocalizedText.of("赞成时该评分项的分值（大于 0）", "Points of the vote item for approval (above 0)"),
                    ParameterType.DECIMAL,
                    DEFAULT_APPROVAL_POINTS,
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
                    "true",
                    false));

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
        return PARAMETERS;
    }

    @Override
    public List<Violation> validateConfiguration(Parameters configuration, Set<String> methodIds) {
        return Config.read(configuration).violations(methodIds);
    }

    @Override
    public FinalResult combine(List<MethodResult> results, Parameters configuration) {
        List<Violation> violations = new ArrayList<>();
        Map<String, MethodResult> byMethod = new LinkedHashMap<>();
        for (MethodResult result : results) {
            if (byMethod.putIfAbsent(result.methodId(), result) != null) {
                violations.add(new Violation(
                        "results[" + result.methodId() + "]",
                        "duplicate",
                        LocalizedText.of(
                                "评审方式 " + result.methodId() + " 有多个结果",
                                "There is more than one result for method " + result.methodId())));
            }
        }
        Config config = Config.read(configuration);
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

        BigDecimal approvalPercent = Scores.percentOf(points, config.approvalPoints());
        boolean carried = config.share().reachedBy(points, config.approvalPoints());
        String required = config.share().text() + "（" + config.share().percent().toPlainString() + "%）";
        String requiredEn =
                config.share().text() + " (" + config.share().percent().toPlainString() + "%)";
        List<LocalizedText> reasons = new ArrayList<>();
        reasons.add(LocalizedText.of(
                "表决：评审方式 " + config.methodId() + " 的评分项 " + config.itemId() + " 综合得分 " + plain(points)
                        + "（赞成计 " + plain(config.approvalPoints()) + " 分，反对计 0 分），赞成比例 "
                        + approvalPercent.toPlainString() + "%",
                "Vote: item " + config.itemId() + " of method " + config.methodId() + " combined to " + plain(points)
                        + " (approve = " + plain(config.approvalPoints()) + ", reject = 0): "
                        + approvalPercent.toPlainString() + "% approve"));
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

    /**
     * A configuration as read, with the problems found reading it; {@link #violations(Set)} adds
     * the checks against the plan's methods. The values are only meaningful when there are no
     * violations.
     */
    private record Config(
            String item,
            String methodId,
            String itemId,
            BigDecimal approvalPoints,
            Share share,
            boolean honourVetoes,
            List<Violation> readViolations) {

        static Config read(Parameters parameters) {
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
            String methodId = null;
            String itemId = null;
            if (item == null) {
                violations.add(required(APPROVAL_ITEM, "表决评分项", "the vote item"));
            } else {
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

            BigDecimal approvalPoints = new BigDecimal(DEFAULT_APPROVAL_POINTS);
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

            boolean honourVetoes = true;
            try {
                honourVetoes = parameters.getBoolean(HONOUR_VETOES, true);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
            return new Config(item, methodId, itemId, approvalPoints, share, honourVetoes, List.copyOf(violations));
        }

        List<Violation> violations(Set<String> methodIds) {
            List<Violation> violations = new ArrayList<>(readViolations);
            if (methodId != null && !methodIds.contains(methodId)) {
                violations.add(new Violation(
                        APPROVAL_ITEM,
                        "unknown-method",
                        LocalizedText.of(
                                "工作方案中没有评审方式 " + methodId + "，表决评分项须在方案所选的评审方式中",
                                "The plan has no assessment method " + methodId + "; the vote item must be on"
                                        + " one of the plan's methods")));
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
