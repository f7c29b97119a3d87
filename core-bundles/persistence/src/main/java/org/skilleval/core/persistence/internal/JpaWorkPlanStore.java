package org.skilleval.core.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.persistence.AuditActor;
import org.skilleval.core.persistence.ConflictException;
import org.skilleval.core.persistence.NotFoundException;
import org.skilleval.core.persistence.Page;
import org.skilleval.core.persistence.ParticipationRecord;
import org.skilleval.core.persistence.WorkPlanRecord;
import org.skilleval.core.persistence.WorkPlanStatus;
import org.skilleval.core.persistence.WorkPlanStore;

@Component(service = WorkPlanStore.class)
public class JpaWorkPlanStore implements WorkPlanStore {

    static final String OBJECT_TYPE = "WorkPlan";

    private final JpaTransactions transactions;

    @Activate
    public JpaWorkPlanStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public WorkPlanRecord create(ParticipationRecord participation, WorkPlanRecord.Content content, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                long existing = entityManager
                        .createQuery(
                                "SELECT COUNT(w) FROM WorkPlanEntity w WHERE w.participationId = :participation",
                                Long.class)
                        .setParameter("participation", participation.id())
                        .getSingleResult();
                if (existing > 0) {
                    throw duplicate(participation.id());
                }
                WorkPlanEntity plan = new WorkPlanEntity(participation, content);
                entityManager.persist(plan);
                entityManager.flush();
                WorkPlanRecord created = plan.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "create", "", null, created);
                return created;
            });
        } catch (PersistenceException e) {
            // The unique constraint is the backstop when two creations race past the count.
            throw duplicate(participation.id());
        }
    }

    @Override
    public WorkPlanRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<WorkPlanRecord> change) {
        try {
            return transactions.inTransaction(entityManager -> {
                WorkPlanEntity entity = entityManager.find(WorkPlanEntity.class, id);
                if (entity == null) {
                    throw new NotFoundException(OBJECT_TYPE, Long.toString(id));
                }
                if (entity.version() != expectedVersion) {
                    throw stale(id, expectedVersion);
                }
                WorkPlanRecord before = entity.toRecord();
                entity.apply(change.apply(before));
                entityManager.flush();
                WorkPlanRecord after = entity.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(id), action, note, before, after);
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
    public Optional<WorkPlanRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(WorkPlanEntity.class, id))
                .map(WorkPlanEntity::toRecord));
    }

    @Override
    public Optional<WorkPlanRecord> findByParticipation(long participationId) {
        return transactions.read(entityManager -> entityManager
                .createQuery("SELECT w FROM WorkPlanEntity w WHERE w.participationId = :p", WorkPlanEntity.class)
                .setParameter("p", participationId)
                .getResultStream()
                .findFirst()
                .map(WorkPlanEntity::toRecord));
    }

    @Override
    public Page<WorkPlanRecord> list(
            long roundId, String cityCode, String creditCode, WorkPlanStatus status, int offset, int limit) {
        List<String> conditions = new ArrayList<>(List.of("w.roundId = :round"));
        if (cityCode != null) {
            conditions.add("w.cityCode = :city");
        }
        if (creditCode != null) {
            conditions.add("w.creditCode = :credit");
        }
        if (status != null) {
            conditions.add("w.status = :status");
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        return transactions.read(entityManager -> {
            TypedQuery<Long> count =
                    entityManager.createQuery("SELECT COUNT(w) FROM WorkPlanEntity w" + where, Long.class);
            TypedQuery<WorkPlanEntity> query = entityManager.createQuery(
                    "SELECT w FROM WorkPlanEntity w" + where + " ORDER BY w.id", WorkPlanEntity.class);
            for (TypedQuery<?> q : List.of(count, query)) {
                q.setParameter("round", roundId);
                if (cityCode != null) {
                    q.setParameter("city", cityCode);
                }
                if (creditCode != null) {
                    q.setParameter("credit", creditCode);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<WorkPlanRecord> items = query.setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultStream()
                    .map(WorkPlanEntity::toRecord)
                    .toList();
            return new Page<>(items, count.getSingleResult(), offset, limit);
        });
    }

    private static ConflictException duplicate(long participationId) {
        return new ConflictException(
                ConflictException.Kind.DUPLICATE, "Participation " + participationId + " already has a work plan");
    }

    private static ConflictException stale(long id, long expected) {
        return new ConflictException(
                ConflictException.Kind.STALE_VERSION, "WorkPlan " + id + " changed since version " + expected);
    }
}
