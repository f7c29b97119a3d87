package org.skilleval.core.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.persistence.EntityManagerFactory;

/**
 * Whether the platform's database can be open in this process alone. An embedded Derby database
 * is booted by exactly one JVM at a time (Derby locks its directory against a second one), so
 * whatever this node has committed is all that was ever committed: nothing needs to be read back
 * for fear that another node changed it. Any other database (PostgreSQL, a Derby network server)
 * may be shared by several nodes (docs/operations.md, "Several nodes").
 */
final class SingleProcessDatabase {

    private static final String DERBY = "jdbc:derby:";
    private static final String DERBY_NETWORK = "jdbc:derby://";

    private SingleProcessDatabase() {}

    /** Whether the database of {@code connection} can be open in this process alone. */
    static boolean holds(Connection connection) throws SQLException {
        return isEmbeddedDerby(connection.getMetaData().getURL());
    }

    /**
     * Whether the database of the persistence unit can be open in this process alone; asks it on a
     * connection of the unit's own, in a transaction that writes nothing.
     */
    static boolean holds(EntityManagerFactory factory) {
        return JpaTransactions.onOwnConnection(
                factory, "The database's URL could not be read", SingleProcessDatabase::holds);
    }

    /** Whether {@code url} opens an embedded Derby database (on disk or in memory). */
    static boolean isEmbeddedDerby(String url) {
        return url != null && url.startsWith(DERBY) && !url.startsWith(DERBY_NETWORK);
    }
}
