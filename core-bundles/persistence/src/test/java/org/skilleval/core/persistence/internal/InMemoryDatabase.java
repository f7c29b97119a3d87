package org.skilleval.core.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The real persistence unit on a fresh in-memory Derby database, outside OSGi, with the schema of
 * the same migrations that production runs (SchemaMigrations).
 */
final class InMemoryDatabase {

    /** Liquibase reports every run at INFO through java.util.logging; tests show its warnings only. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    /** A backup of a database the migrations created, once per test run: restoring it is quicker. */
    private static Path migratedBackup;

    private InMemoryDatabase() {}

    /** A database of its own with this release's schema and no rows. */
    static EmbeddedDataSource dataSource() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setConnectionAttributes("createFrom=" + migratedBackup());
        return dataSource;
    }

    /** A database of its own without any table. */
    static EmbeddedDataSource emptyDataSource() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    static EntityManagerFactory persistenceUnit(EmbeddedDataSource dataSource) {
        return persistenceUnit(dataSource, Map.of());
    }

    /**
     * With persistence-unit properties of the test's own, e.g. a logger. Runs the migrations first,
     * as SchemaMigrator does at every start (nothing to do on a database of this release).
     */
    static EntityManagerFactory persistenceUnit(EmbeddedDataSource dataSource, Map<String, Object> properties) {
        migrate(dataSource);
        Map<String, Object> all = new HashMap<>(properties);
        all.put("javax.persistence.nonJtaDataSource", dataSource);
        return Persistence.createEntityManagerFactory("skilleval", all);
    }

    /** A persistence unit on a database of its own. */
    static EntityManagerFactory open() {
        return persistenceUnit(dataSource());
    }

    /** Brings {@code dataSource} to this release's schema, as SchemaMigrator does at every start. */
    static void migrate(DataSource dataSource) {
        try {
            SchemaMigrations.apply(dataSource);
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("The schema migrations failed", e);
        }
    }

    private static synchronized Path migratedBackup() {
        if (migratedBackup == null) {
            try {
                Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "schema-");
                EmbeddedDataSource template = new EmbeddedDataSource();
                template.setDatabaseName(
                        directory.resolve("migrated").toAbsolutePath().toString());
                template.setCreateDatabase("create");
                migrate(template);
                try (Connection connection = template.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('"
                            + directory.resolve("backup").toAbsolutePath() + "')");
                }
                migratedBackup = directory.resolve("backup").resolve("migrated").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("The migrated database could not be backed up", e);
            }
        }
        return migratedBackup;
    }
}
