package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;

/** The round store on the real persistence unit and an in-memory Derby database. */
class JpaRoundStoreTest {

    private static final AuditActor PROVINCE = new AuditActor("province", "province");

    private EntityManagerFactory entityManagerFactory;
    private JpaRoundStore rounds;
    private JpaAuditTrail audit;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        rounds = new JpaRoundStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void aCreatedRoundIsStoredWithItsScheduleAndAudited() {
        RoundRecord created = create(2027, 1);

        assertEquals(created, rounds.find(created.id()).orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 30), created.schedule().deadline(RoundPhase.RECOMMENDATION));
        List<AuditEvent> trail = trail(created);
        assertEquals(1, trail.size());
        assertEquals("create", trail.get(0).action());
        assertEquals("province", trail.get(0).actor());
        assertTrue(trail.get(0).after().contains("year=2027"));
    }

    @Test
    void aSecondRoundWithTheSameYearAndBatchIsRefused() {
        create(2027, 1);

        ConflictException conflict = assertThrows(ConflictException.class, () -> create(2027, 1));
        assertEquals(ConflictException.Kind.DUPLICATE, conflict.kind());
        assertEquals(1, rounds.list(2027, 0, 10).total());
    }

    @Test
    void anUpdateAtTheVersionReadIsStoredWithBeforeAndAfterInTheTrail() {
        RoundRecord created = create(2027, 1);

        RoundRecord extended = rounds.update(
                created.id(),
                created.version(),
                "extend-deadline",
                "",
                PROVINCE,
                round -> round.withSchedule(
                        round.schedule().withDeadline(RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 15))));

        assertEquals(created.version() + 1, extended.version());
        assertEquals(extended, rounds.find(created.id()).orElseThrow());
        AuditEvent event = trail(created).get(0);
        assertEquals("extend-deadline", event.action());
        assertEquals("", event.note());
        assertTrue(event.before().contains("RECOMMENDATION=2026-11-30"), event.before());
        assertTrue(event.after().contains("RECOMMENDATION=2026-12-15"), event.after());
    }

    @Test
    void theListShowsEachCommittedChangeAtOnce() {
        RoundRecord created = create(2027, 1);
        assertEquals(List.of(created), rounds.list(null, 0, 20).items());
        assertEquals(List.of(created), rounds.list(null, 0, 20).items(), "asked again, nothing changed");

        RoundRecord extended = rounds.update(
                created.id(),
                created.version(),
                "extend-deadline",
                "",
                PROVINCE,
                round -> round.withSchedule(
                        round.schedule().withDeadline(RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 15))));
        assertEquals(List.of(extended), rounds.list(null, 0, 20).items());

        RoundRecord second = create(2027, 2);
        assertEquals(List.of(second, extended), rounds.list(null, 0, 20).items());
        assertEquals(List.of(second, extended), rounds.list(2027, 0, 20).items());
        assertEquals(List.of(), rounds.list(2028, 0, 20).items());
    }

    @Test
    void aStaleWriteIsRefusedAndChangesNothing() {
        RoundRecord created = create(2027, 1);
        rounds.update(
                created.id(),
                created.version(),
                "extend-deadline",
                "",
                PROVINCE,
                round -> round.withSchedule(
                        round.schedule().withDeadline(RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 10))));

        // A second writer still holding the version it read before the first write
        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> rounds.update(
                        created.id(),
                        created.version(),
                        "extend-deadline",
                        "",
                        PROVINCE,
                        round -> round.withSchedule(
                                round.schedule().withDeadline(RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 15)))));

        assertEquals(ConflictException.Kind.STALE_VERSION, conflict.kind());
        assertEquals(
                LocalDate.of(2026, 12, 10),
                rounds.find(created.id()).orElseThrow().schedule().deadline(RoundPhase.RECOMMENDATION));
        assertEquals(2, trail(created).size());
    }

    @Test
    void aChangeThatRefusesWritesNothingNotEvenAnAuditEvent() {
        RoundRecord created = create(2027, 1);

        assertThrows(
                RuleViolationException.class,
                () -> rounds.update(
                        created.id(),
                        created.version(),
                        "extend-deadline",
                        "",
                        PROVINCE,
                        round -> round.withSchedule(
                                round.schedule().withDeadline(RoundPhase.WORK_PLAN, LocalDate.of(2020, 1, 1)))));

        assertEquals(created, rounds.find(created.id()).orElseThrow());
        assertEquals(1, trail(created).size());
    }

    @Test
    void anUnknownRoundIsNotFound() {
        assertThrows(NotFoundException.class, () -> rounds.update(404, 0, "rename", "", PROVINCE, round -> round));
    }

    @Test
    void roundsAreListedNewestFirstAndFilteredByYear() {
        create(2026, 1);
        create(2026, 2);
        create(2027, 1);

        assertEquals(
                List.of("2027/1", "2026/2", "2026/1"),
                rounds.list(null, 0, 10).items().stream()
                        .map(r -> r.year() + "/" + r.batch())
                        .toList());
        assertEquals(2, rounds.list(2026, 0, 10).total());
    }

    @Test
    void theListShowsEveryRoundAsStoredAndEachCommittedChangeAtOnce() {
        RoundRecord first = create(2027, 1);
        RoundRecord second = create(2027, 2);
        assertEquals(List.of(second, first), rounds.list(2027, 0, 10).items());

        for (int change = 1; change <= 3; change++) {
            LocalDate due = LocalDate.of(2026, 12, change);
            RoundRecord current = rounds.find(first.id()).orElseThrow();
            RoundRecord changed = rounds.update(
                    first.id(),
                    current.version(),
                    "extend-deadline",
                    "",
                    PROVINCE,
                    round -> round.withSchedule(round.schedule().withDeadline(RoundPhase.RECOMMENDATION, due)));

            List<RoundRecord> listed = rounds.list(null, 0, 10).items();
            assertEquals(List.of(second, changed), listed, "after change " + change);
            assertEquals(due, listed.get(1).schedule().deadline(RoundPhase.RECOMMENDATION));
            assertEquals(rounds.find(first.id()).orElseThrow(), listed.get(1));
        }
    }

    private RoundRecord create(int year, int batch) {
        return rounds.create(
                year, batch, year + "年第" + batch + "批特级技师评聘", RoundSchedule.defaultFor(year, batch), PROVINCE);
    }

    private List<AuditEvent> trail(RoundRecord round) {
        return audit.of("Round", Long.toString(round.id()), 0, 50).items();
    }
}
