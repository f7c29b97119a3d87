package org.skilleval.plugin.api;

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
}
