package org.skilleval.core.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.SanctionRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;

/**
 * Findings of fraud and the bans they bring; every recording audited in its own transaction. The
 * store keeps what it is given: the lifecycle checks keys, names and dates before they get here.
 */
@ProviderType
public interface SanctionStore {

    /**
     * Records a finding together with its audit event (action {@code record-sanction}, whose
     * before/after text shows a person's ID number only masked).
     *
     * @param roundId the round whose evaluation the finding cancels; {@code null} for none
     * @return the stored sanction with its id
     */
    SanctionRecord create(
            SubjectType subjectType,
            String subjectKey,
            String subjectName,
            LocalDate foundOn,
            String finding,
            Long roundId,
            AuditActor actor);

    Optional<SanctionRecord> find(long id);

    /**
     * The sanctions against a subject that are in force on a day ({@code foundOn <= on <} the end of
     * the five-year ban), the one that ends last first. The database filters: callers may ask at
     * every entry point.
     *
     * @return the active sanctions; empty when the subject may take part
     */
    List<SanctionRecord> activeFor(SubjectType subjectType, String subjectKey, LocalDate on);

    /**
     * Sanctions, newest finding first (the latest recorded first among findings of the same day),
     * filtered on the server by subject type and key when they are not {@code null}.
     */
    Page<SanctionRecord> list(SubjectType subjectType, String subjectKey, int offset, int limit);
}
