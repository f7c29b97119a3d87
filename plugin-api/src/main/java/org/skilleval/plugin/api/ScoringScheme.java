package org.skilleval.plugin.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.Violation;

/**
 * A scoring scheme (评分办法): combines the results of a candidate's assessment methods into the
 * final result, e.g. a weighted sum with a pass line.
 *
 * <p>Registered as an OSGi service under this interface, like {@link AssessmentMethod}, with the
 * same rules: a stable {@link #id()}, thread-safe, no I/O, may come and go at runtime.
 *
 * <p><b>Result scale</b> (since 1.2). A scheme declares the scale of its totals with {@link
 * #maxTotal(Parameters)}. The core holds every {@link FinalResult#total()} to [0, maxTotal]: a total
 * outside it is the plugin's failure ({@code plugin-failed}), and nothing is stored.
 */
@ConsumerType
public interface ScoringScheme {

    /** The stable id of the scheme, e.g. {@code weighted-sum}; never changes between versions. */
    String id();

    /** The name shown to people, e.g. 加权求和 / Weighted sum. */
    LocalizedText name();

    /** A paragraph on how the scheme decides. */
    LocalizedText description();

    /** The configuration a work plan may give the scheme; empty when it takes none. */
    List<ParameterSpec> parameters();

    /**
     * Checks a work plan's configuration of the scheme for the methods the plan uses, before the
     * plan is submitted.
     *
     * @param methodIds the ids of the assessment methods the plan combines
     * @return every rule the configuration breaks; empty when it is valid
     */
    List<Violation> validateConfiguration(Parameters configuration, Set<String> methodIds);

    /**
     * Combines the results of one candidate.
     *
     * @param results one result per assessment method of the plan; since 1.1 each carries its
     *     experts' own totals ({@link MethodResult#expertTotals()}), empty for a method built
     *     against API 1.0
     * @return the final result, with the reasons a person needs to understand it
     * @throws InvalidInputException when the configuration is invalid or a method result the
     *         configuration needs is missing (or lacks the expert totals the scheme needs)
     */
    FinalResult combine(List<MethodResult> results, Parameters configuration);

    /**
     * The scale of the totals under this configuration: every total {@link #combine} returns lies
     * in [0, maxTotal]. The core asks after each {@code combine} and refuses a total outside the
     * scale, or a scale that is not positive, as the plugin's failure; nothing is stored then.
     *
     * <p>The default is 100: the programme scores on a hundred-point scale (百分制), and every
     * scheme built against API 1.0 or 1.1 that the project knows totals on it. A scheme on another
     * scale must override this method, or its totals above 100 are refused.
     *
     * @return the most a total can be; positive
     * @throws InvalidInputException when the configuration is invalid
     * @since 1.2
     */
    default BigDecimal maxTotal(Parameters configuration) {
        return BigDecimal.valueOf(100);
    }
}
