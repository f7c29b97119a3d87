package org.skilleval.core.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import org.skilleval.core.persistence.AuditAnchor;
import org.skilleval.core.persistence.AuditVerification;
import org.skilleval.core.persistence.AuditVerification.BrokenLink;

/**
 * The hash chain of audit events. Each event stores the hash of the event before it and its own
 * hash, {@code SHA-256(previous hash ‖ canonical content)}, where the canonical content is every
 * column an auditor reads (its place in the chain included), each prefixed with its length so that
 * no two events share a canonical form. The first event follows a hash of 64 zeros.
 *
 * <p>Events are chained under a lock on the single head row, taken by the recording transaction
 * just before it commits ({@link #append}); the lock serialises exactly the moment of chaining, so
 * two transactions can never give two events the same predecessor.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private static final int LEGACY_BATCH = 1000;

    private static final String WALK = "SELECT ID, SEQ, PREV_HASH, HASH, OCCURRED_AT, ACTOR, ACTOR_ROLE, OBJECT_TYPE,"
            + " OBJECT_ID, ACTION, BEFORE_STATE, AFTER_STATE, NOTE FROM AUDIT_EVENT WHERE SEQ IS NOT NULL ORDER BY SEQ";

    private AuditChain() {}

    /**
     * The canonical content of an event: every field, length-prefixed, in a fixed order.
     *
     * @param occurredAt the time as the database stores it ({@link #storedTime})
     */
    static String canonical(
            long seq,
            String occurredAt,
            String actor,
            String role,
            String objectType,
            String objectId,
            String action,
            String before,
            String after,
            String note) {
        StringBuilder canonical = new StringBuilder(
                64 + length(before) + length(after) + length(note) + length(objectId) + length(actor));
        for (String field : new String[] {
            Long.toString(seq), occurredAt, actor, role, objectType, objectId, action, before, after, note
        }) {
            String value = field == null ? "" : field;
            canonical.append(value.length()).append(':').append(value).append(';');
        }
        return canonical.toString();
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /**
     * A time as a TIMESTAMP column holds it (local date and time, without a zone), so that the hash
     * computed when writing equals the one recomputed when reading, whatever the zone of either JVM.
     */
    static String storedTime(Instant instant) {
        return Timestamp.from(instant).toLocalDateTime().toString();
    }

    static String hash(String previousHash, String canonical) {
        MessageDigest digest = sha256();
        digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(canonical.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Chains and stores the events a transaction recorded, in the order recorded, after the current
     * head; the caller commits right after.
     */
    static void append(EntityManager entityManager, List<AuditEventEntity> events, EntityManagerFactory factory) {
        AuditChainHeadEntity head =
                entityManager.find(AuditChainHeadEntity.class, AuditChainHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            createHead(factory);
            head = entityManager.find(
                    AuditChainHeadEntity.class, AuditChainHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        }
        long seq = head.seq();
        String previous = head.hash();
        for (AuditEventEntity event : events) {
            event.chain(++seq, previous);
            previous = event.hash();
            entityManager.persist(event);
        }
        head.advance(seq, previous);
        entityManager.flush();
    }

    /**
     * Creates the head once, in a transaction of its own, chaining the events written before the
     * chain existed (a database of an earlier release) in the order of their ids. Another
     * transaction creating it at the same moment is as good as this one.
     */
    static void createHead(EntityManagerFactory factory) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            if (entityManager.find(AuditChainHeadEntity.class, AuditChainHeadEntity.ID) == null) {
                long seq = 0;
                String previous = GENESIS;
                long lastId = 0;
                while (true) {
                    List<AuditEventEntity> legacy = entityManager
                            .createQuery(
                                    "SELECT e FROM AuditEventEntity e WHERE e.seq IS NULL AND e.id > :after ORDER BY e.id",
                                    AuditEventEntity.class)
                            .setParameter("after", lastId)
                            .setMaxResults(LEGACY_BATCH)
                            .getResultList();
                    if (legacy.isEmpty()) {
                        break;
                    }
                    for (AuditEventEntity event : legacy) {
                        event.chain(++seq, previous);
                        previous = event.hash();
                        lastId = event.id();
                    }
                    entityManager.flush();
                    entityManager.clear();
                }
                entityManager.persist(new AuditChainHeadEntity(seq, previous));
            }
            transaction.commit();
        } catch (PersistenceException raced) {
            // Another transaction created the head first; it is as good as ours.
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    /** The head as the database holds it now, read past any cache; empty before the first event. */
    static Optional<AuditAnchor> head(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT SEQ, HASH, UPDATED_AT FROM AUDIT_CHAIN_HEAD WHERE ID = ?")) {
            statement.setLong(1, AuditChainHeadEntity.ID);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AuditAnchor(
                        row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant()));
            }
        }
    }

    /** Walks the chain on a connection of its own, in the order of the events' places. */
    static AuditVerification verify(Connection connection) throws SQLException {
        long started = System.nanoTime();
        Map<Long, String> anchors = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT SEQ, HASH FROM AUDIT_ANCHOR");
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                anchors.merge(row.getLong(1), row.getString(2), (a, b) -> a.equals(b) ? a : "conflicting anchors");
            }
        }
        Optional<AuditAnchor> head = head(connection);
        long headSeq = head.map(AuditAnchor::seq).orElse(0L);
        String headHash = head.map(AuditAnchor::hash).orElse(GENESIS);

        Walk walk = new Walk(anchors);
        try (PreparedStatement statement = connection.prepareStatement(WALK)) {
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next() && walk.broken == null) {
                    walk.next(row);
                }
            }
        }
        if (walk.broken == null) {
            walk.checkHead(headSeq, headHash);
        }
        if (walk.broken == null) {
            walk.checkUnchained(connection);
        }
        if (walk.broken == null && walk.anchorsSeen < anchors.size()) {
            walk.checkAnchorsBeyondTheChain();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new AuditVerification(
                walk.broken == null,
                walk.checked,
                headSeq,
                headHash,
                walk.anchorsSeen,
                Optional.ofNullable(walk.broken),
                took);
    }

    /** The state of one walk along the chain. */
    private static final class Walk {

        private final Map<Long, String> anchors;
        private long expected = 1;
        private String previous = GENESIS;
        private long checked;
        private long anchorsSeen;
        private BrokenLink broken;

        Walk(Map<Long, String> anchors) {
            this.anchors = anchors;
        }

        void next(ResultSet row) throws SQLException {
            long id = row.getLong(1);
            long seq = row.getLong(2);
            String prevHash = row.getString(3);
            String hash = row.getString(4);
            if (seq < expected) {
                broken = new BrokenLink(
                        seq,
                        id,
                        "inserted",
                        "第 " + seq + " 条审计记录之外还有一条记录（编号 " + id + "）占用同一位置：有记录被插入",
                        "Event " + id + " claims place " + seq + ", which another event holds: a row was inserted");
                return;
            }
            if (seq > expected) {
                broken = new BrokenLink(
                        expected,
                        0,
                        "deleted",
                        "缺少第 " + expected + " 条审计记录（下一条为第 " + seq + " 条，编号 " + id + "）：有记录被删除",
                        "Place " + expected + " of the chain is missing (the next event, " + id + ", is at place " + seq
                                + "): a row was deleted");
                return;
            }
            String recomputed = AuditChain.hash(
                    prevHash == null ? "" : prevHash,
                    canonical(
                            seq,
                            row.getTimestamp(5).toLocalDateTime().toString(),
                            row.getString(6),
                            row.getString(7),
                            row.getString(8),
                            row.getString(9),
                            row.getString(10),
                            row.getString(11),
                            row.getString(12),
                            row.getString(13)));
            if (!recomputed.equals(hash)) {
                broken = new BrokenLink(
                        seq,
                        id,
                        "edited",
                        "第 " + seq + " 条审计记录（编号 " + id + "）的内容与其哈希不符：该记录被改动",
                        "Event " + id + " at place " + seq + " no longer matches its hash: the row was edited");
                return;
            }
            if (!previous.equals(prevHash)) {
                broken = new BrokenLink(
                        seq,
                        id,
                        "relinked",
                        "第 " + seq + " 条审计记录（编号 " + id + "）不接续前一条记录：其前的记录被改动、插入或删除",
                        "Event " + id + " at place " + seq + " does not follow the event before it: a row before it"
                                + " was edited, inserted or deleted");
                return;
            }
            String anchored = anchors.get(seq);
            if (anchored != null) {
                anchorsSeen++;
                if (!anchored.equals(hash)) {
                    broken = anchorMismatch(seq, id);
                    return;
                }
            }
            checked++;
            expected = seq + 1;
            previous = hash;
        }

        void checkHead(long headSeq, String headHash) {
            long last = expected - 1;
            if (headSeq == last && headHash.equals(previous)) {
                return;
            }
            if (headSeq > last) {
                broken = new BrokenLink(
                        last + 1,
                        0,
                        "deleted",
                        "审计链的头记录为第 " + headSeq + " 条，但链只到第 " + last + " 条：末尾的记录被删除",
                        "The head of the chain is at place " + headSeq + " but the chain ends at " + last
                                + ": rows at the end were deleted");
            } else {
                broken = new BrokenLink(
                        headSeq,
                        0,
                        "head-mismatch",
                        "审计链的头记录（第 " + headSeq + " 条）与链上的记录不符：末尾有记录被添加或改动",
                        "The head of the chain (place " + headSeq + ") disagrees with the chain: rows were added or"
                                + " changed at its end");
            }
        }

        void checkUnchained(Connection connection) throws SQLException {
            try (PreparedStatement statement =
                            connection.prepareStatement("SELECT MIN(ID), COUNT(*) FROM AUDIT_EVENT WHERE SEQ IS NULL");
                    ResultSet row = statement.executeQuery()) {
                if (row.next() && row.getLong(2) > 0) {
                    long id = row.getLong(1);
                    broken = new BrokenLink(
                            0,
                            id,
                            "inserted",
                            "有 " + row.getLong(2) + " 条审计记录不在链上（第一条编号 " + id + "）：有记录被插入",
                            row.getLong(2) + " event(s) lie outside the chain (the first is " + id
                                    + "): rows were inserted");
                }
            }
        }

        void checkAnchorsBeyondTheChain() {
            long beyond = anchors.keySet().stream()
                    .filter(seq -> seq >= expected)
                    .min(Long::compare)
                    .orElse(0L);
            if (beyond > 0) {
                broken = anchorMismatch(beyond, 0);
            }
        }

        private static BrokenLink anchorMismatch(long seq, long id) {
            return new BrokenLink(
                    seq,
                    id,
                    "anchor-mismatch",
                    "第 " + seq + " 条审计记录与此前保存的锚点不符：审计链被重写",
                    "Place " + seq + " of the chain disagrees with an anchor taken earlier: the chain was rewritten");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
