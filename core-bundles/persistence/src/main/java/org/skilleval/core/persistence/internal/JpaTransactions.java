package org.skilleval.core.persistence.internal;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;

/**
 * Runs work in a resource-local transaction on a fresh {@code EntityManager}: commit when the work
 * returns, roll back when it throws, close in every case.
 */
final class JpaTransactions {

    private final EntityManagerFactory entityManagerFactory;

    JpaTransactions(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    /**
     * Changes a versioned entity through its record in one transaction, with its audit event: checks
     * the version the caller read, applies {@code change} (which may refuse by throwing; nothing is
     * written then), and records before and after.
     *
     * @throws NotFoundException when there is no such entity
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} when it changed since
     *         {@code expectedVersion}, checked here or by the database at commit
     */
    <E extends VersionedEntity<R>, R> R updateAudited(
            Class<E> type,
            String objectType,
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<R> change) {
        try {
            return inTransaction(entityManager -> {
                E entity = entityManager.find(type, id);
                if (entity == null) {
                    throw new NotFoundException(objectType, Long.toString(id));
                }
                if (entity.version() != expectedVersion) {
                    throw stale(objectType, id, expectedVersion);
                }
                R before = entity.toRecord();
                entity.apply(change.apply(before));
                entityManager.flush();
                R after = entity.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, objectType, Long.toString(id), action, note, before, after);
                return after;
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw stale(objectType, id, expectedVersion);
            }
            throw e;
        }
    }

    private static ConflictException stale(String objectType, long id, long expectedVersion) {
        return new ConflictException(
                ConflictException.Kind.STALE_VERSION,
                objectType + " " + id + " changed since version " + expectedVersion);
    }

    <T> T read(Function<EntityManager, T> work) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            return work.apply(entityManager);
        } finally {
            entityManager.close();
        }
    }
}
