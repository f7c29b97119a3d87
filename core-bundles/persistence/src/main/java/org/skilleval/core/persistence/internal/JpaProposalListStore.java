package org.skilleval.core.persistence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.persistence.ProposalListStore;
import org.skilleval.core.rules.ProposalListLifecycle;
import org.skilleval.core.rules.ProposalListStatus;

@Component(service = ProposalListStore.class)
public class JpaProposalListStore implements ProposalListStore {

    static final String OBJECT_TYPE = "ProposalList";

    private final JpaTransactions transactions;

    @Activate
    public JpaProposalListStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public ProposalListRecord create(
            ParticipationRecord participation, List<ApplicationRecord> candidates, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                ProposalListEntity list = new ProposalListEntity(participation, candidates);
                // Entries are read back in id order (every node, every restart): insert them one by
                // one in the list's order, since one flush inserts new rows in no particular order.
                List<ProposalEntryEntity> entries = List.copyOf(list.entries());
                list.entries().clear();
                entityManager.persist(list);
                entityManager.flush();
                for (ProposalEntryEntity entry : entries) {
                    list.entries().add(entry);
                    entityManager.persist(entry);
                    entityManager.flush();
                }
                ProposalListRecord created = list.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "create", "", null, created);
                return created;
            });
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "该试点企业已有建议人选名单，或有人选已在另一份名单上",
                    "Pilot enterprise " + participation.id()
                            + " already has a proposal list, or a candidate is on one");
        }
    }

    @Override
    public ProposalListRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<ProposalListRecord> change) {
        try {
            return transactions.updateAudited(
                    ProposalListEntity.class, OBJECT_TYPE, id, expectedVersion, action, note, actor, change);
        } catch (ConflictException stale) {
            throw stale;
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE, "有人选已在另一份名单上", "A candidate is already on another list");
        }
    }

    @Override
    public ProposalListRecord submit(
            long id,
            long expectedVersion,
            AuditActor actor,
            BiFunction<ProposalListRecord, List<ApplicationRecord>, ProposalListRecord> change,
            UnaryOperator<ApplicationRecord> propose) {
        try {
            return transactions.inTransaction(entityManager -> {
                ProposalListEntity list = entityManager.find(ProposalListEntity.class, id);
                if (list == null) {
                    throw new NotFoundException(OBJECT_TYPE, Long.toString(id));
                }
                if (list.version() != expectedVersion) {
                    throw stale(id, expectedVersion);
                }
                ProposalListRecord before = list.toRecord();
                List<ApplicationEntity> applications = new ArrayList<>();
                for (ProposalEntry entry : before.listedEntries()) {
                    applications.add(application(entityManager, entry.applicationId()));
                }
                ProposalListRecord after = change.apply(
                        before,
                        applications.stream().map(ApplicationEntity::toRecord).toList());
                list.apply(after);
                for (ApplicationEntity application : applications) {
                    ApplicationRecord was = application.toRecord();
                    application.apply(propose.apply(was));
                    entityManager.flush();
                    AuditEventEntity.record(
                            entityManager,
                            actor,
                            JpaApplicationStore.OBJECT_TYPE,
                            Long.toString(was.id()),
                            "propose",
                            "proposal list " + id,
                            was,
                            application.toRecord());
                }
                entityManager.flush();
                ProposalListRecord submitted = list.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(id), "submit", "", before, submitted);
                return submitted;
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw stale(id, expectedVersion);
            }
            throw e;
        }
    }

    @Override
    public Optional<ProposalListRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(ProposalListEntity.class, id))
                .map(ProposalListEntity::toRecord));
    }

    @Override
    public Optional<ProposalListRecord> findByParticipation(long participationId) {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT e FROM ProposalListEntity e WHERE e.participationId = :participation",
                        ProposalListEntity.class)
                .setParameter("participation", participationId)
                .getResultStream()
                .findFirst()
                .map(ProposalListEntity::toRecord));
    }

    @Override
    public Page<ProposalListRecord> list(
            Long roundId,
            String cityCode,
            String creditCode,
            Boolean warning,
            ProposalListStatus status,
            int offset,
            int limit) {
        return transactions.read(entityManager -> new Filter("ProposalListEntity")
                .equal("roundId", roundId)
                .equal("cityCode", cityCode)
                .equal("creditCode", creditCode)
                .equal("warning", warning)
                .equal("status", status)
                .page(entityManager, ProposalListEntity.class, "e.id", ProposalListEntity::toRecord, offset, limit));
    }

    @Override
    public Page<ProposalListRecord> publicised(LocalDate today, LocalDate endedSince, int offset, int limit) {
        return transactions.read(entityManager -> new Filter("ProposalListEntity")
                .where(
                        "e.status IN :shown AND e.provinceStart <= :today AND e.provinceEnd >= :since",
                        Map.of("shown", ProposalListLifecycle.PUBLICISED, "today", today, "since", endedSince))
                .page(
                        entityManager,
                        ProposalListEntity.class,
                        "e.provinceStart DESC, e.id DESC",
                        ProposalListEntity::toRecord,
                        offset,
                        limit));
    }

    @Override
    public ApplicationRecord cancelCandidate(
            long applicationId,
            String reason,
            AuditActor actor,
            UnaryOperator<ApplicationRecord> cancel,
            UnaryOperator<ProposalEntry> cancelEntry,
            UnaryOperator<CertificateRecord> revoke) {
        return transactions.inTransaction(entityManager -> {
            ApplicationEntity application = application(entityManager, applicationId);
            ApplicationRecord was = application.toRecord();
            ApplicationRecord cancelled = cancel.apply(was);
            if (cancelled.equals(was)) {
                return was;
            }
            application.apply(cancelled);
            entityManager.flush();
            AuditEventEntity.record(
                    entityManager,
                    actor,
                    JpaApplicationStore.OBJECT_TYPE,
                    Long.toString(applicationId),
                    "cancel",
                    reason,
                    was,
                    application.toRecord());
            for (ProposalEntryEntity entry : entityManager
                    .createQuery(
                            "SELECT e FROM ProposalEntryEntity e WHERE e.applicationId = :application",
                            ProposalEntryEntity.class)
                    .setParameter("application", applicationId)
                    .getResultList()) {
                changeEntry(entityManager, entry, cancelEntry, "cancel-candidate", actor);
            }
            for (CertificateEntity certificate : entityManager
                    .createQuery(
                            "SELECT c FROM CertificateEntity c WHERE c.applicationId = :application",
                            CertificateEntity.class)
                    .setParameter("application", applicationId)
                    .getResultList()) {
                CertificateRecord valid = certificate.toRecord();
                CertificateRecord revoked = revoke.apply(valid);
                if (revoked.equals(valid)) {
                    continue;
                }
                certificate.apply(revoked);
                entityManager.flush();
                AuditEventEntity.record(
                        entityManager,
                        actor,
                        JpaCertificateStore.OBJECT_TYPE,
                        Long.toString(valid.id()),
                        "revoke",
                        reason,
                        valid,
                        certificate.toRecord());
            }
            return application.toRecord();
        });
    }

    /**
     * Writes what {@code move} makes of one entry of a list, if it changes it, bumping the list's
     * version (so that a writer holding the list's old version is refused) and auditing the list
     * before and after with the entry's new note.
     *
     * @return whether the entry changed
     */
    static boolean changeEntry(
            EntityManager entityManager,
            ProposalEntryEntity entry,
            UnaryOperator<ProposalEntry> move,
            String action,
            AuditActor actor) {
        ProposalEntry was = entry.toEntry();
        ProposalEntry moved = move.apply(was);
        if (moved.equals(was)) {
            return false;
        }
        String note = moved.note();
        ProposalListEntity list = entry.list();
        ProposalListRecord before = list.toRecord();
        entry.apply(moved);
        entityManager.lock(list, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        AuditEventEntity.record(
                entityManager, actor, OBJECT_TYPE, Long.toString(list.id()), action, note, before, list.toRecord());
        return true;
    }

    static ApplicationEntity application(EntityManager entityManager, long applicationId) {
        ApplicationEntity application = entityManager.find(ApplicationEntity.class, applicationId);
        if (application == null) {
            throw new NotFoundException(JpaApplicationStore.OBJECT_TYPE, Long.toString(applicationId));
        }
        return application;
    }

    private static ConflictException stale(long id, long expectedVersion) {
        return ConflictException.stale(OBJECT_TYPE, id, expectedVersion);
    }
}
