package org.skilleval.core.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.ObjectionCounts;
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.rules.ObjectionStatus;

/** Objections (异议) against publicised candidates; every change audited. */
@ProviderType
public interface ObjectionStore {

    /**
     * Records an objection with a new receipt number.
     *
     * @throws NotFoundException when the list or the entry on it does not exist
     */
    ObjectionRecord create(
            long listId,
            long entryId,
            String content,
            String objectorName,
            String objectorContact,
            Instant submittedAt,
            AuditActor actor);

    /**
     * Resolves an objection in one transaction: {@code resolve} makes the resolved objection from
     * the stored one (and may refuse by throwing; nothing is written then). When upheld, the
     * candidate's entry becomes what {@code removeEntry} makes of it (when still listed) and the
     * application what {@code removeCandidate} makes of it, each written only if it changed and
     * audited with the note.
     *
     * @throws NotFoundException when it does not exist
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} on a stale version
     */
    ObjectionRecord resolve(
            long id,
            long expectedVersion,
            boolean upheld,
            String note,
            AuditActor actor,
            UnaryOperator<ObjectionRecord> resolve,
            UnaryOperator<ProposalEntry> removeEntry,
            UnaryOperator<ApplicationRecord> removeCandidate);

    Optional<ObjectionRecord> find(long id);

    /** Objections filtered on the server ({@code null} = any), oldest first. */
    Page<ObjectionRecord> list(
            Long roundId,
            Long listId,
            String cityCode,
            String creditCode,
            ObjectionStatus status,
            int offset,
            int limit);

    /** The objections of each list by status; a list without any is absent from the map. */
    Map<Long, ObjectionCounts> counts(Collection<Long> listIds);
}
