package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.rules.RoundSchedule;

/** A Derby database is checkpointed after commits, and only then. */
class DerbyCheckpointsTest {

    private static final AuditActor PROVINCE = new AuditActor("province", "province");

    private EntityManagerFactory entityManagerFactory;
    private DerbyCheckpoints checkpoints;
    private JpaRoundStore rounds;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = SqlRecorder.persistenceUnit(InMemoryDatabase.dataSource());
        rounds = new JpaRoundStore(entityManagerFactory);
        // no schedule: the test takes the turns
        checkpoints = new DerbyCheckpoints(entityManagerFactory, every(0));
    }

    @AfterEach
    void closeDatabase() {
        checkpoints.stop();
        entityManagerFactory.close();
    }

    @Test
    void aCheckpointFollowsCommitsAndNothingElse() {
        rounds.create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), PROVINCE);
        assertTrue(checkpoints.checkpointAfterWrites(), "a round was committed");
        assertFalse(checkpoints.checkpointAfterWrites(), "nothing committed since");

        rounds.list(null, 0, 20);
        assertFalse(checkpoints.checkpointAfterWrites(), "reads are no writes");

        rounds.create(2027, 2, "2027-2", RoundSchedule.defaultFor(2027, 2), PROVINCE);
        assertTrue(checkpoints.checkpointAfterWrites(), "a second round was committed");
    }

    @Test
    void aUnitWhoseDatabaseIsAwayIsNotCheckpointedAndNothingIsThrown() {
        rounds.create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), PROVINCE);
        EntityManagerFactory closed = SqlRecorder.persistenceUnit(InMemoryDatabase.dataSource());
        closed.close();
        DerbyCheckpoints ofClosedUnit = new DerbyCheckpoints(closed, every(0));

        assertFalse(ofClosedUnit.checkpointAfterWrites(), "no database, no checkpoint, and no exception");
    }

    private static DerbyCheckpoints.Configuration every(int seconds) {
        return new DerbyCheckpoints.Configuration() {
            @Override
            public int checkpointIntervalSeconds() {
                return seconds;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return DerbyCheckpoints.Configuration.class;
            }
        };
    }
}
