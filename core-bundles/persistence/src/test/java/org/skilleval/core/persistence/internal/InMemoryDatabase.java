package org.skilleval.core.persistence.internal;

import java.util.HashMap;
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
        return persistenceUnit(dataSource, Map.of());
    }

    /** With persistence-unit properties of the test's own, e.g. a logger. */
    static EntityManagerFactory persistenceUnit(EmbeddedDataSource dataSource, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("javax.persistence.nonJtaDataSource", dataSource);
        return Persistence.createEntityManagerFactory("skilleval", all);
    }

    /** A persistence unit on a database of its own. */
    static EntityManagerFactory open() {
        return persistenceUnit(dataSource());
    }
}
