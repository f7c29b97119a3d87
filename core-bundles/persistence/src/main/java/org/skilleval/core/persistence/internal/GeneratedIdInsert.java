package org.skilleval.core.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;

/**
 * One {@code INSERT} of a row whose {@code ID} the database generates, run through JDBC on the
 * connection of an EntityManager's running transaction, so that it commits or rolls back with
 * whatever the EntityManager wrote.
 *
 * <p>Why not {@code persist}: for a row written once and never changed in its transaction (an audit
 * event, a new score sheet), EclipseLink's unit of work (registering the object, computing its
 * change set, the {@code INSERT}, then a second statement for the identity, then merging at
 * commit) cost about as much CPU as Derby's own work for the row (docs/performance.md, "Writes:
 * ninth session"). Nothing is stale afterwards: the persistence unit keeps no shared cache
 * (persistence.xml), and a later query in the same transaction runs on this same connection.
 *
 * <p>Each statement is prepared once per pooled connection and kept with it, as EclipseLink keeps
 * its own ({@code eclipselink.jdbc.cache-statements}): preparing the two statements of a score-sheet
 * save every time was a twentieth of its CPU time ("Writes: eleventh session"). A pooled connection
 * serves one transaction at a time, so its statements are never used by two threads at once; a
 * statement is used only on the connection it was prepared on, and is prepared again once that
 * connection or the statement is closed (a database outage, the unit closing). What is kept for
 * connections that were closed is dropped when a connection is first seen, and all of it with the
 * persistence unit.
 */
final class GeneratedIdInsert {

    /** Binds the statement's parameters. */
    @FunctionalInterface
    interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Per persistence unit: by pooled connection, the statements prepared on it, by SQL. */
    private static final Map<EntityManagerFactory, Map<Connection, Kept>> PREPARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private GeneratedIdInsert() {}

    /**
     * Runs {@code sql}, an {@code INSERT} of one row into a table whose key column {@code ID} is
     * generated, and returns the key.
     *
     * @throws PersistenceException with the database's {@link SQLException} as its cause (a unique
     *     violation, a lock timeout, an unavailable database), as EclipseLink reports a failed write
     * @throws IllegalStateException outside a transaction
     */
    static long insert(EntityManager entityManager, String sql, Parameters parameters) {
        Connection connection = entityManager.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("a row is inserted only inside a transaction");
        }
        Kept kept = keptFor(entityManager.getEntityManagerFactory(), connection);
        try {
            PreparedStatement statement = kept.insert(connection, sql);
            parameters.bind(statement);
            statement.executeUpdate();
            try (ResultSet key = kept.derby ? kept.identity(connection).executeQuery() : statement.getGeneratedKeys()) {
                if (!key.next()) {
                    throw new PersistenceException("The database returned no generated key for: " + sql);
                }
                return key.getLong(1);
            }
        } catch (SQLException | RuntimeException refused) {
            // A statement that failed is not used again: the next insert prepares new ones.
            kept.forget(sql, refused);
            if (refused instanceof SQLException sqlException) {
                throw new PersistenceException("The database refused: " + sql, sqlException);
            }
            throw (RuntimeException) refused;
        }
    }

    /** What is kept for {@code connection}; forgets what was kept for connections closed since. */
    private static Kept keptFor(EntityManagerFactory unit, Connection connection) {
        Map<Connection, Kept> byConnection =
                PREPARED.computeIfAbsent(unit, u -> Collections.synchronizedMap(new IdentityHashMap<>()));
        Kept kept = byConnection.get(connection);
        if (kept == null) {
            synchronized (byConnection) {
                byConnection.keySet().removeIf(GeneratedIdInsert::isClosed);
            }
            try {
                kept = new Kept("Apache Derby".equals(connection.getMetaData().getDatabaseProductName()));
            } catch (SQLException refused) {
                throw new PersistenceException("The database does not say what it is", refused);
            }
            byConnection.put(connection, kept);
        }
        return kept;
    }

    /** How many connections of {@code unit} have statements kept (for tests). */
    static int connectionsKept(EntityManagerFactory unit) {
        Map<Connection, Kept> byConnection = PREPARED.get(unit);
        return byConnection == null ? 0 : byConnection.size();
    }

    /**
     * The statements of one pooled connection. On Derby the key is read with {@code VALUES
     * IDENTITY_VAL_LOCAL()} (the identity the connection's last single-row {@code INSERT} generated),
     * prepared once: that is what Derby's {@code getGeneratedKeys} runs, preparing it anew on every
     * call. Elsewhere the driver returns the key column it is asked for.
     */
    private static final class Kept {

        private static final String DERBY_IDENTITY = "VALUES IDENTITY_VAL_LOCAL()";

        final boolean derby;
        private final Map<String, PreparedStatement> inserts = new HashMap<>();
        private PreparedStatement identity;

        Kept(boolean derby) {
            this.derby = derby;
        }

        PreparedStatement insert(Connection connection, String sql) throws SQLException {
            PreparedStatement statement = inserts.get(sql);
            if (statement == null || statement.isClosed()) {
                statement = derby
                        ? connection.prepareStatement(sql)
                        : connection.prepareStatement(sql, new String[] {idColumn(connection)});
                inserts.put(sql, statement);
            }
            return statement;
        }

        PreparedStatement identity(Connection connection) throws SQLException {
            if (identity == null || identity.isClosed()) {
                identity = connection.prepareStatement(DERBY_IDENTITY);
            }
            return identity;
        }

        void forget(String sql, Exception failure) {
            PreparedStatement statement = inserts.remove(sql);
            if (statement != null) {
                closeQuietly(statement, failure);
            }
            if (identity != null) {
                closeQuietly(identity, failure);
                identity = null;
            }
        }
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException unknown) {
            return true;
        }
    }

    private static void closeQuietly(PreparedStatement statement, Exception failure) {
        try {
            statement.close();
        } catch (SQLException alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    /**
     * The key column as the database names it: PostgreSQL folds the schema's unquoted names to lower
     * case, and its driver quotes the names it is given.
     */
    private static String idColumn(Connection connection) throws SQLException {
        return connection.getMetaData().storesLowerCaseIdentifiers() ? "id" : "ID";
    }
}
