package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.rules.RoundSchedule;

/**
 * A database that the release before schema migrations (main 535f6b3) created through EclipseLink's
 * DDL generation and filled with its demo, started once and stopped cleanly (the fixture's Derby
 * directory, zipped), is adopted by the migrations in place and every row stays readable.
 */
class PreviousReleaseUpgradeTest {

    private static final String FIXTURE = "/previous-release/skilleval-derby-535f6b3.zip";
    private static final AuditActor PROVINCE = new AuditActor("province", "province");

    @TempDir
    Path directory;

    private EmbeddedDataSource dataSource;
    private EntityManagerFactory unit;

    @BeforeEach
    void unpackThePreviousReleasesDatabase() throws IOException {
        unzip(FIXTURE, directory);
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.resolve("skilleval").toString());
    }

    @AfterEach
    void closeDatabase() {
        if (unit != null) {
            unit.close();
        }
        try {
            dataSource.setShutdownDatabase("shutdown");
            dataSource.getConnection().close();
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown as an exception (08006).
        }
    }

    @Test
    void theBaselineIsAdoptedInPlaceAndEveryRowKept() throws SQLException {
        Map<String, Long> rowsBefore = rowCounts();

        InMemoryDatabase.migrate(dataSource);

        assertEquals(1, count("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE ID = '0001-baseline'"), executions());
        // the later changesets ran, not only recorded: their indexes and columns are there
        assertEquals(
                1,
                count("SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME = 'IDX_APP_ROUND_STATUS'"),
                executions());
        Map<String, Long> rowsAfter = rowCounts();
        rowsAfter.remove("DATABASECHANGELOG");
        rowsAfter.remove("DATABASECHANGELOGLOCK");
        // the tables of the changesets after the baseline, empty
        assertEquals(
                Map.of("PLUGIN_PROVISION", 0L, "THROTTLE_HIT", 0L, "THROTTLE_KEY", 0L),
                Map.of(
                        "PLUGIN_PROVISION", rowsAfter.remove("PLUGIN_PROVISION"),
                        "THROTTLE_HIT", rowsAfter.remove("THROTTLE_HIT"),
                        "THROTTLE_KEY", rowsAfter.remove("THROTTLE_KEY")));
        assertEquals(rowsBefore, rowsAfter, "every row of every table is still there");
    }

    @Test
    void theDemoOfThePreviousReleaseReadsBackAfterTheUpgrade() {
        unit = InMemoryDatabase.persistenceUnit(dataSource);

        List<RoundRecord> rounds = new JpaRoundStore(unit).list(null, 0, 10).items();
        assertEquals(2, rounds.size(), String.valueOf(rounds));
        RoundRecord demoRound = rounds.stream()
                .filter(round -> round.title().contains("演示"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                12,
                new JpaApplicationStore(unit)
                        .summaries(demoRound.id(), null, null, null, null, null, 0, 20)
                        .total());
        JpaAccountStore accounts = new JpaAccountStore(unit);
        assertEquals("applicant", accounts.find("wang-applicant").orElseThrow().role());
        assertEquals("expert", accounts.find("expert-zhou").orElseThrow().role());

        AuditVerification verification = new JpaAuditTrail(unit).verify();
        assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
        assertTrue(verification.eventsChecked() > 100, "the demo's audit events: " + verification.eventsChecked());
    }

    @Test
    void writesAfterTheUpgradeContinueTheIdsAndTheAuditChain() {
        unit = InMemoryDatabase.persistenceUnit(dataSource);
        long eventsBefore = new JpaAuditTrail(unit).verify().eventsChecked();

        RoundRecord created =
                new JpaRoundStore(unit).create(2099, 1, "2099年第1批", RoundSchedule.defaultFor(2099, 1), PROVINCE);

        assertEquals(3, new JpaRoundStore(unit).list(null, 0, 10).total());
        assertEquals(created, new JpaRoundStore(unit).find(created.id()).orElseThrow());
        AuditVerification verification = new JpaAuditTrail(unit).verify();
        assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
        assertEquals(eventsBefore + 1, verification.eventsChecked());
    }

    @Test
    void theApplicationsThatHadAPanelAreMarkedAsCandidatesByTheUpgrade() throws SQLException {
        InMemoryDatabase.migrate(dataSource);

        String withPanel = "EXISTS (SELECT 1 FROM PANEL P WHERE P.PARTICIPATION_ID = A.PARTICIPATION_ID"
                + " AND P.OCCUPATION = TRIM(A.APPLIED_OCCUPATION))";
        long candidates = count("SELECT COUNT(*) FROM APPLICATION A WHERE " + withPanel);
        assertTrue(candidates > 0, "the demo's panels have applications");
        assertEquals(candidates, count("SELECT COUNT(*) FROM APPLICATION A WHERE HAS_PANEL = 1"));
        assertEquals(0, count("SELECT COUNT(*) FROM APPLICATION A WHERE HAS_PANEL = 0 AND " + withPanel));

        String entered = "A.STATUS IN ('ENDORSED', 'PASSED', 'FAILED', 'PROPOSED', 'REMOVED', 'CERTIFIED')";
        long inAssessment = count("SELECT COUNT(*) FROM APPLICATION A WHERE " + entered + " AND " + withPanel);
        assertTrue(inAssessment > 0, "the demo has applications in its assessment");
        assertEquals(inAssessment, count("SELECT COUNT(*) FROM APPLICATION A WHERE IN_ASSESSMENT = 1"));
        assertEquals(
                0,
                count("SELECT COUNT(*) FROM APPLICATION A WHERE IN_ASSESSMENT = 0 AND " + entered + " AND "
                        + withPanel));
    }

    @Test
    void aSecondStartRunsNothing() throws SQLException {
        InMemoryDatabase.migrate(dataSource);
        String recorded = executions();

        InMemoryDatabase.migrate(dataSource);

        assertEquals(recorded, executions());
    }

    /** What DATABASECHANGELOG records, row by row. */
    private String executions() throws SQLException {
        StringBuilder recorded = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT ID, EXECTYPE, DATEEXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rows.next()) {
                recorded.append(rows.getString(1))
                        .append(' ')
                        .append(rows.getString(2))
                        .append(' ')
                        .append(rows.getTimestamp(3))
                        .append('\n');
            }
        }
        return recorded.toString();
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                counts.put(table, count("SELECT COUNT(*) FROM " + table));
            }
        }
        assertTrue(counts.getOrDefault("AUDIT_EVENT", 0L) > 0, "the fixture holds the demo: " + counts);
        return counts;
    }

    private long count(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void unzip(String resource, Path target) throws IOException {
        try (InputStream in = PreviousReleaseUpgradeTest.class.getResourceAsStream(resource);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(target), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file);
                }
            }
        }
    }
}
