package org.skilleval.core.persistence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.SupervisionNoteRecord;
import org.skilleval.core.persistence.SupervisionNoteStore;

@Component(service = SupervisionNoteStore.class)
public class JpaSupervisionNoteStore implements SupervisionNoteStore {

    static final String OBJECT_TYPE = "SupervisionNote";

    private final JpaTransactions transactions;
    private final Clock clock;

    @Activate
    public JpaSupervisionNoteStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this(entityManagerFactory, Clock.systemUTC());
    }

    JpaSupervisionNoteStore(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.transactions = new JpaTransactions(entityManagerFactory);
        this.clock = clock;
    }

    @Override
    public SupervisionNoteRecord create(
            ParticipationRecord participation,
            LocalDate visitedOn,
            String findings,
            Long panelId,
            String occupation,
            AuditActor actor) {
        return transactions.inTransaction(entityManager -> {
            SupervisionNoteEntity note = new SupervisionNoteEntity(
                    participation, visitedOn, findings, panelId, occupation, actor, clock.instant());
            entityManager.persist(note);
            entityManager.flush();
            SupervisionNoteRecord created = note.toRecord();
            AuditEventEntity.record(
                    entityManager,
                    actor,
                    OBJECT_TYPE,
                    Long.toString(created.id()),
                    "record-supervision",
                    "",
                    null,
                    created);
            return created;
        });
    }

    @Override
    public Optional<SupervisionNoteRecord> find(long id) {
        return transactions.read(
                entityManager -> Optional.ofNullable(entityManager.find(SupervisionNoteEntity.class, id))
                        .map(SupervisionNoteEntity::toRecord));
    }

    @Override
    public Page<SupervisionNoteRecord> list(
            long roundId, String cityCode, String creditCode, Long participationId, int offset, int limit) {
        return transactions.read(entityManager -> new Filter("SupervisionNoteEntity")
                .equal("roundId", roundId)
                .equal("cityCode", cityCode)
                .equal("creditCode", creditCode)
                .equal("participationId", participationId)
                .page(
                        entityManager,
                        SupervisionNoteEntity.class,
                        "e.visitedOn DESC, e.id DESC",
                        SupervisionNoteEntity::toRecord,
                        offset,
                        limit));
    }
}
