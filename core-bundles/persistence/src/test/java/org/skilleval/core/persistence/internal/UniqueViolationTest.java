package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import javax.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

/** Only a broken unique constraint is a duplicate; a lock timeout is not one and must not read as 409. */
class UniqueViolationTest {

    @Test
    void aBrokenUniqueConstraintIsADuplicate() {
        assertTrue(JpaTransactions.isUniqueViolation(new PersistenceException(
                new RuntimeException(new SQLIntegrityConstraintViolationException("duplicate key", "23505")))));
        assertTrue(JpaTransactions.isUniqueViolation(new PersistenceException(new SQLException("dup", "23505"))));
    }

    @Test
    void aLockTimeoutOrAnythingElseIsNot() {
        assertFalse(JpaTransactions.isUniqueViolation(new PersistenceException(
                new SQLTransactionRollbackException("A lock could not be obtained", "40XL1"))));
        assertFalse(JpaTransactions.isUniqueViolation(new PersistenceException("disk full")));
    }
}
