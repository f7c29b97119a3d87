package org.skilleval.core.persistence.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.DatabaseUnavailableException;
import org.skilleval.core.domain.NotFoundException;

/**
 * Runs work in a resource-local transaction on a fresh {@code EntityManager}: commit when the work
 * returns, roll back when it throws, close in every case. Inside a {@link #unitOfWork} of the same
 * factory on this thread, work joins that unit's transaction instead and commits with it.
 */
final class JpaTransactions {

    /**
     * The audit events each open transaction of this thread has recorded, by its EntityManager;
     * they are handed to the chainer just before that transaction commits.
     */
    private static final ThreadLocal<Map<EntityManager, List<AuditEventEntity>>> PENDING =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** What each open transaction of this thread runs once it has committed, by its EntityManager. */
    private static final ThreadLocal<Map<EntityManager, List<Runnable>>> AFTER_COMMIT =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /**
     * Whether audit events are chained. Always on in the product; {@code AuditChainBenchmark} turns
     * it off to measure what chaining costs.
     */
    static volatile boolean chaining = true;

    /** The EntityManager of the unit of work this thread runs, by factory. */
    private static final ThreadLocal<Map<EntityManagerFactory, EntityManager>> UNIT =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private final EntityManagerFactory entityManagerFactory;

    JpaTransactions(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager unit = UNIT.get().get(entityManagerFactory);
        if (unit != null) {
            return work.apply(unit);
        }
        return inNewTransaction(work);
    }

