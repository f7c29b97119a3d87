package org.skilleval.core.persistence.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.ObjectionCounts;
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.persistence.ObjectionStore;
import org.skilleval.core.rules.ObjectionStatus;

@Component(service = ObjectionStore.class)
public class JpaObjectionStore implements ObjectionStore {

    static final String OBJECT_TYPE = "Objection";

    // No 0/O or 1/I: an objector may read the number out over the phone.
    private static final char[] RECEIPT_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTransactions transactions;

    @Activate
    public JpaObjectionStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public ObjectionRecord create(
            long listId,
            long entryId,
            String content,
            String objectorName,
            String objectorContact,
            Instant submittedAt,
            AuditActor actor) {
        return transactions.inTransaction(entityManager -> {
            ProposalListEntity list = entityManager.find(ProposalListEntity.class, listId);
            if (list == null) {
                throw new NotFoundException(JpaProposalListStore.OBJECT_TYPE, Long.toString(listId));
            }
            ProposalListRecord record = list.toRecord();
            ProposalEntry entry = record.entries().stream()
                    .filter(e -> e.id() == entryId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("ProposalEntry", Long.toString(entryId)));
            ObjectionEntity objection = new ObjectionEntity(
                    receiptNumber(), record, entry, content, objectorName, objectorContact, submittedAt);
            entityManager.persist(objection);
            entityManager.flush();
            ObjectionRecord created = objection.toRecord();
            AuditEventEntity.record(
                    entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "submit", "", null, created);
            return created;
        });
    }

    @Override
    public ObjectionRecord resolve(
            long id,
            long expectedVersion,
            boolean upheld,
            String note,
            AuditActor actor,
            UnaryOperator<ObjectionRecord> resolve,
            UnaryOperator<ProposalEntry> removeEntry,
            UnaryOperator<ApplicationRecord> removeCandidate) {
        try {
            return transactions.inTransaction(entityManager -> {
                ObjectionEntity objection = entityManager.find(ObjectionEntity.class, id);
                if (objection == null) {
                    throw new NotFoundException(OBJECT_TYPE, Long.toString(id));
                }
                if (objection.version() != expectedVersion) {
                    throw stale(id, expectedVersion);
                }
                ObjectionRecord before = objection.toRecord();
                objection.apply(resolve.apply(before));
                if (upheld) {
                    ProposalEntryEntity entry = entityManager.find(ProposalEntryEntity.class, before.entryId());
                    if (entry != null
                            && JpaProposalListStore.changeEntry(
                                    entityManager, entry, removeEntry, "remove-candidate", actor)) {
                        ApplicationEntity application =
                                JpaProposalListStore.application(entityManager, entry.applicationId());
                        ApplicationRecord was = application.toRecord();
                        ApplicationRecord removed = removeCandidate.apply(was);
                        if (!removed.equals(was)) {
                            application.apply(removed);
                            entityManager.flush();
                            AuditEventEntity.record(
                                    entityManager,
                                    actor,
                                    JpaApplicationStore.OBJECT_TYPE,
                                    Long.toString(was.id()),
                                    "remove",
                                    note,
                                    was,
                                    application.toRecord());
                        }
                    }
                }
                entityManager.flush();
                ObjectionRecord after = objection.toRecord();
                AuditEventEntity.record(
                        entityManager,
                        actor,
                        OBJECT_TYPE,
                        Long.toString(id),
                        upheld ? "uphold" : "dismiss",
                        note,
                        before,
                        after);
                return after;
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw stale(id, expectedVersion);
            }
            throw e;
        }
    }

    @Override
    public Optional<ObjectionRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(ObjectionEntity.class, id))
                .map(ObjectionEntity::toRecord));
    }

    @Override
    public Page<ObjectionRecord> list(
            Long roundId,
            Long listId,
            String cityCode,
            String creditCode,
            ObjectionStatus status,
            int offset,
            int limit) {
        return transactions.read(entityManager -> new Filter("ObjectionEntity")
                .equal("roundId", roundId)
                .equal("listId", listId)
                .equal("cityCode", cityCode)
                .equal("creditCode", creditCode)
                .equal("status", status)
                .page(entityManager, ObjectionEntity.class, "e.id", ObjectionEntity::toRecord, offset, limit));
    }

    @Override
    public Map<Long, ObjectionCounts> counts(Collection<Long> listIds) {
        if (listIds.isEmpty()) {
            return Map.of();
        }
        return transactions.read(entityManager -> {
            List<Object[]> rows = entityManager
                    .createQuery(
                            "SELECT o.listId, o.status, COUNT(o) FROM ObjectionEntity o WHERE o.listId IN :lists"
                                    + " GROUP BY o.listId, o.status",
                            Object[].class)
                    .setParameter("lists", List.copyOf(listIds))
                    .getResultList();
            Map<Long, ObjectionCounts> counts = new HashMap<>();
            for (Object[] row : rows) {
                long list = ((Number) row[0]).longValue();
                ObjectionStatus status = (ObjectionStatus) row[1];
                long n = ((Number) row[2]).longValue();
                ObjectionCounts was = counts.getOrDefault(list, ObjectionCounts.NONE);
                counts.put(
                        list,
                        switch (status) {
                            case OPEN -> new ObjectionCounts(n, was.upheld(), was.dismissed());
                            case UPHELD -> new ObjectionCounts(was.open(), n, was.dismissed());
                            case DISMISSED -> new ObjectionCounts(was.open(), was.upheld(), n);
                        });
            }
            return counts;
        });
    }

    /** Open objections of a list, counted in the caller's transaction. */
    static long openCount(javax.persistence.EntityManager entityManager, long listId) {
        return entityManager
                .createQuery(
                        "SELECT COUNT(o) FROM ObjectionEntity o WHERE o.listId = :list AND o.status = :open",
                        Long.class)
                .setParameter("list", listId)
                .setParameter("open", ObjectionStatus.OPEN)
                .getSingleResult();
    }

    private static String receiptNumber() {
        StringBuilder receipt = new StringBuilder("YY");
        for (int i = 0; i < 12; i++) {
            if (i % 4 == 0) {
                receipt.append('-');
            }
            receipt.append(RECEIPT_ALPHABET[RANDOM.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return receipt.toString();
    }

    private static ConflictException stale(long id, long expectedVersion) {
        return ConflictException.stale(OBJECT_TYPE, id, expectedVersion);
    }
}
