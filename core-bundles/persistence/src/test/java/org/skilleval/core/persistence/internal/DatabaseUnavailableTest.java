package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.DatabaseUnavailableException;

/** A database that does not answer is told apart from one that refuses what was asked. */
class DatabaseUnavailableTest {

    @Test
    void aRefusedBrokenOrShuttingDownConnectionIsUnavailability() {
        for (String state : new String[] {"08001", "08006", "57P01", "57P03", "53300"}) {
            RuntimeException failure =
                    new PersistenceException(new RuntimeException(new SQLException("no database", state)));
            assertInstanceOf(DatabaseUnavailableException.class, JpaTransactions.unavailableOr(failure), state);
        }
    }

    @Test
    void aRefusalOfTheDatabaseStaysWhatItIs() {
        for (String state : new String[] {"23505", "22021", "40P01", null}) {
            RuntimeException failure = new PersistenceException(new SQLException("refused", state));
            assertFalse(JpaTransactions.isUnavailable(failure), String.valueOf(state));
            assertSame(failure, JpaTransactions.unavailableOr(failure));
        }
        assertTrue(JpaTransactions.isUnavailable(new SQLException("gone", "08003")));
    }
}
