package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.rules.RoundSchedule;

/** Writes of several stores inside one unit of work commit together or not at all. */
class JpaUnitOfWorkTest {

    private static final AuditActor PROVINCE = new AuditActor("province", "province");

    private EntityManagerFactory entityManagerFactory;
    private JpaRoundStore rounds;
    private JpaAuditTrail audit;
    private JpaUnitOfWork unit;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        rounds = new JpaRoundStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
        unit = new JpaUnitOfWork(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void aFailureInTheMiddleLeavesNothingHalfWritten() {
        IllegalStateException failure = new IllegalStateException("the second half fails");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> unit.run(() -> {
                    RoundRecord first = rounds.create(2027, 1, "2027 第一批", RoundSchedule.defaultFor(2027, 1), PROVINCE);
                    rounds.update(first.id(), first.version(), "retitle", "", PROVINCE, r -> r);
                    rounds.create(2027, 2, "2027 第二批", RoundSchedule.defaultFor(2027, 2), PROVINCE);
                    throw failure;
                }));

        assertSame(failure, thrown);
        assertEquals(0, rounds.list(null, 0, 10).total());
        assertEquals(0, audit.verify().eventsChecked());
        assertTrue(audit.verify().intact());
    }

    @Test
    void aRefusedStoreWriteInTheMiddleRollsBackTheWritesBeforeIt() {
        assertThrows(
                ConflictException.class,
                () -> unit.run(() -> {
                    rounds.create(2027, 1, "2027 第一批", RoundSchedule.defaultFor(2027, 1), PROVINCE);
                    // the same year and batch again: the store refuses it as a duplicate
                    rounds.create(2027, 1, "2027 第一批", RoundSchedule.defaultFor(2027, 1), PROVINCE);
                }));

        assertEquals(0, rounds.list(null, 0, 10).total());
    }

    @Test
    void writesCommitTogetherWithTheirAuditEventsAndReadsInsideSeeThem() {
        long seen = unit.call(() -> {
            RoundRecord first = rounds.create(2027, 1, "2027 第一批", RoundSchedule.defaultFor(2027, 1), PROVINCE);
            // a nested unit joins the outer one
            unit.run(() -> rounds.create(2027, 2, "2027 第二批", RoundSchedule.defaultFor(2027, 2), PROVINCE));
            assertEquals(first, rounds.find(first.id()).orElseThrow());
            return rounds.list(null, 0, 10).total();
        });

        assertEquals(2, seen);
        assertEquals(2, rounds.list(null, 0, 10).total());
        assertEquals(2, audit.verify().eventsChecked());
        assertTrue(audit.verify().intact());
    }

    @Test
    void outsideAUnitEachStoreWriteStillCommitsOnItsOwn() {
        rounds.create(2027, 1, "2027 第一批", RoundSchedule.defaultFor(2027, 1), PROVINCE);
        assertThrows(
                ConflictException.class,
                () -> rounds.create(2027, 1, "2027 第一批", RoundSchedule.defaultFor(2027, 1), PROVINCE));
        assertEquals(1, rounds.list(null, 0, 10).total());
    }
}
