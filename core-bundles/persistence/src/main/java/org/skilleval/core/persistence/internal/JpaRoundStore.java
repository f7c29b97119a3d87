package org.skilleval.core.persistence.internal;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.persistence.AuditActor;
import org.skilleval.core.persistence.ConflictException;
import org.skilleval.core.persistence.NotFoundException;
import org.skilleval.core.persistence.Page;
import org.skilleval.core.persistence.RoundRecord;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.rules.RoundSchedule;

@Component(service = RoundStore.class)
public class JpaRoundStore implements RoundStore {

    static final String OBJECT_TYPE = "Round";

    private final JpaTransactions transactions;

    @Activate
    public JpaRoundStore(@Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public RoundRecord create(int year, int batch, String title, RoundSchedule schedule, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                long existing = entityManager
                        .createQuery(
                                "SELECT COUNT(r) FROM RoundEntity r WHERE r.year = :year AND r.batch = :batch",
                                Long.class)
                        .setParameter("year", year)
                        .setParameter("batch", batch)
                        .getSingleResult();
                if (existing > 0) {
                    throw duplicate(year, batch);
                }
                RoundEntity entity = new RoundEntity(year, batch, title, schedule);
                entityManager.persist(entity);
                entityManager.flush();
                RoundRecord created = entity.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "create", "", null, created);
                return created;
            });
        } catch (PersistenceException e) {
            // The unique constraint is the backstop when two creations race past the count.
            throw duplicate(year, batch);
        }
    }

    @Override
    public RoundRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<RoundRecord> change) {
        try {
            return transactions.inTransaction(entityManager -> {
                RoundEntity entity = entityManager.find(RoundEntity.class, id);
                if (entity == null) {
                    throw new NotFoundException(OBJECT_TYPE, Long.toString(id));
                }
                if (entity.version() != expectedVersion) {
                    throw stale(id, expectedVersion, entity.version());
                }
                RoundRecord before = entity.toRecord();
                entity.apply(change.apply(before));
                entityManager.flush();
                RoundRecord after = entity.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(id), action, note, before, after);
                return after;
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw stale(id, expectedVersion, -1);
            }
            throw e;
        }
    }

    @Override
    public Optional<RoundRecord> find(long id) {
        return transactions.read(entityManager ->
                Optional.ofNullable(entityManager.find(RoundEntity.class, id)).map(RoundEntity::toRecord));
    }

    @Override
    public Page<RoundRecord> list(Integer year, int offset, int limit) {
        String where = year == null ? "" : " WHERE r.year = :year";
        return transactions.read(entityManager -> {
            var count = entityManager.createQuery("SELECT COUNT(r) FROM RoundEntity r" + where, Long.class);
            var query = entityManager.createQuery(
                    "SELECT r FROM RoundEntity r" + where + " ORDER BY r.year DESC, r.batch DESC", RoundEntity.class);
            if (year != null) {
                count.setParameter("year", year);
                query.setParameter("year", year);
            }
            var items = query.setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultStream()
                    .map(RoundEntity::toRecord)
                    .toList();
            return new Page<>(items, count.getSingleResult(), offset, limit);
        });
    }

    private static ConflictException duplicate(int year, int batch) {
        return new ConflictException(ConflictException.Kind.DUPLICATE, year + " already has batch " + batch);
    }

    private static ConflictException stale(long id, long expected, long actual) {
        return new ConflictException(
                ConflictException.Kind.STALE_VERSION,
                "Round " + id + " changed since version " + expected + (actual >= 0 ? " (now " + actual + ")" : ""));
    }
}
