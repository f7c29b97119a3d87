package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several nodes share one PostgreSQL database (issue 14), so schema migrations must not run twice at
 * once, and a node killed while migrating must not block every later start: Liquibase's own lock
 * row stays set when its holder dies. The platform holds PostgreSQL's advisory lock around its
 * migration (docs/operations.md): a starting node waits while another holds it, and once the holder
 * is gone (its connection closed, as when its node is killed) it takes over and clears the dead
 * node's Liquibase lock. Runs in the PostgreSQL run only.
 */
class MigrationLockPostgreSqlIT {

    /** SchemaMigrations.MigrationLock.POSTGRESQL_KEY. */
    private static final long MIGRATION_LOCK_KEY = 0x5345_4D49_4752_4154L;

    private DistributionProcess karaf;

    @AfterEach
    void stopKaraf() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void aNodeWaitsWhileAnotherMigratesAndClearsTheLockOfAKilledOne() throws Exception {
        PostgreSqlServer server = PostgreSqlServer.requiredBy(getClass());
        karaf = DistributionProcess.unpack("migration-lock");
        String database = "skilleval_migration_lock";

        Connection killedNode = server.connect(database);
        try (Statement statement = killedNode.createStatement()) {
            // what a node killed while migrating leaves: Liquibase's lock set, for good
            statement.execute("CREATE TABLE DATABASECHANGELOGLOCK (ID INTEGER NOT NULL PRIMARY KEY,"
                    + " LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP, LOCKEDBY VARCHAR(255))");
            statement.execute("INSERT INTO DATABASECHANGELOGLOCK VALUES (1, TRUE, NOW(), 'node-a (killed)')");
            // ... and while it still runs, the advisory lock of its session
            statement.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK_KEY + ")");
        }

        CompletableFuture<Void> started = CompletableFuture.runAsync(() -> {
            try {
                karaf.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection observer = server.connect(database)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            while (waitingForTheMigrationLock(observer) == 0) {
                assertFalse(started.isDone(), "the node started while another held the migration lock");
                assertTrue(System.nanoTime() < deadline, "the starting node never asked for the migration lock");
                Thread.sleep(200);
            }
            assertFalse(started.isDone(), "the node waits while another migrates");

            killedNode.close(); // the migrating node dies: PostgreSQL drops its advisory lock
            started.get(DistributionProcess.BOOT_PATIENCE.toSeconds(), TimeUnit.SECONDS);

            try (Statement statement = observer.createStatement();
                    ResultSet lock = statement.executeQuery("SELECT LOCKED FROM DATABASECHANGELOGLOCK WHERE ID = 1")) {
                assertTrue(lock.next());
                assertFalse(lock.getBoolean(1), "the killed node's Liquibase lock was cleared");
            }
            try (Statement statement = observer.createStatement();
                    ResultSet ran = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
                ran.next();
                assertTrue(ran.getLong(1) > 0, "the node migrated the schema");
            }
            assertEquals(0, waitingForTheMigrationLock(observer));
        }
        karaf.stop();
    }

    private static long waitingForTheMigrationLock(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet waiting = statement.executeQuery(
                        "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
            waiting.next();
            return waiting.getLong(1);
        }
    }
}
