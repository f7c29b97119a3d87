package org.skilleval.core.persistence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.SanctionRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.persistence.SanctionStore;

@Component(service = SanctionStore.class)
public class JpaSanctionStore implements SanctionStore {

    static final String OBJECT_TYPE = "Sanction";
    static final String RECORD_ACTION = "record-sanction";

    private final JpaTransactions transactions;

    @Activate
    public JpaSanctionStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public SanctionRecord create(
            SubjectType subjectType,
            String subjectKey,
            String subjectName,
            LocalDate foundOn,
            String finding,
            Long roundId,
            AuditActor actor) {
        return transactions.inTransaction(entityManager -> {
            SanctionEntity entity = new SanctionEntity(subjectType, subjectKey, subjectName, foundOn, finding, roundId);
            entityManager.persist(entity);
            entityManager.flush();
            SanctionRecord created = entity.toRecord();
            // The record's toString masks a person's ID number, so the audit text never holds it.
            AuditEventEntity.record(
                    entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), RECORD_ACTION, "", null, created);
            return created;
        });
    }

    @Override
    public Optional<SanctionRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(SanctionEntity.class, id))
                .map(SanctionEntity::toRecord));
    }

    @Override
    public List<SanctionRecord> activeFor(SubjectType subjectType, String subjectKey, LocalDate on) {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(on, "on");
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT s FROM SanctionEntity s WHERE s.subjectType = :type AND s.subjectKey = :key"
                                + " AND s.foundOn <= :on AND s.bannedUntil > :on"
                                + " ORDER BY s.bannedUntil DESC, s.id DESC",
                        SanctionEntity.class)
                .setParameter("type", subjectType)
                .setParameter("key", subjectKey)
                .setParameter("on", on)
                .getResultStream()
                .map(SanctionEntity::toRecord)
                .toList());
    }

    @Override
    public Page<SanctionRecord> list(SubjectType subjectType, String subjectKey, int offset, int limit) {
        return transactions.read(entityManager -> new Filter("SanctionEntity")
                .equal("subjectType", subjectType)
                .equal("subjectKey", subjectKey)
                .page(
                        entityManager,
                        SanctionEntity.class,
                        "e.foundOn DESC, e.id DESC",
                        SanctionEntity::toRecord,
                        offset,
                        limit));
    }
}
