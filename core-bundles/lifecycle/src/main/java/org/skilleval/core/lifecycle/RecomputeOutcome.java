package org.skilleval.core.lifecycle;

import java.util.List;
import java.util.Objects;
import org.skilleval.core.domain.AssessmentResultRecord;

/**
 * What computing a stored result again from its stored inputs with the same plugin versions gave.
 *
 * @param identical whether the new computation equals the stored result in every score, verdict,
 *        reason and provenance, and the stored inputs still match their fingerprint
 * @param stored the stored result, unchanged
 * @param recomputed the result computed now (not stored)
 * @param differences what differs, for a person; empty when identical
 */
public record RecomputeOutcome(
        boolean identical, AssessmentResultRecord stored, AssessmentResultRecord recomputed, List<String> differences) {

    public RecomputeOutcome {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(recomputed, "recomputed");
        differences = List.copyOf(differences);
    }
}
