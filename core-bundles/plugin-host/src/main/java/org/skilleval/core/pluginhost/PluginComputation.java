package org.skilleval.core.pluginhost;

import java.math.BigDecimal;
import java.util.List;
import org.skilleval.core.domain.AssessmentResultRecord.MethodOutcome;
import org.skilleval.core.domain.AssessmentResultRecord.Provenance;
import org.skilleval.core.domain.AssessmentResultRecord.Text;

/**
 * What a plan's plugins computed for one candidate, every answer checked against the scale its
 * plugin declares.
 *
 * @param total the scheme's total
 * @param passed the scheme's verdict
 * @param reasons the scheme's reasons
 * @param methods each method's outcome, in the plan's order
 * @param provenance each plugin's bundle, version and effective configuration, methods then scheme
 */
public record PluginComputation(
        BigDecimal total,
        boolean passed,
        List<Text> reasons,
        List<MethodOutcome> methods,
        List<Provenance> provenance) {}
