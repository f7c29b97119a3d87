package org.skilleval.core.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.rules.ProposalListStatus;

/**
 * Proposal lists (建议人选名单), one per participation; every change audited in the transaction that
 * makes it, together with the applications it moves.
 */
@ProviderType
public interface ProposalListStore {

    /**
     * Creates the enterprise's draft with these candidates (entries copied from the applications,
     * the ID number masked).
     *
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} when the participation
     *     already has a list or a candidate is on another list
     */
    ProposalListRecord create(ParticipationRecord participation, List<ApplicationRecord> candidates, AuditActor actor);

    /**
     * Changes a list in one transaction, like {@link RoundStore#update}. Entries of the changed
     * record with id {@code 0} are added, entries left out are removed, the others take the
     * changed status and note.
     *
     * @throws NotFoundException when it does not exist
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} on a stale version,
     *     {@link ConflictException.Kind#DUPLICATE} when an added candidate is on another list
     */
    ProposalListRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<ProposalListRecord> change);

    /**
     * Reports a list to the province: in one transaction, {@code change} sees the list and the
     * current applications of its listed candidates (it may refuse by throwing; nothing is written
     * then) and returns the submitted list; every listed candidate's application is then replaced
     * by what {@code propose} makes of it (the lifecycle's transition), each change audited.
     *
     * @throws NotFoundException when it does not exist
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} on a stale version
     */
    ProposalListRecord submit(
            long id,
            long expectedVersion,
            AuditActor actor,
            BiFunction<ProposalListRecord, List<ApplicationRecord>, ProposalListRecord> change,
            UnaryOperator<ApplicationRecord> propose);

    Optional<ProposalListRecord> find(long id);

    Optional<ProposalListRecord> findByParticipation(long participationId);

    /**
     * Lists filtered on the server ({@code null} = any), ordered by id.
     *
     * @param warning only lists with ({@code true}) or without a share warning
     */
    Page<ProposalListRecord> list(
            Long roundId,
            String cityCode,
            String creditCode,
            Boolean warning,
            ProposalListStatus status,
            int offset,
            int limit);

    /**
     * The lists the province has publicised whose publicity has started by {@code today} and ended
     * no earlier than {@code endedSince}, the latest start first.
     */
    Page<ProposalListRecord> publicised(LocalDate today, LocalDate endedSince, int offset, int limit);

    /**
     * Takes a candidate out of the round in one transaction (sanction 弄虚作假): the application
     * becomes what {@code cancel} makes of it, each of its list entries what {@code
     * cancelEntry} makes of it and each of its certificates what {@code revoke} makes of it, with {@code reason}; each change
     * audited. When {@code cancel} leaves the application as it is, nothing is written. The
     * decisions are the lifecycle's; this store only persists them.
     *
     * @return the application as it is now
     * @throws NotFoundException when there is no such application
     */
    ApplicationRecord cancelCandidate(
            long applicationId,
            String reason,
            AuditActor actor,
            UnaryOperator<ApplicationRecord> cancel,
            UnaryOperator<ProposalEntry> cancelEntry,
            UnaryOperator<CertificateRecord> revoke);
}
