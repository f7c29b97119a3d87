package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import org.junit.jupiter.api.Test;

class SingleProcessDatabaseTest {

    @Test
    void onlyAnEmbeddedDerbyIsThisProcessesAlone() {
        assertTrue(SingleProcessDatabase.isEmbeddedDerby("jdbc:derby:/opt/skilleval/data/derby/skilleval"));
        assertTrue(SingleProcessDatabase.isEmbeddedDerby("jdbc:derby:memory:test;create=true"));
        assertTrue(SingleProcessDatabase.isEmbeddedDerby("jdbc:derby:directory:data/derby/skilleval"));
        assertFalse(SingleProcessDatabase.isEmbeddedDerby("jdbc:derby://db.example:1527/skilleval"));
        assertFalse(SingleProcessDatabase.isEmbeddedDerby("jdbc:postgresql://127.0.0.1:5432/skilleval"));
        assertFalse(SingleProcessDatabase.isEmbeddedDerby(null));
    }

    @Test
    void theTestsInMemoryDerbyIsThisProcessesAlone() throws Exception {
        try (Connection connection = InMemoryDatabase.emptyDataSource().getConnection()) {
            assertTrue(SingleProcessDatabase.holds(connection));
        }
    }
}
