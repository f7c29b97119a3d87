package org.skilleval.core.pluginhost.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.skilleval.core.domain.AssessmentResultRecord.MethodOutcome;
import org.skilleval.core.domain.AssessmentResultRecord.Text;
import org.skilleval.core.pluginhost.PluginComputation;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * Why a candidate's result differs between two versions of a plan's plugins, in the terms a
 * reviewer checks: which method's score, which score item or veto changed, how the total moved, and
 * the scoring scheme's own reasons for the new verdict (its pass line, veto or floor).
 */
final class ShadowExplanation {

    private ShadowExplanation() {}

    /** @return empty when neither the verdict nor the total changes */
    static List<LocalizedText> why(PluginComputation before, PluginComputation after) {
        boolean verdictChanged = before.passed() != after.passed();
        boolean totalChanged = before.total().compareTo(after.total()) != 0;
        if (!verdictChanged && !totalChanged) {
            return List.of();
        }
        List<LocalizedText> why = new ArrayList<>();
        boolean methodsChanged = false;
        for (MethodOutcome now : after.methods()) {
            MethodOutcome was = before.methods().stream()
                    .filter(m -> m.methodId().equals(now.methodId()))
                    .findFirst()
                    .orElse(null);
            if (was == null) {
                continue;
            }
            methodsChanged |= methodDifferences(was, now, why);
        }
        if (totalChanged) {
            String total = number(before.total()) + " → " + number(after.total());
            why.add(
                    methodsChanged
                            ? LocalizedText.of("总分 " + total, "total " + total)
                            : LocalizedText.of(
                                    "各评审方式得分不变，评分办法算出的总分 " + total,
                                    "the methods score the same; the scoring scheme combines them to " + total));
        }
        if (verdictChanged) {
            why.add(
                    after.passed()
                            ? LocalizedText.of("结论：不通过 → 通过", "verdict: failed → passed")
                            : LocalizedText.of("结论：通过 → 不通过", "verdict: passed → failed"));
            // The scheme's own words for the new verdict name the threshold, veto or floor it applied.
            for (Text reason : after.reasons()) {
                if (!before.reasons().contains(reason)) {
                    why.add(LocalizedText.of("评分办法：" + reason.zh(), "scoring scheme: " + reason.en()));
                }
            }
        }
        return why;
    }

    /** Adds what changed in one method's result; @return whether anything did. */
    private static boolean methodDifferences(MethodOutcome was, MethodOutcome now, List<LocalizedText> why) {
        boolean changed = false;
        String method = was.methodId();
        if (was.vetoed() != now.vetoed()) {
            why.add(
                    now.vetoed()
                            ? LocalizedText.of(method + "：新版本一票否决", method + ": the new version vetoes")
                            : LocalizedText.of(method + "：新版本不再一票否决", method + ": the new version no longer vetoes"));
            changed = true;
        }
        if (was.score().compareTo(now.score()) != 0 || was.maxScore().compareTo(now.maxScore()) != 0) {
            String score = number(was.score()) + "/" + number(was.maxScore()) + " → " + number(now.score()) + "/"
                    + number(now.maxScore());
            why.add(LocalizedText.of(method + "：得分 " + score, method + ": score " + score));
            changed = true;
        }
        for (String item : union(was.itemScores(), now.itemScores())) {
            BigDecimal before = was.itemScores().get(item);
            BigDecimal after = now.itemScores().get(item);
            if (before != null && after != null && before.compareTo(after) == 0) {
                continue;
            }
            String values = (before == null ? "—" : number(before)) + " → " + (after == null ? "—" : number(after));
            why.add(LocalizedText.of(method + " 评分项 " + item + "：" + values, method + " item " + item + ": " + values));
            changed = true;
        }
        return changed;
    }

    private static TreeSet<String> union(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String number(BigDecimal value) {
        return Objects.requireNonNull(value).stripTrailingZeros().toPlainString();
    }
}
