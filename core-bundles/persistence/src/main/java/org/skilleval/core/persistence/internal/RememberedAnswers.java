package org.skilleval.core.persistence.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Answers of aggregate queries (a list's total, the counts beside a page's rows), remembered until
 * the next committed write, for a database that this process alone can open ({@link
 * SingleProcessDatabase}): a list's {@code COUNT} reads every index entry of the list, and a reader
 * paging through a list, or coming back to it, asked the same count again for every page while
 * nothing had changed (an enterprise's 300 applications were a quarter of its page's time, issue 13).
 * An answer is remembered with the {@link CommittedWrites} version it was read at and served only
 * while that version holds; any commit of the persistence unit moves it.
 *
 * <p>A database that other nodes may write (PostgreSQL, a Derby network server) is asked every
 * time, as is a query inside a transaction, which must see the transaction's own writes. Answers
 * must be immutable: they are handed to every caller.
 */
final class RememberedAnswers {

    /** Beyond this many different questions answered at one version, the memory starts again. */
    static final int MOST = 10_000;

    /**
     * Whether answers are remembered at all. Always on in the product; {@code ListScaleBenchmark}
     * turns it off to measure the database's work for each call.
     */
    static volatile boolean remembering = true;

    private static final Map<EntityManagerFactory, RememberedAnswers> OF_UNIT =
            Collections.synchronizedMap(new WeakHashMap<>());

    private record Answer(long version, Object value) {}

    private final CommittedWrites writes;
    private final Map<Object, Answer> answers = new ConcurrentHashMap<>();
    private volatile Boolean remembers;

    /** @param remembers whether the database is this process's alone, or {@code null} to ask it */
    RememberedAnswers(CommittedWrites writes, Boolean remembers) {
        this.writes = writes;
        this.remembers = remembers;
    }

    /** The memory of the persistence unit {@code entityManager} belongs to. */
    static RememberedAnswers of(EntityManager entityManager) {
        return OF_UNIT.computeIfAbsent(
                entityManager.getEntityManagerFactory(), unit -> new RememberedAnswers(CommittedWrites.of(unit), null));
    }

    /**
     * The answer to the question {@code key} names (its query and parameters), remembered or read
     * now by {@code reading} on {@code entityManager}.
     */
    @SuppressWarnings("unchecked")
    <T> T answer(EntityManager entityManager, Object key, Supplier<T> reading) {
        if (!remembering
                || entityManager.getTransaction().isActive()
                || !remembers(entityManager.getEntityManagerFactory())) {
            return reading.get();
        }
        long version = writes.version();
        if (version == CommittedWrites.UNSETTLED) {
            return reading.get();
        }
        Answer known = answers.get(key);
        if (known != null && known.version() == version) {
            return (T) known.value();
        }
        T value = reading.get();
        // read while nothing committed: whatever committed since moved the version past it
        if (writes.version() == version) {
            if (answers.size() >= MOST) {
                answers.clear();
            }
            answers.put(key, new Answer(version, value));
        }
        return value;
    }

    private boolean remembers(EntityManagerFactory factory) {
        Boolean decided = remembers;
        if (decided == null) {
            decided = SingleProcessDatabase.holds(factory);
            remembers = decided;
        }
        return decided;
    }
}
