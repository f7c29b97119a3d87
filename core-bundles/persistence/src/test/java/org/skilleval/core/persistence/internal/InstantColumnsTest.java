package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Types;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/** Points in time are real TIMESTAMP columns, which the database can sort and compare. */
class InstantColumnsTest {

    @Test
    void everyPointInTimeIsStoredAsATimestamp() throws Exception {
        EmbeddedDataSource dataSource = InMemoryDatabase.dataSource();
        EntityManagerFactory factory = InMemoryDatabase.persistenceUnit(dataSource);
        try {
            factory.createEntityManager().close(); // creates the tables
            try (Connection connection = dataSource.getConnection()) {
                assertEquals(Types.TIMESTAMP, columnType(connection, "AUDIT_EVENT", "OCCURRED_AT"));
                assertEquals(Types.TIMESTAMP, columnType(connection, "PLUGIN_EVENT", "OCCURRED_AT"));
                assertEquals(Types.TIMESTAMP, columnType(connection, "QUOTA_OVERRIDE", "GRANTED_AT"));
            }
        } finally {
            factory.close();
        }
    }

    private static int columnType(Connection connection, String table, String column) throws Exception {
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, column)) {
            columns.next();
            return columns.getInt("DATA_TYPE");
        }
    }
}
