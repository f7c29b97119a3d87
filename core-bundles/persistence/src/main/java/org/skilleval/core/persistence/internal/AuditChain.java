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
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.skilleval.core.domain.AuditAnchor;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.domain.AuditVerification.BrokenLink;

/**
 * The hash chain of audit events, and its verification.
 *
 * <p>Each event stores the hash of its canonical content ({@code CONTENT_HASH}: every column an
 * auditor reads, each prefixed with its length so that no two events share a canonical form). Its
 * link in {@code AUDIT_CHAIN} stores its place {@code SEQ}, the hash of the event before it
 * ({@code PREV_HASH}) and its own hash {@code HASH = SHA-256(PREV_HASH ‖ SEQ ‖ EVENT_ID ‖
 * CONTENT_HASH)}. The first event follows a hash of 64 zeros. One {@link AuditChainer} per
 * database gives committed events their places, in the order their transactions committed; the
 * head row holds the place and hash of the last one.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    /** The events of an id range with what their content hashes cover, in the order of ids (the primary key). */
    private static final String EVENTS =
            "SELECT ID, CONTENT_HASH, OCCURRED_AT, ACTOR, ACTOR_ROLE, OBJECT_TYPE, OBJECT_ID,"
                    + " ACTION, BEFORE_STATE, AFTER_STATE, NOTE FROM AUDIT_EVENT WHERE ID BETWEEN ? AND ? ORDER BY ID";

    /** Below this many events one scan is as quick as two; tests lower it to walk every path split. */
    static volatile long splitAbove = 20_000;

    /** Every link, in the order of places. */
    private static final String LINKS = "SELECT SEQ, EVENT_ID, PREV_HASH, HASH FROM AUDIT_CHAIN ORDER BY SEQ";

    private AuditChain() {}

    /** The SHA-256 of an event's canonical content; {@code occurredAt} as {@link #storedTime} gives it. */
    static String contentHash(
            String occurredAt,
            String actor,
            String role,
            String objectType,
            String objectId,
            String action,
            String before,
            String after,
            String note) {
        MessageDigest digest = sha256();
        for (String field : new String[] {occurredAt, actor, role, objectType, objectId, action, before, after, note}) {
            String value = field == null ? "" : field;
            digest.update((value.length() + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(value.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) ';');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The link hash of event {@code eventId} at place {@code seq}, after the event whose hash is {@code previous}. */
    static String link(String previous, long seq, long eventId, String contentHash) {
        MessageDigest digest = sha256();
        digest.update(previous.getBytes(StandardCharsets.US_ASCII));
        digest.update((":" + seq + ":" + eventId + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(contentHash.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A time as a TIMESTAMP column holds it (local date and time, without a zone), so that the hash
     * computed when writing equals the one recomputed when reading, whatever the zone of either JVM.
     */
    static String storedTime(Instant instant) {
        return Timestamp.from(instant).toLocalDateTime().toString();
    }

    /** The head as the database holds it now, read past any cache; empty before the chain started. */
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

    /**
     * Walks the chain in the order of the events' places.
     *
     * @param pending the events committed but not chained yet; any other event outside the chain was
     *     inserted behind the platform's back
     */
    static AuditVerification verify(Connection connection, Set<Long> pending) throws SQLException {
        return verify(connection, pending, null);
    }

    /** Another connection to the same database, in a transaction of its own, on the calling thread. */
    interface OtherConnection {
        <T> T call(JpaTransactions.ConnectionWork<T> work);
    }

    /**
     * Walks the chain in the order of the events' places.
     *
     * @param pending the events committed but not chained yet; any other event outside the chain was
     *     inserted behind the platform's back
     * @param other where the upper half of the events is read at the same time, on a second core;
     *     {@code null} to read every event on {@code connection}
     */
    static AuditVerification verify(Connection connection, Set<Long> pending, OtherConnection other)
            throws SQLException {
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

        // Two scans in key order rather than a join: Derby joined each link to its event's wide row
        // ten times slower than it reads the rows in order. Reading and hashing the events is most of
        // the work and Derby runs one statement on one core, so a large trail is read in two halves at
        // once, the upper one on the other connection.
        EventHashes events = readEvents(connection, other);
        Walk walk = new Walk(anchors, events);
        try (PreparedStatement statement = connection.prepareStatement(LINKS)) {
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (walk.broken == null && row.next()) {
                    walk.next(row);
                }
            }
        }
        if (walk.broken == null) {
            walk.checkHead(headSeq, headHash);
        }
        if (walk.broken == null) {
            walk.checkUnlinked(pending);
        }
        if (walk.broken == null) {
            walk.checkAnchorsBeyondTheChain();
        }
        return new AuditVerification(
                walk.broken == null,
                walk.checked,
                headSeq,
                headHash,
                walk.anchorsSeen,
                Optional.ofNullable(walk.broken),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static EventHashes readEvents(Connection connection, OtherConnection other) throws SQLException {
        long first;
        long last;
        try (PreparedStatement statement = connection.prepareStatement("SELECT MIN(ID), MAX(ID) FROM AUDIT_EVENT");
                ResultSet row = statement.executeQuery()) {
            row.next();
            first = row.getLong(1);
            last = row.getLong(2);
        }
        if (other == null || last - first < splitAbove) {
            return readEvents(connection, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        long middle = first + (last - first) / 2;
        CompletableFuture<EventHashes> upper = CompletableFuture.supplyAsync(
                () -> other.call(c -> readEvents(c, middle + 1, Long.MAX_VALUE)),
                task -> new Thread(task, "skilleval-audit-verify").start());
        EventHashes lower = readEvents(connection, Long.MIN_VALUE, middle);
        try {
            lower.append(upper.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return lower;
    }

    /** The events with ids in [from, to], with their content hashes recomputed. */
    private static EventHashes readEvents(Connection connection, long from, long to) throws SQLException {
        EventHashes events = new EventHashes();
        try (PreparedStatement statement = connection.prepareStatement(EVENTS)) {
            statement.setFetchSize(1000);
            statement.setLong(1, from);
            statement.setLong(2, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String content = AuditChain.contentHash(
                            row.getTimestamp(3).toLocalDateTime().toString(),
                            row.getString(4),
                            row.getString(5),
                            row.getString(6),
                            row.getString(7),
                            row.getString(8),
                            row.getString(9),
                            row.getString(10),
                            row.getString(11));
                    events.add(row.getLong(1), content, content.equals(row.getString(2)));
                }
            }
        }
        return events;
    }

    /** The state of one walk along the chain. */
    private static final class Walk {

        private final Map<Long, String> anchors;
        private final EventHashes events;
        private long expected = 1;
        private String previous = GENESIS;
        private long checked;
        private long anchorsSeen;
        private BrokenLink broken;

        Walk(Map<Long, String> anchors, EventHashes events) {
            this.anchors = anchors;
            this.events = events;
        }

        void next(ResultSet row) throws SQLException {
            long seq = row.getLong(1);
            long id = row.getLong(2);
            String prevHash = row.getString(3);
            String hash = row.getString(4);
            if (seq != expected) {
                broken = new BrokenLink(
                        expected,
                        0,
                        "deleted",
                        "缺少第 " + expected + " 条审计记录的链接（下一条为第 " + seq + " 条，记录编号 " + id + "）：有记录被删除",
                        "Place " + expected + " of the chain is missing (the next link, to event " + id
                                + ", is at place " + seq + "): a row was deleted");
                return;
            }
            int event = events.indexOf(id);
            if (event < 0) {
                broken = new BrokenLink(
                        seq,
                        id,
                        "deleted",
                        "第 " + seq + " 条审计记录（编号 " + id + "）已不存在：该记录被删除",
                        "Event " + id + " at place " + seq + " is gone: the row was deleted");
                return;
            }
            events.linked(event);
            if (!events.intact(event)
                    || !AuditChain.link(prevHash, seq, id, events.hash(event)).equals(hash)) {
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

        void checkUnlinked(Set<Long> pending) {
            long foreign = 0;
            long first = 0;
            for (int event = events.unlinked(0); event >= 0; event = events.unlinked(event + 1)) {
                long id = events.id(event);
                if (!pending.contains(id)) {
                    foreign++;
                    first = first == 0 ? id : first;
                }
            }
            if (foreign > 0) {
                broken = new BrokenLink(
                        0,
                        first,
                        "inserted",
                        "有 " + foreign + " 条审计记录不在链上（第一条编号 " + first + "），且不是平台写入的：有记录被插入",
                        foreign + " event(s) lie outside the chain and were not written by the platform (the first is "
                                + first + "): rows were inserted");
            }
        }

        void checkAnchorsBeyondTheChain() {
            anchors.keySet().stream()
                    .filter(seq -> seq >= expected)
                    .min(Long::compare)
                    .ifPresent(seq -> broken = anchorMismatch(seq, 0));
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

    /**
     * The events of one verification, in the order of their ids: each id, the hash of its content as
     * recomputed, whether that equals the stored one, and whether a link names it. Compact (about 50
     * bytes an event), so that a million events take some 50 MB for the length of a walk.
     */
    private static final class EventHashes {

        private long[] ids = new long[1024];
        private byte[] hashes = new byte[1024 * 32];
        private final BitSet intact = new BitSet();
        private final BitSet linked = new BitSet();
        private int size;

        void add(long id, String contentHash, boolean matchesStored) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                hashes = Arrays.copyOf(hashes, size * 2 * 32);
            }
            ids[size] = id;
            System.arraycopy(HexFormat.of().parseHex(contentHash), 0, hashes, size * 32, 32);
            intact.set(size, matchesStored);
            size++;
        }

        /** Adds every event of {@code higher}, whose ids all lie above this one's. */
        void append(EventHashes higher) {
            for (int i = 0; i < higher.size; i++) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                    hashes = Arrays.copyOf(hashes, size * 2 * 32);
                }
                ids[size] = higher.ids[i];
                System.arraycopy(higher.hashes, i * 32, hashes, size * 32, 32);
                intact.set(size, higher.intact.get(i));
                size++;
            }
        }

        /** @return the index of the event with this id, or a negative number when there is none */
        int indexOf(long id) {
            return Arrays.binarySearch(ids, 0, size, id);
        }

        long id(int index) {
            return ids[index];
        }

        String hash(int index) {
            return HexFormat.of().formatHex(hashes, index * 32, index * 32 + 32);
        }

        boolean intact(int index) {
            return intact.get(index);
        }

        void linked(int index) {
            linked.set(index);
        }

        /** @return the index of the next event no link names, from {@code from}; -1 when there is none */
        int unlinked(int from) {
            int index = linked.nextClearBit(from);
            return index < size ? index : -1;
        }
    }

    /**
     * One digest per thread, reset before each use: looking the algorithm up among the security
     * providers for every hash was a tenth of what an audit event's hash cost (docs/performance.md,
     * "Writes: eleventh session"). A JDK object, so a pool thread keeping it keeps no bundle alive.
     */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    });

    private static MessageDigest sha256() {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return digest;
    }
}
