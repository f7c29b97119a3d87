package org.skilleval.core.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.ChangelogSyncCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockServiceFactory;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database to the schema of this release by running the changesets of
 * {@code db/changelog.xml} that it has not run yet (Liquibase). Idempotent: on a database that is up
 * to date it only reads {@code DATABASECHANGELOG}. The persistence unit never generates DDL; it
 * opens on a database that went through here.
 */
final class SchemaMigrations {

    static final String CHANGELOG = "db/changelog.xml";

    private static final String BASELINE_LABEL = "baseline";
    private static final String CHANGELOG_TABLE = "DATABASECHANGELOG";
    private static final String LOCK_TABLE = "DATABASECHANGELOGLOCK";
    /** A table every database of the last release without migrations has. */
    private static final String BASELINE_MARKER_TABLE = "AUDIT_EVENT";

    /**
     * Liquibase logs at INFO, each with a stack trace, the services it cannot load: the YAML and JSON
     * changelog parsers and CSV data loading, whose libraries this bundle leaves out on purpose.
     */
    private static final Logger SERVICE_LOCATOR_LOG = Logger.getLogger("liquibase.servicelocator");

    static {
        SERVICE_LOCATOR_LOG.setLevel(Level.WARNING);
    }

    /** The changesets of the changelog as {@code id::author}, read once, without Liquibase. */
    private static final class DeclaredChangeSets {
        static final Set<String> ALL = Set.copyOf(changeSetsOf(CHANGELOG));
    }

    private SchemaMigrations() {}

    /** Runs the pending changesets on {@code dataSource}; throws if one fails, leaving it unmarked. */
    static void apply(DataSource dataSource) throws SQLException, LiquibaseException {
        try (Connection connection = dataSource.getConnection()) {
            apply(connection);
        }
    }

    /** Runs the pending changesets on the database of {@code connection}, which the caller closes. */
    static void apply(Connection connection) throws SQLException, LiquibaseException {
        ClassLoader bundleLoader = SchemaMigrations.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader callerLoader = thread.getContextClassLoader();
        // Liquibase finds its own services and XML schemas through the class loader of its scope and,
        // in places, the context class loader: in OSGi both must be this bundle's, which embeds it.
        thread.setContextClassLoader(bundleLoader);
        try (MigrationLock lock = MigrationLock.acquire(connection)) {
            if (isUpToDate(connection)) {
                return;
            }
            Map<String, Object> scope = Map.of(
                    Scope.Attr.classLoader.name(),
                    bundleLoader,
                    Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(bundleLoader),
                    // the update summary goes to the log, not to the container's console
                    Scope.Attr.ui.name(),
                    new LoggerUIService(),
                    // Liquibase would otherwise send usage data to its vendor
                    AnalyticsArgs.ENABLED.getKey(),
                    false);
            // Liquibase leaves the connection outside auto-commit with a transaction open (its last
            // reads, or a failed changeset's work), which Derby refuses to close.
            try {
                Scope.child(scope, () -> update(connection, lock));
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (Exception e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                throw e;
            }
        } catch (LiquibaseException | SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseException(e);
        } finally {
            thread.setContextClassLoader(callerLoader);
        }
    }

    /**
     * Whether the database recorded every changeset of the changelog as run: then there is nothing to
     * do, and Liquibase is not even started, which takes seconds at every start (it scans its
     * services and parses and validates the changelog). Liquibase itself checks, when it runs, that
     * no released changeset was edited.
     */
    static boolean isUpToDate(Connection connection) throws SQLException {
        if (!tables(connection).contains(CHANGELOG_TABLE)) {
            return false;
        }
        Set<String> recorded = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ID, AUTHOR FROM " + CHANGELOG_TABLE)) {
            while (rows.next()) {
                recorded.add(rows.getString(1) + "::" + rows.getString(2));
            }
        }
        return recorded.containsAll(DeclaredChangeSets.ALL);
    }

