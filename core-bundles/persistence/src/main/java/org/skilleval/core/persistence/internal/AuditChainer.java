package org.skilleval.core.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives committed audit events their places in the chain, one database at a time, on a thread of
 * its own.
 *
 * <p>Why not in the writing transaction: chaining there means holding the head's lock across the
 * commit, which serialises every commit of the platform behind one log flush; measured on two
 * cores, that cost 30–50% of write throughput. Instead a writer stores its events with their content
 * hashes, marks their ids pending just before committing, and hands them to this chainer once the
 * commit succeeded; the chainer links them (in that order) in short batched transactions that only
 * it writes. An event lies outside the chain for well under a second; the pending ids tell such an
 * event from one inserted behind the platform's back, which verification reports. Since only
 * committed events are handed over, a link needs no look at the event's row. Events committed just
 * before a crash (or whose writer failed between its commit and the hand-over) are chained at the
 * next start, and said so in the log.
 */
final class AuditChainer {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainer.class);

    private static final Map<EntityManagerFactory, AuditChainer> CHAINERS = new HashMap<>();
    private static final int BATCH = 5000;
    private static final long INTERVAL_MILLIS = 100;

    private final EntityManagerFactory factory;
    private final BlockingDeque<Pending> queue = new LinkedBlockingDeque<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    /** Held while a batch is chained, and while the chain is verified, so neither sees half of the other. */
    private final ReentrantLock chaining = new ReentrantLock();

    private volatile boolean failing;

    private record Pending(long id, String contentHash) {}

    private AuditChainer(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The chainer of a database, started (and the chain recovered) on first use. */
    static AuditChainer of(EntityManagerFactory factory) {
        synchronized (CHAINERS) {
            AuditChainer chainer = CHAINERS.get(factory);
            if (chainer == null) {
                chainer = new AuditChainer(factory);
                chainer.recover();
                Thread thread = new Thread(chainer::run, "skilleval-audit-chainer");
                thread.setDaemon(true);
                thread.start();
                CHAINERS.put(factory, chainer);
            }
            return chainer;
        }
    }

    /**
     * Called by a writing transaction after its events were flushed and just before it commits, so
     * that a verification running meanwhile knows them as pending, not as inserted behind its back.
     */
    void committing(List<AuditEventEntity> events) {
        events.forEach(event -> pending.add(event.id()));
    }

    /** Called once the transaction committed: the events are linked in the next batch. */
    void committed(List<AuditEventEntity> events) {
        events.forEach(event -> queue.add(new Pending(event.id(), event.contentHash())));
    }

    /** Called when the transaction that marked these events pending did not commit. */
    void abandoned(List<AuditEventEntity> events) {
        events.forEach(event -> pending.remove(event.id()));
    }

    /**
     * Chains everything handed over so far, on the caller's thread, and waits (a few seconds at
     * most) for what the chainer's own thread took already.
     */
    void drain() {
        List<Pending> batch = new ArrayList<>();
        while (queue.drainTo(batch, BATCH) > 0) {
            chain(batch);
            batch.clear();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            chaining.lock();
            chaining.unlock();
            if (!pending.isEmpty()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Runs work (a verification) while no batch is being chained, with the live set of ids handed
     * over but not chained yet.
     */
    <T> T whilePaused(java.util.function.Function<Set<Long>, T> work) {
        chaining.lock();
        try {
            return work.apply(Collections.unmodifiableSet(pending));
        } finally {
            chaining.unlock();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (factory.isOpen()) {
            try {
                // One chaining transaction per interval whatever the rate of writes: its commit, the
                // costly part, is shared by every event of the interval.
                Thread.sleep(INTERVAL_MILLIS);
                if (queue.drainTo(batch, BATCH) == 0) {
                    continue;
                }
                chain(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // The database is away (shutdown, disk full): keep the events, try again shortly.
                for (int i = batch.size() - 1; i >= 0; i--) {
                    queue.addFirst(batch.get(i));
                }
                if (!failing) {
                    LOG.warn("Audit events cannot be chained now; retrying", e);
                    failing = true;
                }
                sleep();
            } finally {
                batch.clear();
            }
        }
        synchronized (CHAINERS) {
            CHAINERS.remove(factory, this);
        }
    }

    private void chain(List<Pending> batch) {
        chaining.lock();
        try {
            inTransaction(connection -> {
                saveHead(connection, linkAll(connection, batch, lockHead(connection)));
                return null;
            });
            batch.forEach(event -> pending.remove(event.id()));
            failing = false;
        } finally {
            chaining.unlock();
        }
    }

    /** Links a committed event. */
    private static final String LINK = "INSERT INTO AUDIT_CHAIN (SEQ, EVENT_ID, PREV_HASH, HASH) VALUES (?, ?, ?, ?)";

    /** Links the whole batch, in its order, in one JDBC batch; @return the new head. */
    private static Head linkAll(Connection connection, List<Pending> batch, Head head) throws SQLException {
        try (PreparedStatement link = connection.prepareStatement(LINK)) {
            Head at = head;
            for (Pending event : batch) {
                at = bind(link, event, at);
                link.addBatch();
            }
            link.executeBatch();
            return at;
        }
    }

    private static Head bind(PreparedStatement link, Pending event, Head after) throws SQLException {
        long seq = after.seq + 1;
        String hash = AuditChain.link(after.hash, seq, event.id(), event.contentHash());
        link.setLong(1, seq);
        link.setLong(2, event.id());
        link.setString(3, after.hash);
        link.setString(4, hash);
        return new Head(seq, hash);
    }

    /**
     * At the first use of a database: creates the head (restoring a lost one after the last link),
     * then links, in the order of their ids, the events without a link: the events of an earlier
     * release (no content hash yet, hashed now) when the chain starts, or the events the platform
     * committed but had not linked when it stopped abruptly. An event that another process inserted
     * without a content hash into a running chain stays outside it, where verification finds it.
     */
    private void recover() {
        List<Long> recovered = new ArrayList<>();
        boolean[] starting = new boolean[1];
        inEntityTransaction(entityManager -> {
            try {
                Connection connection = entityManager.unwrap(Connection.class);
                Optional<Head> existing = readHead(connection);
                Head head = existing.orElse(null);
                if (head == null) {
                    Optional<Head> lastLink = lastLink(connection);
                    starting[0] = lastLink.isEmpty();
                    head = lastLink.orElse(new Head(0, AuditChain.GENESIS));
                    if (lastLink.isPresent()) {
                        LOG.warn("The head of the audit chain was missing; it is restored after place {}", head.seq);
                    }
                    insertHead(connection, head);
                }
                List<Pending> unlinked = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement("SELECT e.ID, e.CONTENT_HASH FROM"
                                + " AUDIT_EVENT e WHERE NOT EXISTS (SELECT 1 FROM AUDIT_CHAIN c WHERE c.EVENT_ID = e.ID)"
                                + " ORDER BY e.ID");
                        ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        unlinked.add(new Pending(row.getLong(1), row.getString(2)));
                    }
                }
                for (Pending event : unlinked) {
                    String contentHash = event.contentHash();
                    if (contentHash == null) {
                        if (!starting[0]) {
                            continue;
                        }
                        AuditEventEntity legacy = entityManager.find(AuditEventEntity.class, event.id());
                        legacy.hashContentIfMissing();
                        entityManager.flush();
                        contentHash = legacy.contentHash();
                    }
                    Head next = linkOne(connection, new Pending(event.id(), contentHash), head);
                    if (next != null) {
                        head = next;
                        recovered.add(event.id());
                    }
                }
                saveHead(connection, head);
                return null;
            } catch (SQLException e) {
                throw new PersistenceException("The audit chain could not be recovered", e);
            }
        });
        if (!recovered.isEmpty()) {
            if (starting[0]) {
                LOG.info("The audit chain starts with the {} event(s) recorded before it existed", recovered.size());
            } else {
                LOG.warn(
                        "{} audit event(s) committed before the last stop were chained only now (ids {} to {})",
                        recovered.size(),
                        recovered.get(0),
                        recovered.get(recovered.size() - 1));
            }
        }
    }

    private static Optional<Head> readHead(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT SEQ, HASH FROM AUDIT_CHAIN_HEAD WHERE ID = ?")) {
            statement.setLong(1, AuditChainHeadEntity.ID);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Head(row.getLong(1), row.getString(2))) : Optional.empty();
            }
        }
    }

    private static Optional<Head> lastLink(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT SEQ, HASH FROM AUDIT_CHAIN ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(new Head(row.getLong(1), row.getString(2))) : Optional.empty();
        }
    }

    private static void insertHead(Connection connection, Head head) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO AUDIT_CHAIN_HEAD (ID, SEQ, HASH, UPDATED_AT) VALUES (?, ?, ?, ?)")) {
            statement.setLong(1, AuditChainHeadEntity.ID);
            statement.setLong(2, head.seq);
            statement.setString(3, head.hash);
            statement.setTimestamp(4, Timestamp.from(Instant.now()));
            statement.executeUpdate();
        }
    }

    /** @return the new head, or {@code null} when the event did not commit */
    private static Head linkOne(Connection connection, Pending event, Head after) throws SQLException {
        try (PreparedStatement link = connection.prepareStatement(LINK)) {
            Head next = bind(link, event, after);
            return link.executeUpdate() == 1 ? next : null;
        }
    }

    private record Head(long seq, String hash) {}

    private static Head lockHead(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT SEQ, HASH FROM AUDIT_CHAIN_HEAD WHERE ID = ? FOR UPDATE")) {
            statement.setLong(1, AuditChainHeadEntity.ID);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("The head of the audit chain disappeared while the platform ran");
                }
                return new Head(row.getLong(1), row.getString(2));
            }
        }
    }

    private static void saveHead(Connection connection, Head head) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE AUDIT_CHAIN_HEAD SET SEQ = ?, HASH = ?, UPDATED_AT = ? WHERE ID = ?")) {
            statement.setLong(1, head.seq);
            statement.setString(2, head.hash);
            statement.setTimestamp(3, Timestamp.from(Instant.now()));
            statement.setLong(4, AuditChainHeadEntity.ID);
            statement.executeUpdate();
        }
    }

    private <T> T inTransaction(JpaTransactions.ConnectionWork<T> work) {
        return JpaTransactions.onOwnConnection(factory, "The audit chain could not be written", work);
    }

    private <T> T inEntityTransaction(java.util.function.Function<EntityManager, T> work) {
        return JpaTransactions.inOwnTransaction(factory, work);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