    /**
     * Runs {@code work} so that every {@link #inTransaction} and {@link #read} of this factory on
     * this thread joins one transaction; joins the running unit if there is one.
     *
     * @throws ConflictException {@code STALE_VERSION} when the database refused the commit because a
     *         row changed meanwhile
     */
    <T> T unitOfWork(java.util.function.Supplier<T> work) {
        if (UNIT.get().containsKey(entityManagerFactory)) {
            return work.get();
        }
        try {
            return inNewTransaction(entityManager -> {
                UNIT.get().put(entityManagerFactory, entityManager);
                try {
                    return work.get();
                } finally {
                    UNIT.get().remove(entityManagerFactory);
                }
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new ConflictException(
                        ConflictException.Kind.STALE_VERSION,
                        "数据已被他人修改，请刷新后重试",
                        "The data changed meanwhile; reload and try again");
            }
            throw e;
        }
    }

    /** How often a transaction the database rolled back for a transient reason runs again. */
    static final int ATTEMPTS = 4;

    /**
     * A transaction of its own, even inside a unit of work: for rows that must exist whatever the
     * unit decides. Runs again, from the start, when the database rolled it back for a transient
     * reason: Derby refuses an insert with "too much contention" (40XL1) when concurrent writers
     * meet at the refill of an identity range, and a deadlock victim (Derby 40001, PostgreSQL 40P01)
     * is chosen at random; nothing of the attempt was written, and the work is only database calls.
     */
    <T> T inNewTransaction(Function<EntityManager, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(work);
            } catch (PersistenceException refused) {
                if (attempt >= ATTEMPTS || !isTransient(refused)) {
                    throw unavailableOr(refused);
                }
                pause(attempt);
            } catch (RuntimeException failed) {
                throw unavailableOr(failed);
            }
        }
    }

    /**
     * SQL states of a database that does not answer: class 08 (no connection, refused, broken:
     * PostgreSQL stopped or unreachable, Derby shut down), PostgreSQL's 57P01-57P03 (server shutting
     * down, crashed, starting) and 53300 (no connection slot left).
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    /** Whether the database did not answer, rather than refusing what was asked of it. */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * A failure because the database did not answer, as the domain's {@link DatabaseUnavailableException}
     * (the API's 503); any other failure as it is. Every way into the database goes through this.
     */
    static RuntimeException unavailableOr(RuntimeException failure) {
        return isUnavailable(failure) ? new DatabaseUnavailableException(failure) : failure;
    }

    /** Whether the database rolled the transaction back for a reason that a second try may not meet. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && Set.of("40XL1", "40001", "40P01").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T attempt(Function<EntityManager, T> work) {
        // Before the transaction: the chainer's first use recovers the chain in a transaction of its own.
        AuditChainer chainer = chaining ? AuditChainer.of(entityManagerFactory) : null;
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        List<AuditEventEntity> events = new ArrayList<>();
        PENDING.get().put(entityManager, events);
        List<Runnable> afterCommit = new ArrayList<>();
        AFTER_COMMIT.get().put(entityManager, afterCommit);
        boolean marked = false;
        boolean committed = false;
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            if (!events.isEmpty() && chainer != null) {
                entityManager.flush();
                chainer.committing(events);
                marked = true;
            }
            // by the factory the EntityManager names, as a count does (the service may be a wrapper of it)
            CommittedWrites writes = CommittedWrites.of(entityManager.getEntityManagerFactory());
            writes.committing();
            try {
                transaction.commit();
            } finally {
                writes.settled();
            }
            committed = true;
            afterCommit.forEach(Runnable::run);
            return result;
        } finally {
            PENDING.get().remove(entityManager);
            AFTER_COMMIT.get().remove(entityManager);
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
            if (marked) {
                // Only committed events are linked; a crash before this leaves them to the next start's recovery.
                if (committed) {
                    chainer.committed(events);
                } else {
                    chainer.abandoned(events);
                }
            }
        }
    }

    /**
     * Runs {@code action} once the transaction of {@code entityManager} (the unit of work's, when the
     * work joined one) has committed, and never if it rolls back: for what a store remembers of the
     * database, which must never run ahead of it.
     */
    static void afterCommit(EntityManager entityManager, Runnable action) {
        List<Runnable> actions = AFTER_COMMIT.get().get(entityManager);
        if (actions == null) {
            throw new IllegalStateException("afterCommit is called only inside JpaTransactions.inTransaction");
        }
        actions.add(action);
    }

    /** Where an audit event recorded in the transaction of this EntityManager waits for its commit. */
    static List<AuditEventEntity> pendingAuditEvents(EntityManager entityManager) {
        List<AuditEventEntity> events = PENDING.get().get(entityManager);
        if (events == null) {
            throw new IllegalStateException("an audit event is recorded only inside JpaTransactions.inTransaction");
        }
        return events;
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
        return updateAudited(type, objectType, id, expectedVersion, action, note, actor, change, (em, entity) -> {});
    }

    /**
     * As {@link #updateAudited(Class, String, long, long, String, String, AuditActor, UnaryOperator)},
     * with {@code derive} run on the changed entity before it is written: for columns derived from
     * other rows (an application's {@code HAS_PANEL}), so that they are written in the same UPDATE.
     */
    <E extends VersionedEntity<R>, R> R updateAudited(
            Class<E> type,
            String objectType,
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<R> change,
            BiConsumer<EntityManager, E> derive) {
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
                derive.accept(entityManager, entity);
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
        return ConflictException.stale(objectType, id, expectedVersion);
    }

    /**
     * Creates the row of {@code type} with primary key {@code id} unless it exists, in a transaction
     * of its own, for rows that callers then lock: a concurrent creation of the same row, on this node
     * or another, is as good as ours.
     */
    <T> void createOnce(Class<T> type, Object id, java.util.function.Supplier<T> row) {
        try {
            inNewTransaction(entityManager -> {
                if (entityManager.find(type, id) == null) {
                    entityManager.persist(row.get());
                }
                return null;
            });
        } catch (PersistenceException alreadyCreated) {
            if (!isUniqueViolation(alreadyCreated)) {
                throw alreadyCreated;
            }
            // another creator inserted it between our look and our insert
        }
    }

    /**
     * Whether a failed write broke a unique constraint (SQL state 23505): the one failure a store
     * reports as a duplicate. Anything else (a lock timeout, a full disk) is unexpected and goes up
     * as it is, to be logged in full under an incident id.
     */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Work on a JDBC connection, which may fail with an {@link java.sql.SQLException}. */
    interface ConnectionWork<T> {
        T apply(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /**
     * Runs {@code work} in a transaction of its own on a new EntityManager of {@code factory},
     * outside this class's bookkeeping (no audit events, no {@link CommittedWrites} version): for the
     * audit chain's own tables, which nothing remembered reads, and for questions to the database.
     */
    static <T> T inOwnTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } catch (RuntimeException failed) {
            throw unavailableOr(failed);
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    /**
     * JDBC work on the unit's own connection, as {@link #inOwnTransaction}; an {@link
     * java.sql.SQLException} becomes a {@link PersistenceException} saying {@code failure}.
     */
    static <T> T onOwnConnection(EntityManagerFactory factory, String failure, ConnectionWork<T> work) {
        return inOwnTransaction(factory, entityManager -> {
            try {
                return work.apply(entityManager.unwrap(java.sql.Connection.class));
            } catch (java.sql.SQLException e) {
                throw new PersistenceException(failure, e);
            }
        });
    }

    <T> T read(Function<EntityManager, T> work) {
        EntityManager unit = UNIT.get().get(entityManagerFactory);
        if (unit != null) {
            // Inside a unit of work: see its own writes, and do not wait on its locks from a second connection.
            return work.apply(unit);
        }
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            return work.apply(entityManager);
        } catch (RuntimeException failed) {
            throw unavailableOr(failed);
        } finally {
            entityManager.close();
        }
    }
}
