package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A transaction the database rolled back for contention runs again; any other failure does not. */
class JpaTransactionsRetryTest {

    private EntityManagerFactory entityManagerFactory;
    private JpaTransactions transactions;
    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        transactions = new JpaTransactions(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void aWriteThatMetContentionOnAnIdentityRangeRunsAgainAndSucceeds() {
        String result = transactions.inNewTransaction(entityManager -> {
            if (attempts.incrementAndGet() < 3) {
                throw refused("40XL1");
            }
            return "written";
        });

        assertEquals("written", result);
        assertEquals(3, attempts.get());
    }

    @Test
    void aDeadlockVictimRunsAgain() {
        transactions.inNewTransaction(entityManager -> {
            if (attempts.incrementAndGet() == 1) {
                throw refused("40001");
            }
            return null;
        });

        assertEquals(2, attempts.get());
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        assertThrows(
                PersistenceException.class,
                () -> transactions.inNewTransaction(entityManager -> {
                    attempts.incrementAndGet();
                    throw new PersistenceException(new SQLException("duplicate key", "23505"));
                }));

        assertEquals(1, attempts.get());
    }

    @Test
    void contentionThatLastsEndsInTheFailure() {
        assertThrows(
                PersistenceException.class,
                () -> transactions.inNewTransaction(entityManager -> {
                    attempts.incrementAndGet();
                    throw refused("40XL1");
                }));

        assertEquals(JpaTransactions.ATTEMPTS, attempts.get());
    }

    private static PersistenceException refused(String sqlState) {
        return new PersistenceException(new SQLTransactionRollbackException("refused", sqlState));
    }
}
