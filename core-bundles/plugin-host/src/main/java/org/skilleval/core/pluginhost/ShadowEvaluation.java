package org.skilleval.core.pluginhost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * What migrating one plugin of an approved work plan to another version would do to the plan's
 * candidates: each candidate's result under the plan's pins now and with that one plugin's pin
 * replaced, computed from the same sheets, and how the ranking would move. Nothing is stored.
 *
 * @param planId the work plan
 * @param pluginId the plugin whose migration is previewed
 * @param fromVersion the version the plan pins now
 * @param toVersion the version previewed
 * @param candidates one row per candidate with inputs to compute from, ordered by the new rank
 *        (rows that could not be computed last), then by application id
 * @param summary the counts a decision needs
 */
public record ShadowEvaluation(
        long planId,
        String pluginId,
        String fromVersion,
        String toVersion,
        List<CandidateShadow> candidates,
        Summary summary) {

    public ShadowEvaluation {
        Objects.requireNonNull(pluginId, "pluginId");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(summary, "summary");
    }

    /** Where a candidate's inputs came from. */
    public enum Inputs {
        /** Every panel member's sheet of every method is submitted: what the next evaluation would use. */
        SHEETS,
        /** The sheets are not all submitted now (e.g. one is unlocked); the stored result's inputs. */
        STORED_RESULT
    }

    /**
     * One candidate under both versions.
     *
     * @param applicationId the candidate's application
     * @param name the candidate's name
     * @param maskedIdNumber the ID number, masked
     * @param occupation the occupation applied for
     * @param inputs where the sheets computed from came from
     * @param before the result with the plan's pins now
     * @param after the result with {@code toVersion}
     * @param rankBefore the rank among the candidates computed under the current pins (1 = highest
     *        total; equal totals share a rank); {@code null} when {@code before} failed
     * @param rankAfter the rank under {@code toVersion}; {@code null} when {@code after} failed
     * @param rankMovement {@code rankBefore - rankAfter}: positive moves up; {@code null} when
     *        either rank is
     * @param why for a candidate whose verdict or total changes, what made the difference, in the
     *        order a reader follows it: each method whose score, items or veto changed, the total,
     *        and the scheme's own reasons for the new verdict; empty when nothing changed or either
     *        side failed (its error says why)
     */
    public record CandidateShadow(
            long applicationId,
            String name,
            String maskedIdNumber,
            String occupation,
            Inputs inputs,
            Outcome before,
            Outcome after,
            Integer rankBefore,
            Integer rankAfter,
            Integer rankMovement,
            List<LocalizedText> why) {

        public CandidateShadow {
            why = why == null ? List.of() : List.copyOf(why);
        }

        /** This row with its ranks set. */
        public CandidateShadow ranked(Integer before, Integer after) {
            return new CandidateShadow(
                    applicationId,
                    name,
                    maskedIdNumber,
                    occupation,
                    inputs,
                    this.before,
                    this.after,
                    before,
                    after,
                    before == null || after == null ? null : before - after,
                    why);
        }
    }

    /**
     * A result computed without storing it, or why it could not be computed.
     *
     * @param total the combined score; {@code null} on error
     * @param passed the verdict; {@code null} on error
     * @param rule the rule of the refusal ({@code plugin-failed}, {@code plugin-timeout}, …);
     *        {@code null} when computed
     * @param error the refusal's message; {@code null} when computed
     */
    public record Outcome(BigDecimal total, Boolean passed, String rule, LocalizedText error) {

        public boolean computed() {
            return rule == null;
        }
    }

    /**
     * @param candidates the candidates listed (computed or not)
     * @param incomplete candidates left out: neither all sheets submitted nor a stored result
     * @param failed rows where either computation failed
     * @param nowPassing rows that fail now and would pass
     * @param nowFailing rows that pass now and would fail
     * @param totalChanged rows whose total would change
     * @param rankChanged rows whose rank would move
     */
    public record Summary(
            int candidates,
            int incomplete,
            int failed,
            int nowPassing,
            int nowFailing,
            int totalChanged,
            int rankChanged) {}
}
