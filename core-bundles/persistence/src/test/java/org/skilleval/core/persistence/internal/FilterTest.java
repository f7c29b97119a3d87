package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.Page;
import org.skilleval.core.rules.RoundSchedule;

/** The tests only read: one database of twelve rounds serves them all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilterTest {

    private static final int COUNTED_AHEAD = 5;

    private EntityManagerFactory entityManagerFactory;
    private EntityManager entityManager;
    private final List<Long> ids = new ArrayList<>();

    @BeforeAll
    void twelveRounds() {
        entityManagerFactory = InMemoryDatabase.open();
        JpaRoundStore rounds = new JpaRoundStore(entityManagerFactory);
        for (int year = 2030; year < 2042; year++) {
            ids.add(rounds.create(
                            year,
                            1,
                            String.valueOf(year),
                            RoundSchedule.defaultFor(year, 1),
                            new AuditActor("province", "province"))
                    .id());
        }
        entityManager = entityManagerFactory.createEntityManager();
    }

    @AfterAll
    void closeDatabase() {
        entityManager.close();
        entityManagerFactory.close();
    }

    @Test
    void aListLongerThanWhatIsCountedAheadSaysMoreThanATotalBeyondThePage() {
        Page<Long> first = page(0, 3);

        assertEquals(ids.subList(0, 3), first.items());
        assertFalse(first.totalExact());
        assertEquals(COUNTED_AHEAD, first.total(), "12 rounds: more than 5");
        assertTrue(first.offset() + first.limit() < first.total(), "a reader paging to the total reads on");

        Page<Long> middle = page(6, 3);
        assertFalse(middle.totalExact());
        assertEquals(6 + COUNTED_AHEAD, middle.total(), "12 rounds: more than 11");
    }

    @Test
    void theEndOfTheListWithinReachIsCountedExactly() {
        Page<Long> last = page(9, 3);

        assertEquals(ids.subList(9, 12), last.items());
        assertTrue(last.totalExact());
        assertEquals(12, last.total());
        assertEquals(12, page(7, 3).total(), "five ahead and no more: exact");
        assertTrue(page(7, 3).totalExact());
        assertEquals(12, page(10, 3).total(), "a short last page is its own count");
    }

    @Test
    void aPageAsLongAsWhatIsCountedAheadStillPointsPastItself() {
        Page<Long> wide = new Filter("RoundEntity").idsCountedAhead(entityManager, 0, 8, 8);

        assertFalse(wide.totalExact());
        assertEquals(9, wide.total());
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheExactTotal() {
        Page<Long> beyond = page(20, 3);

        assertEquals(List.of(), beyond.items());
        assertTrue(beyond.totalExact());
        assertEquals(12, beyond.total());
    }

    @Test
    void aFilterCountsOnlyWhatItSelects() {
        Page<Long> one =
                new Filter("RoundEntity").equal("year", 2035).idsCountedAhead(entityManager, 0, 3, COUNTED_AHEAD);

        assertEquals(List.of(ids.get(5)), one.items());
        assertTrue(one.totalExact());
        assertEquals(1, one.total());
    }

    private Page<Long> page(int offset, int limit) {
        return new Filter("RoundEntity").idsCountedAhead(entityManager, offset, limit, COUNTED_AHEAD);
    }
}
