package org.skilleval.plugin.veto;

import static org.skilleval.plugin.veto.VetoScheme.MINIMUM_PREFIX;
import static org.skilleval.plugin.veto.VetoScheme.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

/**
 * A configured minimum: of a method's score ({@code itemId} null) or of one item's combined
 * points.
 */
record Minimum(String key, String methodId, String itemId, BigDecimal value) {

    /**
     * Reads the minimums of a plan ({@code minimum.<methodId>} and {@code minimum.<methodId>.<itemId>}),
     * recording every rule they break: a method not in the plan ({@code unknown-method}), a key
     * naming no item ({@code unknown}), a value that is no decimal or negative ({@code min}).
     */
    static List<Minimum> readAll(Parameters parameters, Set<String> methodIds, List<Violation> violations) {
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

        return List.copyOf(minimums);
    }

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

    private static Violation unknownMethod(String key, String methodId) {
        return new Violation(
                key,
                "unknown-method",
                LocalizedText.of(
                        "工作方案中没有评审方式 " + methodId + "，请删除配置项 " + key,
                        "The plan has no assessment method " + methodId + "; remove " + key));
    }
}
