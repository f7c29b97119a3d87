package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.domain.AuditVerification.BrokenLink;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.rules.RoundSchedule;

/**
 * The audit chain on a real Derby database, tampered with over plain JDBC as someone with access to
 * the database files would: every edit, deletion and insertion is found, at the right place.
 */
class AuditChainTest {

    private static final AuditActor PROVINCE = new AuditActor("province", "province");

    private EmbeddedDataSource dataSource;
    private EntityManagerFactory unit;
    private JpaRoundStore rounds;
    private JpaAuditTrail audit;

    @BeforeEach
    void openDatabase() {
        dataSource = InMemoryDatabase.dataSource();
        unit = InMemoryDatabase.persistenceUnit(dataSource);
        rounds = new JpaRoundStore(unit);
        audit = new JpaAuditTrail(unit);
        // Every verification here reads the events in two halves on two connections, as a large trail is read.
        AuditChain.splitAbove = 1;
    }

    @AfterEach
    void closeDatabase() {
        AuditChain.splitAbove = 20_000;
        unit.close();
    }

    @Test
    void anEmptyChainIsIntact() {
        AuditVerification verification = audit.verify();
        assertTrue(verification.intact());
        assertEquals(0, verification.eventsChecked());
    }

    @Test
    void everyAuditedChangeIsChainedInOrder() throws SQLException {
        writeRounds(5);

        AuditVerification verification = audit.verify();

        assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
        assertEquals(5, verification.eventsChecked());
        assertEquals(5, verification.headSeq());
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L),
                column("SELECT c.SEQ FROM AUDIT_EVENT e JOIN AUDIT_CHAIN c ON c.EVENT_ID = e.ID ORDER BY e.ID"));
    }

    @Test
    void concurrentTransactionsNeverForkTheChain() throws Exception {
        long round = rounds.create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), PROVINCE)
                .id();
        JpaParticipationStore participations = new JpaParticipationStore(unit);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> writers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                writers.add(() -> n % 2 == 0
                        ? rounds.create(2030 + n, 1, "r" + n, RoundSchedule.defaultFor(2030 + n, 1), PROVINCE)
                        : participations.recommend(
                                round,
                                String.format("9132010000000%05d", n),
                                "企业" + n,
                                "3201",
                                new EnterpriseEvidence(true, true, 3, false, false),
                                (counted, overrides) -> true,
                                PROVINCE));
            }
            for (Future<Object> written : pool.invokeAll(writers)) {
                written.get();
            }
        } finally {
            pool.shutdown();
        }

        AuditVerification verification = audit.verify();

        assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
        assertEquals(41, verification.eventsChecked());
        assertEquals(count("SELECT COUNT(*) FROM AUDIT_EVENT"), 41);
        assertEquals(41, count("SELECT COUNT(DISTINCT PREV_HASH) FROM AUDIT_CHAIN"));
    }

    @Test
    void anEditedRowIsNamed() throws SQLException {
        writeRounds(5);
        long id = column("SELECT EVENT_ID FROM AUDIT_CHAIN WHERE SEQ = 3").get(0);

        execute("UPDATE AUDIT_EVENT SET ACTOR = 'someone-else' WHERE ID = " + id);

        BrokenLink broken = broken();
        assertEquals("edited", broken.problem());
        assertEquals(3, broken.seq());
        assertEquals(id, broken.eventId());
        assertTrue(broken.messageZh().contains("第 3 条"), broken.messageZh());
    }

    @Test
    void anEditedLobIsNamedToo() throws SQLException {
        writeRounds(3);

        execute("UPDATE AUDIT_EVENT SET AFTER_STATE = 'nothing happened' WHERE ID = " + eventAt(2));

        assertEquals("edited", broken().problem());
        assertEquals(2, broken().seq());
    }

    @Test
    void anEditedRowWhoseHashWasRecomputedBreaksTheNextLink() throws SQLException {
        writeRounds(4);
        String prev = string("SELECT PREV_HASH FROM AUDIT_CHAIN WHERE SEQ = 2");
        execute("UPDATE AUDIT_EVENT SET NOTE = 'forged' WHERE ID = " + eventAt(2));
        // The forger recomputes the edited row's own hashes, as the algorithm is no secret.
        String[] forged = forgedHashes(2, prev);
        execute("UPDATE AUDIT_EVENT SET CONTENT_HASH = '" + forged[0] + "' WHERE ID = " + eventAt(2));
        execute("UPDATE AUDIT_CHAIN SET HASH = '" + forged[1] + "' WHERE SEQ = 2");

        BrokenLink broken = broken();
        assertEquals("relinked", broken.problem());
        assertEquals(3, broken.seq());
    }

    @Test
    void aDeletedRowIsNamedByItsPlace() throws SQLException {
        writeRounds(5);

        execute("DELETE FROM AUDIT_EVENT WHERE ID = " + eventAt(2));

        BrokenLink broken = broken();
        assertEquals("deleted", broken.problem());
        assertEquals(2, broken.seq());
    }

    @Test
    void aDeletedLastRowDisagreesWithTheHead() throws SQLException {
        writeRounds(5);

        long eventAt5 = eventAt(5);
        execute("DELETE FROM AUDIT_CHAIN WHERE SEQ = 5");
        execute("DELETE FROM AUDIT_EVENT WHERE ID = " + eventAt5);

        BrokenLink broken = broken();
        assertEquals("deleted", broken.problem());
        assertEquals(5, broken.seq());
    }

    @Test
    void anInsertedRowOutsideTheChainIsFound() throws SQLException {
        writeRounds(3);

        execute("INSERT INTO AUDIT_EVENT (OCCURRED_AT, ACTOR, ACTOR_ROLE, OBJECT_TYPE, OBJECT_ID, ACTION, NOTE)"
                + " VALUES (CURRENT_TIMESTAMP, 'province', 'province', 'Certificate', '9', 'revoke', '')");

        assertEquals("inserted", broken().problem());
    }

    @Test
    void anInsertedRowClaimingATakenPlaceIsFound() throws SQLException {
        writeRounds(3);

        // A copy of event 2's row, with its content hash, pointed at by a forged link in place of 2.
        execute("INSERT INTO AUDIT_EVENT (OCCURRED_AT, ACTOR, ACTOR_ROLE, OBJECT_TYPE, OBJECT_ID, ACTION, NOTE,"
                + " CONTENT_HASH) SELECT OCCURRED_AT, ACTOR, ACTOR_ROLE, OBJECT_TYPE, OBJECT_ID, 'forged', NOTE,"
                + " CONTENT_HASH FROM AUDIT_EVENT WHERE ID = " + eventAt(2));
        long forged = count("SELECT MAX(ID) FROM AUDIT_EVENT");
        execute("UPDATE AUDIT_CHAIN SET EVENT_ID = " + forged + " WHERE SEQ = 2");
        BrokenLink broken = broken();
        assertTrue(List.of("inserted", "edited").contains(broken.problem()), broken.problem());
        assertEquals(2, broken.seq());
    }

    @Test
    void aChainRewrittenAfterAnAnchorDisagreesWithTheAnchor() throws SQLException {
        writeRounds(3);
        assertEquals(3, audit.anchor().orElseThrow().seq());
        // Rewrite everything consistently: edit row 1 and recompute every hash and the head.
        execute("UPDATE AUDIT_EVENT SET NOTE = 'rewritten' WHERE ID = " + eventAt(1));
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= 3; seq++) {
            String[] hashes = forgedHashes(seq, previous);
            execute("UPDATE AUDIT_EVENT SET CONTENT_HASH = '" + hashes[0] + "' WHERE ID = " + eventAt(seq));
            execute("UPDATE AUDIT_CHAIN SET PREV_HASH = '" + previous + "', HASH = '" + hashes[1] + "' WHERE SEQ = "
                    + seq);
            previous = hashes[1];
        }
        execute("UPDATE AUDIT_CHAIN_HEAD SET HASH = '" + previous + "'");

        BrokenLink broken = broken();
        assertEquals("anchor-mismatch", broken.problem());
        assertEquals(3, broken.seq());
    }

    @Test
    void anAnchorIsTakenOnlyWhenTheHeadMoved() throws SQLException {
        assertTrue(audit.anchor().isEmpty());
        writeRounds(2);
        audit.anchor();
        audit.anchor();
        writeRounds(1);
        audit.anchor();

        assertEquals(List.of(2L, 3L), column("SELECT SEQ FROM AUDIT_ANCHOR ORDER BY ID"));
        assertTrue(audit.verify().intact());
        assertEquals(2, audit.verify().anchorsChecked());
    }

    @Test
    void eventsOfAnEarlierReleaseAreChainedWhenTheChainStarts() throws SQLException {
        // A database of the previous release: events without hashes, and no head.
        EmbeddedDataSource old = InMemoryDatabase.dataSource();
        EntityManagerFactory previousRelease = InMemoryDatabase.persistenceUnit(old);
        JpaTransactions.chaining = false;
        try {
            new JpaRoundStore(previousRelease).create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), PROVINCE);
            new JpaRoundStore(previousRelease).create(2027, 2, "2027-2", RoundSchedule.defaultFor(2027, 2), PROVINCE);
        } finally {
            JpaTransactions.chaining = true;
            previousRelease.close();
        }
        EntityManagerFactory upgraded = InMemoryDatabase.persistenceUnit(old);
        try {
            new JpaRoundStore(upgraded).create(2028, 1, "2028", RoundSchedule.defaultFor(2028, 1), PROVINCE);

            AuditVerification verification = new JpaAuditTrail(upgraded).verify();
            assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
            assertEquals(3, verification.eventsChecked());
        } finally {
            upgraded.close();
        }
    }

    @Test
    void eventsCommittedButNotChainedBeforeACrashAreChainedAtTheNextStart() throws SQLException {
        writeRounds(3);
        // The state a crash leaves between a commit and the chaining of its event: the last event
        // has its content hash but no place, and the head is one event behind.
        String headBefore = string("SELECT PREV_HASH FROM AUDIT_CHAIN WHERE SEQ = 3");
        execute("DELETE FROM AUDIT_CHAIN WHERE SEQ = 3");
        execute("UPDATE AUDIT_CHAIN_HEAD SET SEQ = 2, HASH = '" + headBefore + "'");
        assertEquals("inserted", broken().problem());
        unit.close();

        unit = InMemoryDatabase.persistenceUnit(dataSource);
        audit = new JpaAuditTrail(unit);

        AuditVerification verification = audit.verify();
        assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
        assertEquals(3, verification.eventsChecked());
    }

    @Test
    void aRowInsertedWithoutAContentHashStaysOutsideTheChainAfterARestart() throws SQLException {
        writeRounds(2);
        execute("INSERT INTO AUDIT_EVENT (OCCURRED_AT, ACTOR, ACTOR_ROLE, OBJECT_TYPE, OBJECT_ID, ACTION, NOTE)"
                + " VALUES (CURRENT_TIMESTAMP, 'province', 'province', 'Certificate', '9', 'revoke', '')");
        unit.close();

        unit = InMemoryDatabase.persistenceUnit(dataSource);
        audit = new JpaAuditTrail(unit);

        assertEquals("inserted", broken().problem());
    }

    @Test
    void aLostHeadIsRestoredAfterTheLastChainedEventAtTheNextStart() throws SQLException {
        writeRounds(3);
        execute("DELETE FROM AUDIT_CHAIN_HEAD");
        assertFalse(audit.verify().intact());
        unit.close();

        unit = InMemoryDatabase.persistenceUnit(dataSource);
        rounds = new JpaRoundStore(unit);
        audit = new JpaAuditTrail(unit);
        writeRounds(1);

        AuditVerification verification = audit.verify();
        assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
        assertEquals(4, verification.headSeq());
    }

    private int nextYear = 2030;

    private void writeRounds(int count) {
        for (int i = 0; i < count; i++) {
            int year = nextYear++;
            rounds.create(year, 1, "r" + year, RoundSchedule.defaultFor(year, 1), PROVINCE);
        }
        AuditChainer.of(unit).drain();
    }

    private BrokenLink broken() {
        AuditVerification verification = audit.verify();
        assertFalse(verification.intact());
        return verification.firstBroken().orElseThrow();
    }

    /** The hashes a forger with database access computes for the row at {@code seq}, as the algorithm is no secret. */
    private String[] forgedHashes(long seq, String previous) throws SQLException {
        long id = eventAt(seq);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT OCCURRED_AT, ACTOR, ACTOR_ROLE, OBJECT_TYPE, OBJECT_ID, ACTION, BEFORE_STATE,"
                                + " AFTER_STATE, NOTE FROM AUDIT_EVENT WHERE ID = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                String content = AuditChain.contentHash(
                        row.getTimestamp(1).toLocalDateTime().toString(),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getString(9));
                return new String[] {content, AuditChain.link(previous, seq, id, content)};
            }
        }
    }

    /** The id of the event at a place of the chain. */
    private long eventAt(long seq) {
        return count("SELECT EVENT_ID FROM AUDIT_CHAIN WHERE SEQ = " + seq);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private List<Long> column(String sql) {
        List<Long> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private long count(String sql) {
        return column(sql).get(0);
    }

    private String string(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
