package org.skilleval.plugin.weightedsum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.ParameterDeclaration;
import org.skilleval.plugin.api.ParameterDeclarations;
import org.skilleval.plugin.api.ParameterValues;
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
 * 加权求和 (weighted sum): each assessment method's score is turned into a percentage of its
 * maximum and weighted; the weights of the plan's methods add up to 100, so the total lies in
 * [0, 100]. The candidate passes when the total reaches the pass line and, unless the plan says
 * otherwise, no method vetoed the candidate (一票否决).
 *
 * <p>Its parameters are declared once in {@link #PARAMETERS}: the weights {@code weight.<methodId>}
 * (required for every method of the plan, positive, adding up to exactly 100), {@value
 * #PASS_LINE} and {@value #HONOUR_VETOES}, whose defaults are plugin-wide configuration in Config
 * Admin under {@value #PID}.
 *
 * <p>Thread-safe; its only state is the immutable defaults, replaced whole when Config Admin
 * changes them.
 */
@Component(
        service = ScoringScheme.class,
        configurationPid = WeightedSumScheme.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class WeightedSumScheme extends ScoringSchemeBase {

    /** The scheme's id, referred to by work plans. */
    public static final String ID = "weighted-sum";

    /** The configuration PID of the plugin-wide defaults: {@code org.skilleval.plugin.<scheme id>}. */
    public static final String PID = "org.skilleval.plugin.weighted-sum";

    static final ParameterDeclaration<BigDecimal> PASS_LINE_PARAMETER =
            passLine(60).configurable();

    static final ParameterDeclaration<Boolean> HONOUR_VETOES_PARAMETER =
            honourVetoes().configurable();

    /** The scheme's parameters, declared once. */
    static final ParameterDeclarations PARAMETERS =
            ParameterDeclarations.of(weights(), PASS_LINE_PARAMETER, HONOUR_VETOES_PARAMETER);

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

    /** The scheme with the defaults configured in Config Admin; an invalid configuration is refused. */
    @Activate
    public WeightedSumScheme(Map<String, Object> configuration) {
        super(ID, NAME, DESCRIPTION, new PluginDefaults(PID, PARAMETERS, configuration));
    }

    @Override
    protected void checkConfiguration(Parameters configuration, Set<String> methodIds, List<Violation> violations) {
        Scores.weights(configuration, WEIGHT_PREFIX, methodIds, violations);
    }

    @Override
    protected FinalResult combine(
            Map<String, MethodResult> byMethod, Parameters configuration, List<Violation> violations) {
        // A weight for a method without a result means a result is missing, not that the weight is
        // unknown: validate against the methods of both, and report the missing results.
        Set<String> methodIds = Scores.missingResults(byMethod, configuration, WEIGHT_PREFIX, violations);
        Map<String, BigDecimal> weights = Scores.weights(configuration, WEIGHT_PREFIX, methodIds, violations);
        ParameterValues values = defaults().read(configuration, violations);
        InvalidInputException.throwIfAny(violations);

        List<LocalizedText> reasons = new ArrayList<>();
        BigDecimal total = weightedTotal(byMethod.values(), weights, reasons);
        BigDecimal passLine = values.get(PASS_LINE_PARAMETER);
        reasons.add(passLineReason(total, passLine));
        boolean vetoed = applyVetoes(byMethod.values(), values.get(HONOUR_VETOES_PARAMETER), reasons);
        return new FinalResult(total, total.compareTo(passLine) >= 0 && !vetoed, reasons);
    }
}
