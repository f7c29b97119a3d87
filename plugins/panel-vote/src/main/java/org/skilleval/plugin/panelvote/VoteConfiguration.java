package org.skilleval.plugin.panelvote;

import static org.skilleval.plugin.panelvote.PanelVoteScheme.APPROVAL_ITEM;
import static org.skilleval.plugin.panelvote.PanelVoteScheme.APPROVAL_METHOD;
import static org.skilleval.plugin.panelvote.PanelVoteScheme.APPROVAL_POINTS;
import static org.skilleval.plugin.panelvote.PanelVoteScheme.APPROVAL_POINTS_PARAMETER;
import static org.skilleval.plugin.panelvote.PanelVoteScheme.APPROVE_AT;
import static org.skilleval.plugin.panelvote.PanelVoteScheme.HONOUR_VETOES_PARAMETER;
import static org.skilleval.plugin.panelvote.PanelVoteScheme.NAME;
import static org.skilleval.plugin.panelvote.PanelVoteScheme.PARAMETERS;
import static org.skilleval.plugin.panelvote.PanelVoteScheme.SHARE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.PluginDefaults;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/**
 * A configuration as read, with the problems found reading it; {@link #violations(Set)} adds
 * the checks against the plan's methods. The values are only meaningful when there are no
 * violations.
 *
 * @param byTotals whether the experts vote by their totals ({@value #APPROVAL_METHOD}), not by
 *     an approval item
 * @param methodId the method holding the vote, either way
 */
record VoteConfiguration(
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
    static VoteConfiguration read(Parameters parameters, PluginDefaults defaults) {
        List<Violation> violations = new ArrayList<>();
        PARAMETERS.unknownKeys(parameters, NAME, violations);

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

        BigDecimal approvalPoints = defaults.read(APPROVAL_POINTS_PARAMETER, parameters, violations);

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
                                "The share \"" + rawShare.get() + "\" is not understood; write 2/3, 0.6 or" + " 60%")));
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

        boolean honourVetoes = defaults.read(HONOUR_VETOES_PARAMETER, parameters, violations);
        return new VoteConfiguration(
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
