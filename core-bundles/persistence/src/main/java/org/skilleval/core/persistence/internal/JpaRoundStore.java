package org.skilleval.core.persistence.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.RoundRecord;
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
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
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
        return transactions.updateAudited(
                RoundEntity.class, OBJECT_TYPE, id, expectedVersion, action, note, actor, change);
    }

    @Override
    public Optional<RoundRecord> find(long id) {
        return transactions.read(entityManager ->
                Optional.ofNullable(entityManager.find(RoundEntity.class, id)).map(RoundEntity::toRecord));
    }

    @Override
    public Page<RoundRecord> list(Integer year, int offset, int limit) {
        // The columns, not the entities: every request lists the same few rounds, and reading them as
        // entities copied each from the shared cache into the request's EntityManager under the
        // round's cache lock, where concurrent requests queued (a third of the time under load).
        // The rows come from the database, or, on a database of this process alone, from the same
        // rows remembered until the next commit: a committed change shows at once either way.
        return transactions.read(entityManager -> RememberedAnswers.of(entityManager)
                .answer(entityManager, Arrays.asList("rounds", year, offset, limit), () -> {
                    Page<Object[]> rows = new Filter("RoundEntity")
                            .equal("year", year)
                            .columns(entityManager, RoundEntity.COLUMNS, "e.year DESC, e.batch DESC", offset, limit);
                    return rows.withItems(
                            rows.items().stream().map(RoundEntity::record).toList());
                }));
    }

    private static ConflictException duplicate(int year, int batch) {
        return new ConflictException(
                ConflictException.Kind.DUPLICATE, year + " 年已有第 " + batch + " 批", year + " already has batch " + batch);
    }
}
