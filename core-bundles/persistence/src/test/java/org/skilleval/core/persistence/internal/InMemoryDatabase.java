package org.skilleval.core.persistence.internal;

import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** The real persistence unit on a fresh in-memory Derby database, outside OSGi. */
final class InMemoryDatabase {

    private InMemoryDatabase() {}

    static EmbeddedDataSource dataSource() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    static EntityManagerFactory persistenceUnit(EmbeddedDataSource dataSource) {
        return Persistence.createEntityManagerFactory(
                "skilleval", Map.of("javax.persistence.nonJtaDataSource", dataSource));
    }

    /** A persistence unit on a database of its own. */
    static EntityManagerFactory open() {
        return persistenceUnit(dataSource());
    }
}
