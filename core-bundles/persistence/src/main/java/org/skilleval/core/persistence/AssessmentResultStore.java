package org.skilleval.core.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;

/** Assessment results, one per application; every change audited. */
@ProviderType
public interface AssessmentResultStore {

    /**
     * Stores a result, replacing the application's earlier one, and changes the application in the
     * same transaction, each with its audit event ({@code evaluate} or {@code re-evaluate} on the
     * result, {@code assess} on the application). {@code applicationChange} may refuse by
     * throwing: nothing is written then.
     *
     * @return the stored result
     * @throws NotFoundException when the application does not exist
     */
    AssessmentResultRecord record(
            AssessmentResultRecord result, UnaryOperator<ApplicationRecord> applicationChange, AuditActor actor);

    Optional<AssessmentResultRecord> findByApplication(long applicationId);

    /**
     * The round's assessed candidates, every enterprise's, ranked by their result's total, highest
     * first; equal totals share a place and are listed by application id. Reads the result columns
     * only, never the stored result documents.
     *
     * @return one line per result of the round; empty when the round has none
     */
    List<RankedCandidate> ranking(long roundId);

    /**
     * Records in the result's audit trail that it was computed again (action {@code recompute}),
     * changing nothing else.
     *
     * @param note what the recomputation found
     */
    void recordRecompute(long resultId, String note, AuditActor actor);
}
