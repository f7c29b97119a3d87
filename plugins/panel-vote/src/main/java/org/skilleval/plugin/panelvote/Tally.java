package org.skilleval.plugin.panelvote;

import static org.skilleval.plugin.panelvote.PanelVoteScheme.APPROVAL_ITEM;
import static org.skilleval.plugin.panelvote.PanelVoteScheme.APPROVAL_POINTS;

import java.math.BigDecimal;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;

/**
 * The approvals as a fraction {@code part ÷ whole}, compared exactly with the required share.
 *
 * @param part the approvals (ballots, or combined points of the vote item)
 * @param whole the ballots cast (or the approval points); positive
 * @param reason how the approvals were counted, for a person
 */
record Tally(BigDecimal part, BigDecimal whole, LocalizedText reason) {

    boolean carried(Share share) {
        return share.reachedBy(part, whole);
    }

    BigDecimal percent() {
        return Scores.percentOf(part, whole);
    }

    /** One ballot per expert total the method reports: approve when it reaches the mark. */
    static Tally byTotals(MethodResult voting, VoteConfiguration config) {
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
    static Tally byItem(MethodResult voting, VoteConfiguration config) {
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

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
