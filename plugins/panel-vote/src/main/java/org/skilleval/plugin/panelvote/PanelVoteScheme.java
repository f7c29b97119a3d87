package org.skilleval.plugin.panelvote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.ParameterDeclaration;
import org.skilleval.plugin.api.ParameterDeclarations;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.PluginDefaults;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.ScoringSchemeBase;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

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
 * <p>Its parameters are declared once in {@link #PARAMETERS} (an unknown key is refused); the
 * defaults of {@value #APPROVAL_POINTS} and {@value #HONOUR_VETOES} are plugin-wide configuration in
 * Config Admin under {@value #PID}. How the vote is configured is read and checked by {@link
 * VoteConfiguration}, and counted by {@link Tally}.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = ScoringScheme.class,
        configurationPid = PanelVoteScheme.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class PanelVoteScheme extends ScoringSchemeBase {

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

    /** The configuration PID of the plugin-wide defaults: {@code org.skilleval.plugin.<scheme id>}. */
    public static final String PID = "org.skilleval.plugin.panel-vote";

    static final ParameterDeclaration<BigDecimal> APPROVAL_POINTS_PARAMETER = ParameterDeclaration.ofDecimal(
                    APPROVAL_POINTS,
                    LocalizedText.of(
                            "赞成时该评分项的分值（大于 0；仅用于 approvalItem）",
                            "Points of the vote item for approval (above 0; with approvalItem only)"))
            .positive()
            .withDefault(BigDecimal.ONE)
            .configurable();

    static final ParameterDeclaration<Boolean> HONOUR_VETOES_PARAMETER =
            honourVetoes().configurable();

    /**
     * The scheme's parameters, declared once. The texts are read by {@link VoteConfiguration}:
     * which of them a plan needs depends on how it votes.
     */
    static final ParameterDeclarations PARAMETERS = ParameterDeclarations.of(
            ParameterDeclaration.ofText(
                    APPROVAL_ITEM,
                    LocalizedText.of(
                            "按表决评分项表决：<评审方式>.<评分项>，评委赞成计满分、反对计 0 分（与 approvalMethod 二选一）",
                            "Vote by an item, as <method>.<item>: experts give full points to approve, 0 to reject"
                                    + " (either this or approvalMethod)")),
            APPROVAL_POINTS_PARAMETER,
            ParameterDeclaration.ofText(
                    APPROVAL_METHOD,
                    LocalizedText.of(
                            "按评委总分表决：评审方式编号，评委本人在该方式的总分达到 approveAt 即为赞成（与 approvalItem 二选一）",
                            "Vote by the experts' totals: the method whose total an expert must reach approveAt on"
                                    + " to approve (either this or approvalItem)")),
            ParameterDeclaration.ofText(
                    APPROVE_AT,
                    LocalizedText.of(
                            "赞成线：占该评审方式满分的比例，如 60%、0.6 或 3/5（大于 0，不超过 1；与 approvalMethod 同用）",
                            "Approval mark as a share of the method's maximum, e.g. 60%, 0.6 or 3/5 (above 0, at"
                                    + " most 1; with approvalMethod)")),
            ParameterDeclaration.ofText(
                            SHARE,
                            LocalizedText.of(
                                    "通过所需的最低赞成比例，如 2/3、0.6 或 60%（大于 0，不超过 1）",
                                    "Share of approvals needed to pass, e.g. 2/3, 0.6 or 60% (above 0, at most 1)"))
                    .required(),
            HONOUR_VETOES_PARAMETER);

    static final LocalizedText NAME = LocalizedText.of("评委会表决", "Panel vote");

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

    /** The scheme with the defaults configured in Config Admin; an invalid configuration is refused. */
    @Activate
    public PanelVoteScheme(Map<String, Object> configuration) {
        super(ID, NAME, DESCRIPTION, new PluginDefaults(PID, PARAMETERS, configuration));
    }

    @Override
    public List<Violation> validateConfiguration(Parameters configuration, Set<String> methodIds) {
        return VoteConfiguration.read(configuration, defaults()).violations(methodIds);
    }

    @Override
    protected FinalResult combine(
            Map<String, MethodResult> byMethod, Parameters configuration, List<Violation> violations) {
        VoteConfiguration config = VoteConfiguration.read(configuration, defaults());
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
        Tally tally = config.byTotals() ? Tally.byTotals(voting, config) : Tally.byItem(voting, config);
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

        boolean vetoed = applyVetoes(byMethod.values(), config.honourVetoes(), reasons);
        return new FinalResult(approvalPercent, carried && !vetoed, reasons);
    }
}
