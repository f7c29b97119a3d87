package org.skilleval.core.persistence.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.persistence.EntityManagerFactory;

/**
 * How far the writes of one persistence unit have gone, as a version that moves whenever a
 * transaction of {@link JpaTransactions} commits, for answers that this process remembers instead
 * of reading again ({@link RememberedAnswers}): an answer taken at one version holds as long as the
 * version has not moved.
 *
 * <p>A transaction moves it twice, once before its commit and once after, and the version is
 * unsettled in between: while any transaction is committing, nothing remembered is served and
 * nothing new is remembered, so that no answer read just before a commit is served after it, and
 * none read during it is kept (Hibernate's query cache invalidates its tables before a commit and
 * again after it for the same reason). Every write of the platform's tables goes through {@link
 * JpaTransactions}; the audit chain's own tables, written by {@link AuditChainer} and {@link
 * JpaAuditTrail}, are not read by anything remembered.
 */
final class CommittedWrites {

    /** Versions of a transaction still committing: the low bits of the state count them. */
    static final long UNSETTLED = -1;

    private static final int COMMITTING_BITS = 20;
    private static final long COMMITTING_MASK = (1L << COMMITTING_BITS) - 1;
    private static final long STEP = 1L << COMMITTING_BITS;

    private static final Map<EntityManagerFactory, CommittedWrites> OF_UNIT =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The step count in the high bits, the transactions committing now in the low ones: read as one. */
    private final AtomicLong state = new AtomicLong();

    static CommittedWrites of(EntityManagerFactory factory) {
        return OF_UNIT.computeIfAbsent(factory, unit -> new CommittedWrites());
    }

    /** A transaction is about to commit. */
    void committing() {
        state.addAndGet(STEP + 1);
    }

    /** A transaction that called {@link #committing} has committed or failed to. */
    void settled() {
        state.addAndGet(STEP - 1);
    }

    /** The version now, or {@link #UNSETTLED} while a transaction is committing. */
    long version() {
        long now = state.get();
        return (now & COMMITTING_MASK) == 0 ? now : UNSETTLED;
    }
}
