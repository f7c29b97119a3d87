package org.skilleval.plugin.veto;

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
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.ScoringSchemeBase;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

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
 * <p>Its parameters are declared once in {@link #PARAMETERS} (an unknown key is refused); the
 * default of {@value #PASS_LINE} is plugin-wide configuration in Config Admin under {@value #PID}.
 * The minimums are read by {@link Minimum}.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = ScoringScheme.class,
        configurationPid = VetoScheme.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class VetoScheme extends ScoringSchemeBase {

    /** The scheme's id, referred to by work plans. */
    public static final String ID = "veto";

    /** The configuration PID of the plugin-wide defaults: {@code org.skilleval.plugin.<scheme id>}. */
    public static final String PID = "org.skilleval.plugin.veto";

    /** Prefix of the per-method ({@code minimum.<methodId>}) and per-item minimum keys. */
    public static final String MINIMUM_PREFIX = "minimum.";

    static final ParameterDeclaration<BigDecimal> PASS_LINE_PARAMETER =
            passLine(60).configurable();

    static final ParameterDeclaration<BigDecimal> MINIMUMS = ParameterDeclaration.ofDecimal(
                    MINIMUM_PREFIX + "*",
                    LocalizedText.of(
                            "最低分：minimum.<评审方式> 为该方式得分的最低要求，minimum.<评审方式>.<评分项> 为该评分项综合得分的最低要求"
                                    + "（按该方式自身分值，低于即一票否决；不设则不限）",
                            "Minimum: minimum.<method> for the method's score, minimum.<method>.<item> for an"
                                    + " item's combined points (on the method's own scale; below it vetoes; none"
                                    + " when unset)"))
            .atLeast(0);

    /** The scheme's parameters, declared once. */
    static final ParameterDeclarations PARAMETERS = ParameterDeclarations.of(weights(), PASS_LINE_PARAMETER, MINIMUMS);

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

    /** The scheme with the defaults configured in Config Admin; an invalid configuration is refused. */
    @Activate
    public VetoScheme(Map<String, Object> configuration) {
        super(ID, NAME, DESCRIPTION, new PluginDefaults(PID, PARAMETERS, configuration));
    }

    @Override
    protected void checkConfiguration(Parameters configuration, Set<String> methodIds, List<Violation> violations) {
        PARAMETERS.unknownKeys(configuration, NAME, violations);
        Scores.weights(configuration, WEIGHT_PREFIX, methodIds, violations);
        Minimum.readAll(configuration, methodIds, violations);
    }

    @Override
    protected FinalResult combine(
            Map<String, MethodResult> byMethod, Parameters configuration, List<Violation> violations) {
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
        violations.addAll(validateConfiguration(configuration, methodIds));
        InvalidInputException.throwIfAny(violations);
        List<Minimum> minimums = Minimum.readAll(configuration, methodIds, new ArrayList<>());
        Map<String, BigDecimal> weights = Scores.weights(configuration, WEIGHT_PREFIX, methodIds, new ArrayList<>());
        BigDecimal passLine = defaults().require(configuration).get(PASS_LINE_PARAMETER);
        for (Minimum minimum : minimums) {
            minimum.check(byMethod.get(minimum.methodId()), violations);
        }
        InvalidInputException.throwIfAny(violations);

        List<LocalizedText> vetoes = new ArrayList<>();
        for (MethodResult result : byMethod.values()) {
            if (result.vetoed()) {
                vetoes.add(LocalizedText.of(
                        "一票否决：评审方式 " + result.methodId() + " 否决了申报人" + bracketed(result.reasons(), true),
                        "Veto: method " + result.methodId() + " vetoed the candidate"
                                + bracketed(result.reasons(), false)));
            }
        }
        for (Minimum minimum : minimums) {
            minimum.missed(byMethod.get(minimum.methodId())).ifPresent(vetoes::add);
        }

        List<LocalizedText> reasons = new ArrayList<>(vetoes);
        BigDecimal total = weightedTotal(byMethod.values(), weights, reasons);
        boolean reachesPassLine = total.compareTo(passLine) >= 0;
        String totalText = total.toPlainString();
        String passLineText = plain(passLine);
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

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