    /** The changelog holds only {@code <include file>} and {@code <changeSet>} elements (db/changelog.xml). */
    private static Set<String> changeSetsOf(String resource) {
        Set<String> changeSets = new HashSet<>();
        String directory = resource.substring(0, resource.lastIndexOf('/') + 1);
        try (InputStream in = SchemaMigrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No changelog " + resource + " in the bundle");
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "changeSet" -> changeSets.add(
                                xml.getAttributeValue(null, "id") + "::" + xml.getAttributeValue(null, "author"));
                        case "include" -> changeSets.addAll(
                                changeSetsOf(directory + xml.getAttributeValue(null, "file")));
                        case "includeAll" -> throw new IllegalStateException(
                                "includeAll in " + resource + ": list each changelog file with include, in order");
                        default -> {}
                    }
                }
            }
            xml.close();
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("Cannot read the changelog " + resource, e);
        }
        return changeSets;
    }

    private static void update(Connection connection, MigrationLock lock) throws Exception {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        if (database instanceof DerbyDatabase derby) {
            // Closing would shut the embedded database down under the persistence unit.
            derby.setShutdownEmbeddedDerby(false);
        }
        Set<String> tables = tables(connection);
        if (lock.alone() && tables.contains(LOCK_TABLE)) {
            // Nobody else migrates now (an embedded Derby, or PostgreSQL's advisory lock is ours): a
            // Liquibase lock found now was left by a process killed while migrating, and would block
            // every later start for minutes.
            LockServiceFactory.getInstance().getLockService(database).forceReleaseLock();
        }
        if (!tables.contains(CHANGELOG_TABLE) && tables.contains(BASELINE_MARKER_TABLE)) {
            adoptBaseline(connection, database, tables);
        }
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute();
    }

    /**
     * A database of the last release without migrations: EclipseLink created the baseline's schema
     * and there is no changelog table. Its baseline changesets are recorded as run without running
     * them (changelog sync). Liquibase's own existence preconditions were no way to do it: on Derby
     * they missed existing tables once its metadata cache switched to bulk reads.
     */
    private static void adoptBaseline(Connection connection, Database database, Set<String> tables)
            throws LiquibaseException, SQLException {
        ClassLoaderResourceAccessor changelogs =
                new ClassLoaderResourceAccessor(SchemaMigrations.class.getClassLoader());
        DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance()
                .getParser(CHANGELOG, changelogs)
                .parse(CHANGELOG, new ChangeLogParameters(database), changelogs);
        List<String> missing = changelog.getChangeSets().stream()
                .filter(changeSet -> changeSet.getLabels().getLabels().contains(BASELINE_LABEL))
                .flatMap(changeSet -> changeSet.getChanges().stream())
                .filter(CreateTableChange.class::isInstance)
                .map(change -> ((CreateTableChange) change).getTableName())
                .filter(table -> !tables.contains(table.toUpperCase(Locale.ROOT)))
                .toList();
        if (!missing.isEmpty()) {
            throw new LiquibaseException("The database has tables of SkillEval but not " + missing
                    + ": it predates the last release without schema migrations; start that release once on"
                    + " it, so that it completes the schema, then this one");
        }
        new CommandScope(ChangelogSyncCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(DatabaseChangelogCommandStep.LABEL_FILTER_ARG, BASELINE_LABEL)
                .execute();
        // A label filter also matches every changeset without labels: the sync recorded the later
        // changesets as run too, without running them (their indexes, and 0007's column, were never
        // made on an adopted database). Forgotten again here, the update below runs them. ("@baseline",
        // Liquibase's filter for labelled changesets only, recorded another checksum for the baseline
        // than the update then computes, and the update refused.)
        try (PreparedStatement forget =
                connection.prepareStatement("DELETE FROM " + CHANGELOG_TABLE + " WHERE ID = ? AND AUTHOR = ?")) {
            for (ChangeSet changeSet : changelog.getChangeSets()) {
                if (!changeSet.getLabels().getLabels().contains(BASELINE_LABEL)) {
                    forget.setString(1, changeSet.getId());
                    forget.setString(2, changeSet.getAuthor());
                    forget.executeUpdate();
                }
            }
        }
    }

    /** The tables of the connection's schema, upper case (PostgreSQL folds unquoted names to lower). */
    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (ResultSet found =
                connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /**
     * Makes sure that one process at a time migrates the database, and says when this one may take
     * Liquibase's own lock over. Liquibase's lock is a row in {@code DATABASECHANGELOGLOCK}: a
     * process killed while migrating leaves it set, and Liquibase then waits and fails at every
     * start. On an embedded Derby only this JVM can open the database, so a lock found is always
     * stale. PostgreSQL is shared by several nodes: there a session-level advisory lock is held
     * around the whole migration. The server releases it when the holder's connection ends, a
     * killed node's too, so a node holding it knows that no live node migrates, and a Liquibase lock
     * it finds is a dead node's. Nodes starting together wait for each other here, and the later
     * ones find the schema up to date.
     */
    static final class MigrationLock implements AutoCloseable {

        /** The advisory lock's key: any fixed number no other application on the database uses. */
        static final long POSTGRESQL_KEY = 0x5345_4D49_4752_4154L; // "SEMIGRAT"

        /** The connection that holds PostgreSQL's advisory lock, or null. */
        private final Connection advisoryLocked;

        private final boolean alone;

        private MigrationLock(Connection advisoryLocked, boolean alone) {
            this.advisoryLocked = advisoryLocked;
            this.alone = alone;
        }

        /** Waits on PostgreSQL until no other node migrates; elsewhere takes nothing. */
        static MigrationLock acquire(Connection connection) throws SQLException {
            if (isPostgreSql(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_advisory_lock(" + POSTGRESQL_KEY + ")");
                }
                return new MigrationLock(connection, true);
            }
            return new MigrationLock(null, SingleProcessDatabase.holds(connection));
        }

        /** Whether no other process can be migrating this database while the lock is held. */
        boolean alone() {
            return alone;
        }

        private static boolean isPostgreSql(Connection connection) throws SQLException {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }

        @Override
        public void close() throws SQLException {
            if (advisoryLocked != null && !advisoryLocked.isClosed()) {
                // A pool keeps the session, and with it a lock not released here: out of any failed
                // transaction first, then the unlock, which takes effect at once.
                if (!advisoryLocked.getAutoCommit()) {
                    advisoryLocked.rollback();
                }
                try (Statement statement = advisoryLocked.createStatement()) {
                    statement.execute("SELECT pg_advisory_unlock(" + POSTGRESQL_KEY + ")");
                }
            }
        }
    }
}
