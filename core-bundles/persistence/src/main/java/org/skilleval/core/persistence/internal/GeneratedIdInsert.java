package org.skilleval.core.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.persistence.EntityManager;
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
 */
final class GeneratedIdInsert {

    /** Binds the statement's parameters. */
    @FunctionalInterface
    interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

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
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {idColumn(connection)})) {
            parameters.bind(statement);
            statement.executeUpdate();
            try (ResultSet key = statement.getGeneratedKeys()) {
                if (!key.next()) {
                    throw new PersistenceException("The database returned no generated key for: " + sql);
                }
                return key.getLong(1);
            }
        } catch (SQLException refused) {
            throw new PersistenceException("The database refused: " + sql, refused);
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
