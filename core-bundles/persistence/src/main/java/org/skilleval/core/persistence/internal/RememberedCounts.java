package org.skilleval.core.persistence.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * The totals of lists, remembered until the next committed write, for a database that this process
 * alone can open ({@link SingleProcessDatabase}): a list's {@code COUNT} reads every index entry of
 * the list, and a reader paging through a list, or coming back to it, asked the same count again
 * for every page while nothing had changed (an enterprise's 300 applications were a quarter of its
 * page's time, issue 13). A count is remembered with the {@link CommittedWrites} version it was
 * taken at and served only while that version holds; any commit of the persistence unit moves it.
 *
 * <p>A database that other nodes may write (PostgreSQL, a Derby network server) is counted at every
 * page, as is a count inside a transaction, which must see the transaction's own writes.
 */
final class RememberedCounts {

    /** Beyond this many different lists counted at one version, the memory starts again. */
    static final int MOST = 10_000;

    private static final Map<EntityManagerFactory, RememberedCounts> OF_UNIT =
            Collections.synchronizedMap(new WeakHashMap<>());

    private record Count(long version, long total) {}

    private final CommittedWrites writes;
    private final Map<Object, Count> counts = new ConcurrentHashMap<>();
    private volatile Boolean remembers;

    RememberedCounts(CommittedWrites writes, Boolean remembers) {
        this.writes = writes;
        this.remembers = remembers;
    }

    static RememberedCounts of(EntityManagerFactory factory) {
        return OF_UNIT.computeIfAbsent(factory, unit -> new RememberedCounts(CommittedWrites.of(unit), null));
    }

    /**
     * The total of the list that {@code key} names (the query and its parameters), remembered or
     * counted now by {@code counting} on {@code entityManager}.
     */
    long count(EntityManager entityManager, Object key, LongSupplier counting) {
        if (entityManager.getTransaction().isActive() || !remembers(entityManager.getEntityManagerFactory())) {
            return counting.getAsLong();
        }
        long version = writes.version();
        if (version == CommittedWrites.UNSETTLED) {
            return counting.getAsLong();
        }
        Count known = counts.get(key);
        if (known != null && known.version() == version) {
            return known.total();
        }
        long total = counting.getAsLong();
        // counted while nothing committed: whatever committed since moved the version past it
        if (writes.version() == version) {
            if (counts.size() >= MOST) {
                counts.clear();
            }
            counts.put(key, new Count(version, total));
        }
        return total;
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
