package org.skilleval.plugin.api;

import java.math.BigDecimal;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.api.dto.Violation;

/**
 * An assessment method (评审方式) such as 业绩评审, 技术攻关, 口头答辩 or 企业内表彰.
 *
 * <p>A plugin registers an implementation as an OSGi service under this interface, typically as a
 * Declarative Services component. The core finds it by {@link #id()}; the bundle's symbolic name
 * and version identify which implementation produced a result. A plugin can come and go while the
 * core runs, and two versions of the same method may run side by side.
 *
 * <p>The core calls the methods from any thread and may call them concurrently: implementations
 * must be thread-safe and should be stateless apart from their OSGi configuration. They must not
 * block on I/O; they compute from the values they are given.
 *
 * <p>How it is used: a work plan (工作方案) chooses the method and its configuration
 * ({@link Parameters}); the UI renders {@link #scoreSheet(Parameters)} for each expert of the
 * panel; each filled sheet is checked with {@link #validate(ScoreSheet, Parameters)}; when all
 * sheets are in, {@link #evaluate(List, Parameters)} gives the method's result for the candidate,
 * which the plan's {@link ScoringScheme} combines with the other methods' results.
 */
@ConsumerType
public interface AssessmentMethod {

    /**
     * The stable id of the method, e.g. {@code oral-defense}. Lower-case letters, digits and
     * hyphens; it never changes between versions of the plugin, because work plans refer to it.
     */
    String id();

    /** The name shown to people, e.g. 口头答辩 / Oral defence. */
    LocalizedText name();

    /** A paragraph on what the method assesses and how. */
    LocalizedText description();

    /** The configuration a work plan may give the method; empty when it takes none. */
    List<ParameterSpec> parameters();

    /** The evidence the method looks at: what a candidate or the enterprise must provide. */
    EvidenceSpec evidence();

    /**
     * The score sheet each expert fills for a candidate under this configuration.
     *
     * @throws InvalidInputException when the configuration is invalid
     */
    ScoreSheetSchema scoreSheet(Parameters configuration);

    /**
     * Checks one filled sheet against the score sheet of this configuration: every item present,
     * no unknown item, points within [0, max]. {@link Scores#check(ScoreSheetSchema, ScoreSheet)}
     * does the common checks.
     *
     * @return every rule the sheet breaks; empty when the sheet is valid
     * @throws InvalidInputException when the configuration is invalid
     */
    List<Violation> validate(ScoreSheet sheet, Parameters configuration);

    /**
     * Computes the method's result for one candidate from all experts' sheets.
     *
     * @param sheets the submitted sheets, one per expert, in no particular order; not empty
     * @return the result, with {@code maxScore} equal to {@link #maxScore(Parameters)}, {@code
     *         score} in [0, {@code maxScore}], each item score in [0, that item's {@code maxPoints}]
     *         keyed by an item of {@link #scoreSheet(Parameters)}, and (since 1.1) each
     *         expert's own total in {@code expertTotals} (see {@link MethodResult}), which scoring
     *         schemes that weigh the experts' individual judgements need
     * @throws InvalidInputException when a sheet is invalid, there are too few sheets for this
     *         configuration, or the configuration is invalid
     */
    MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration);

    /**
     * The scale of the method's score under this configuration: every {@link MethodResult} it
     * returns has this {@code maxScore}. Together with the score sheet's items (each item score in
     * [0, {@code maxPoints}]) it is the scale the core holds {@link #evaluate} to: a result on
     * another scale, a score, item score or expert total outside it is the plugin's failure
     * ({@code plugin-failed}), and nothing is stored.
     *
     * <p>The default is the score sheet's {@link ScoreSheetSchema#maxTotal()}, right for a method
     * whose score is a sheet total. A method whose score is not (e.g. counts turned into points by
     * a table, with a cap) must override it.
     *
     * @return the most the method can give; positive
     * @throws InvalidInputException when the configuration is invalid
     * @since 1.2
     */
    default BigDecimal maxScore(Parameters configuration) {
        return scoreSheet(configuration).maxTotal();
    }
}
