package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.persistence.PluginProvision;
import org.skilleval.core.rules.RoundSchedule;

/**
 * The copy of a whole database into an empty one (docs/operations.md, Derby to PostgreSQL), here
 * between two Derby databases; the PostgreSQL integration tests copy into PostgreSQL. What the
 * stores wrote reads the same on the copy, the audit chain verifies there, and new rows get new ids.
 */
class DatabaseCopyTest {

    private static final AuditActor PROVINCE = new AuditActor("province", "province");

    private EmbeddedDataSource sourceData;
    private EntityManagerFactory source;
    private EntityManagerFactory copy;

    @BeforeEach
    void openSource() {
        sourceData = InMemoryDatabase.dataSource();
        source = InMemoryDatabase.persistenceUnit(sourceData);
    }

    @AfterEach
    void close() {
        source.close();
        if (copy != null) {
            copy.close();
        }
    }

    @Test
    void theCopyReadsAsTheSourceAndItsAuditChainVerifies() throws Exception {
        JpaRoundStore rounds = new JpaRoundStore(source);
        long round = rounds.create(2116, 1, "2116年第1批", RoundSchedule.defaultFor(2116, 1), PROVINCE)
                .id();
        long participation = new JpaParticipationStore(source)
                .recommend(
                        round,
                        "91320100MA1NJ0001M",
                        "南京某装备制造有限公司",
                        "3201",
                        new EnterpriseEvidence(true, false, 3, false, false),
                        (counted, overrides) -> true,
                        PROVINCE)
                .id();
        byte[] jar = {0x50, 0x4b, 3, 4, 0, (byte) 0xff};
        long upload = new JpaPluginUploadStore(source)
                .create(
                        new PluginUploadRecord(
                                0,
                                0,
                                "91320100MA1NJ0001M",
                                "3201",
                                "com.example.method",
                                "1.0.0",
                                "method.jar",
                                jar.length,
                                "ab".repeat(32),
                                PluginUploadRecord.Status.PENDING,
                                "hr",
                                Instant.parse("2116-03-01T08:00:00.123Z"),
                                null,
                                null,
                                null),
                        jar,
                        PROVINCE)
                .id();
        PluginProvision provisioned = new JpaPluginProvisionStore(source)
                .record(
                        new PluginProvision(
                                0,
                                0,
                                PluginProvision.Kind.CONFIGURATION,
                                "org.skilleval.plugin.veto",
                                "",
                                true,
                                "threshold=\"60\"\n",
                                "",
                                Instant.parse("2116-03-01T08:00:00Z")),
                        PROVINCE);
        // The chainer links events every 100 ms: chain all of them before anchoring, or the anchor
        // may find nothing chained yet and be skipped.
        AuditChainer.of(source).drain();
        JpaAuditTrail sourceAudit = new JpaAuditTrail(source);
        sourceAudit.anchor();
        AuditVerification before = sourceAudit.verify();
        String roundsBefore =
                new JpaRoundStore(source).find(round).orElseThrow().toString();

        EmbeddedDataSource targetData = InMemoryDatabase.emptyDataSource();
        Map<String, Long> copied;
        try (Connection from = sourceData.getConnection();
                Connection to = targetData.getConnection()) {
            copied = DatabaseCopy.copy(from, to);
        }
        copy = InMemoryDatabase.persistenceUnit(targetData);

        assertEquals(before.eventsChecked(), copied.get("AUDIT_EVENT"));
        AuditVerification after = new JpaAuditTrail(copy).verify();
        assertTrue(after.intact(), String.valueOf(after.firstBroken()));
        assertEquals(before.eventsChecked(), after.eventsChecked());
        assertEquals(before.headSeq(), after.headSeq());
        assertEquals(1, after.anchorsChecked());
        assertEquals(
                roundsBefore, new JpaRoundStore(copy).find(round).orElseThrow().toString());
        assertEquals(
                new JpaParticipationStore(source)
                        .find(participation)
                        .orElseThrow()
                        .toString(),
                new JpaParticipationStore(copy)
                        .find(participation)
                        .orElseThrow()
                        .toString());
        assertArrayEquals(jar, new JpaPluginUploadStore(copy).jar(upload).orElseThrow());
        assertEquals(List.of(provisioned), new JpaPluginProvisionStore(copy).desired());

        long next = new JpaRoundStore(copy)
                .create(2117, 1, "2117年第1批", RoundSchedule.defaultFor(2117, 1), PROVINCE)
                .id();
        assertTrue(next > round, "a new round gets an id after the copied ones: " + next + " after " + round);
        assertTrue(new JpaAuditTrail(copy).verify().intact(), "the chain goes on on the copy");
    }

    @Test
    void aTargetWithDataIsRefusedAndLeftAsItWas() throws Exception {
        new JpaRoundStore(source).create(2118, 1, "2118年第1批", RoundSchedule.defaultFor(2118, 1), PROVINCE);
        EmbeddedDataSource targetData = InMemoryDatabase.dataSource();
        copy = InMemoryDatabase.persistenceUnit(targetData);
        new JpaRoundStore(copy).create(2119, 1, "2119年第1批", RoundSchedule.defaultFor(2119, 1), PROVINCE);

        try (Connection from = sourceData.getConnection();
                Connection to = targetData.getConnection()) {
            IllegalStateException refused =
                    assertThrows(IllegalStateException.class, () -> DatabaseCopy.copy(from, to));
            assertTrue(refused.getMessage().contains("holds data already"), refused.getMessage());
            assertEquals(1, count(to, "ROUND"));
        }
    }

    @Test
    void aSourceOfAnotherSchemaIsRefused() throws Exception {
        EmbeddedDataSource unmigrated = InMemoryDatabase.emptyDataSource();
        try (Connection from = unmigrated.getConnection();
                Connection to = InMemoryDatabase.emptyDataSource().getConnection()) {
            IllegalStateException refused =
                    assertThrows(IllegalStateException.class, () -> DatabaseCopy.copy(from, to));
            assertTrue(refused.getMessage().contains("not at this release's schema"), refused.getMessage());
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
