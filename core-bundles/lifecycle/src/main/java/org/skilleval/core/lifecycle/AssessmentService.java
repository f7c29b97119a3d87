package org.skilleval.core.lifecycle;

import java.math.BigDecimal;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.security.Caller;

/**
 * The assessment of endorsed candidates (seed 二（四）组织评审) under the approved work plan, always
 * with the plugin versions the plan pinned:
 *
 * <ol>
 * <li>each member of the candidate's panel fills one score sheet per assessment method of the plan
 * (schema from the pinned method), saves drafts, and submits it: the method validates it and the
 * sheet is locked; only the panel's chair can unlock it, giving a reason;</li>
 * <li>when every member has submitted every method's sheet, the enterprise asks for the
 * evaluation: each method evaluates its sheets, the scheme combines the methods' results, and the
 * result is stored with the provenance of every plugin and a fingerprint of the inputs; the
 * application moves to PASSED or FAILED (re-evaluation after an unlock may flip it);</li>
 * <li>when every member has submitted a method's sheet, each item's points are compared with the
 * panel's median of that item: a sheet further than the configured gap on any item is flagged
 * (评分分歧) and the chair records the outcome, KEPT or REVISED (the sheet is unlocked for the
 * expert to resubmit; flags are computed again on every submission); the evaluation waits for every
 * flag's outcome;</li>
 * <li>the province can compute a stored result again to check that it is reproducible.</li>
 * </ol>
 *
 * <p>An expert who has a conflict of interest with the candidate ({@link ConflictOfInterestRule})
 * can neither save nor submit a sheet for them (rule {@code conflict-of-interest}).
 *
 * <p>When a pinned plugin version is not running, every step that needs it is refused with
 * {@link PluginFault.Unavailable} and nothing entered is lost. Plugin code runs guarded: whatever it
 * throws or returns wrongly becomes {@link PluginFault.Failed} (or another {@link PluginFault}) and
 * changes nothing.
 *
 * <p>Experts see the candidates of the panels they sit on, without the ID number (masked), phone,
 * e-mail and address, only their own sheets, and in a result only their own sheets among the inputs;
 * the enterprise, its city and the province see the candidates in their scope with everything.
 */
@ProviderType
public interface AssessmentService {

    /** A round's candidates under assessment within the caller's scope, with their sheet progress. */
    Page<Candidate> candidates(Caller caller, long roundId, int offset, int limit);

    /**
     * The lines of {@link #candidates}, same scope, order and paging, read without the forms' bodies:
     * for lists.
     *
     * @since 2.5
     */
    Page<CandidateSummary> candidateSummaries(Caller caller, long roundId, int offset, int limit);

    /** @throws org.skilleval.core.domain.NotFoundException outside the caller's scope */
    AssessmentView view(Caller caller, long applicationId);

    /**
     * Creates or revises the calling expert's draft sheet for one method.
     *
     * @param version the version of the sheet the caller read; {@code null} to create it
     */
    ScoreSheetRecord saveDraft(
            Caller caller,
            long applicationId,
            String methodId,
            Long version,
            Map<String, BigDecimal> points,
            String comment);

    /**
     * The calling expert declares a relation to a candidate of their panel (回避申报: direct superior
     * or subordinate, mentor, apprentice, relative). It joins the relations the enterprise declared
     * for them when composing the panel, so the conflict-of-interest rules keep them from scoring the
     * candidate from now on and the enterprise sees the conflict and replaces them. Declaring the same
     * relation twice changes nothing; an expert cannot withdraw a declaration (the enterprise can,
     * by revising the panel). Audited on the panel.
     *
     * @param note what the expert adds, one line; may be empty
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code sheet-submitted} once the
     *         expert submitted a sheet for the candidate (the chair unlocks it first), {@code length}
     *         for a long note, {@code state} outside the evaluation phase or after the result
     */
    PanelRecord declareRelation(Caller caller, long applicationId, ExpertRelation.Kind relation, String note);

    /**
     * Submits and locks the calling expert's sheet after the pinned method validated it.
     *
     * @throws org.skilleval.plugin.api.InvalidInputException with the method's violations
     */
    ScoreSheetRecord submit(Caller caller, long applicationId, String methodId, long version);

    /**
     * The chair records what the panel decided on a flagged sheet: {@code KEPT} keeps the points
     * (the note says why); {@code REVISED} unlocks the sheet, with the note as the reason, for the
     * expert to revise and resubmit.
     *
     * @throws org.skilleval.core.security.AccessDeniedException for anyone but the chair
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code state} when the sheet has
     *         no open flag or is not submitted, {@code required} without a note
     */
    ScoreSheetRecord decideDivergence(
            Caller caller,
            long applicationId,
            String methodId,
            String expertId,
            long version,
            DivergenceFlag.Outcome outcome,
            String note);

    /** The chair unlocks a member's submitted sheet, saying why, so that the member can revise it. */
    ScoreSheetRecord unlock(
            Caller caller, long applicationId, String methodId, String expertId, long version, String reason);

    /**
     * The enterprise evaluates a candidate whose sheets are all submitted.
     *
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code sheets-missing} naming who
     *         has not submitted which method, {@code divergence-open} naming the flagged sheets
     *         without an outcome, or {@code state}
     * @throws PluginFault when a plugin could not compute the result
     */
    AssessmentResultRecord evaluate(Caller caller, long applicationId);

    /** @throws org.skilleval.core.domain.NotFoundException before the evaluation or outside the scope */
    AssessmentResultRecord result(Caller caller, long applicationId);

    /**
     * The province computes a stored result again from its stored inputs with the same plugin
     * versions; the stored result does not change, and the check is audited.
     */
    RecomputeOutcome recompute(Caller caller, long applicationId);
}
