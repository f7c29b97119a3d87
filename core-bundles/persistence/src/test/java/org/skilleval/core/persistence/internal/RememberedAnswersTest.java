package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.RoundSchedule;

class RememberedAnswersTest {

    private static final AuditActor APPLICANT = new AuditActor("wang", "applicant");
    private static final String ENTERPRISE = "91320100MA1NJ0001M";

    private EntityManagerFactory entityManagerFactory;
    private JpaApplicationStore applications;
    private ParticipationRecord participation;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = SqlRecorder.persistenceUnit(InMemoryDatabase.dataSource());
        applications = new JpaApplicationStore(entityManagerFactory);
        long round = new JpaRoundStore(entityManagerFactory)
                .create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), new AuditActor("province", "province"))
                .id();
        participation = new JpaParticipationStore(entityManagerFactory)
                .recommend(
                        round,
                        ENTERPRISE,
                        "南京某装备集团",
                        "3201",
                        new EnterpriseEvidence(true, true, 40, false, false),
                        (c, o) -> true,
                        new AuditActor("nanjing", "city"));
        for (int i = 0; i < 25; i++) {
            apply(i);
        }
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void anEnterprisesTotalIsCountedOnceWhileNothingIsWritten() {
        assertEquals(25, firstPageTotal());
        assertEquals(List.of(), countsRun(this::firstPageTotal, 25), "the second page view counts nothing");
        assertEquals(
                List.of(),
                countsRun(
                        () -> applications
                                .summaries(participation.roundId(), null, ENTERPRISE, null, null, null, 20, 20)
                                .total(),
                        25),
                "nor does the next page of the same list");
    }

    @Test
    void aCommittedWriteIsCountedAtTheNextPage() {
        assertEquals(25, firstPageTotal());

        apply(25);

        assertEquals(1, countsRun(this::firstPageTotal, 26).size());
    }

    @Test
    void whetherAListGoesOnPastAPageIsAskedAgainAfterACommit() {
        assertTrue(countedAhead().totalExact(), "25 applications, counted 25 ahead: no more");
        assertTrue(countedAhead().totalExact());

        apply(25);

        Page<Long> page = countedAhead();
        assertFalse(page.totalExact(), "the 26th is past what is counted ahead");
        assertEquals(25, page.total());
    }

    @Test
    void aCountInsideATransactionSeesItsOwnWritesAndARollbackLeavesTheTotal() {
        assertEquals(25, firstPageTotal());
        JpaUnitOfWork unit = new JpaUnitOfWork(entityManagerFactory);

        assertThrows(
                IllegalStateException.class,
                () -> unit.call(() -> {
                    apply(25);
                    assertEquals(26, firstPageTotal(), "the unit's own application is counted");
                    throw new IllegalStateException("rolled back");
                }));

        assertEquals(25, firstPageTotal());
    }

    @Test
    void aCountTakenWhileATransactionCommittedIsNotKept() {
        CommittedWrites writes = new CommittedWrites();
        RememberedAnswers counts = new RememberedAnswers(writes, true);
        AtomicInteger counted = new AtomicInteger();
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            counts.answer(entityManager, "list", () -> {
                writes.committing();
                writes.settled();
                return counted.incrementAndGet();
            });
            assertEquals(2, counts.answer(entityManager, "list", counted::incrementAndGet), "counted again");
            assertEquals(2, counts.answer(entityManager, "list", counted::incrementAndGet), "now remembered");

            writes.committing();
            assertEquals(3, counts.answer(entityManager, "list", counted::incrementAndGet), "counted while committing");
            assertEquals(4, counts.answer(entityManager, "list", counted::incrementAndGet));
            writes.settled();
            assertEquals(5, counts.answer(entityManager, "list", counted::incrementAndGet), "a new version");
            assertEquals(5, counts.answer(entityManager, "list", counted::incrementAndGet));
        } finally {
            entityManager.close();
        }
    }

    @Test
    void aDatabaseOtherNodesMayWriteIsCountedEveryTime() {
        RememberedAnswers counts = new RememberedAnswers(new CommittedWrites(), false);
        AtomicInteger counted = new AtomicInteger();
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            counts.answer(entityManager, "list", counted::incrementAndGet);
            assertEquals(2, counts.answer(entityManager, "list", counted::incrementAndGet));
        } finally {
            entityManager.close();
        }
    }

    @Test
    void theVersionIsUnsettledWhileAnyTransactionCommits() {
        CommittedWrites writes = new CommittedWrites();
        long start = writes.version();
        writes.committing();
        writes.committing();
        writes.settled();
        assertEquals(CommittedWrites.UNSETTLED, writes.version());
        writes.settled();
        assertTrue(writes.version() > start);
    }

    private void apply(int i) {
        applications.create(
                participation,
                "E" + i,
                JpaApplicationStoreTest.form(String.format("3201021970010100%02d", i)),
                APPLICANT);
    }

    private Page<Long> countedAhead() {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            return new Filter("ApplicationEntity")
                    .equal("creditCode", ENTERPRISE)
                    .idsCountedAhead(entityManager, 0, 20, 25);
        } finally {
            entityManager.close();
        }
    }

    private long firstPageTotal() {
        return applications
                .summaries(participation.roundId(), null, ENTERPRISE, null, null, null, 0, 20)
                .total();
    }

    /** The COUNT statements that {@code total} ran, after checking the total it gave. */
    private static List<String> countsRun(java.util.function.LongSupplier total, long expected) {
        SqlRecorder.STATEMENTS.clear();
        assertEquals(expected, total.getAsLong());
        return SqlRecorder.STATEMENTS.stream()
                .filter(sql -> sql.contains("COUNT("))
                .toList();
    }
}
