package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.persistence.ThrottleStore.Counted;

/** Throttle counts in the database: one limit for every node, never passed by concurrent hits. */
class JpaThrottleStoreTest {

    private static final Instant NOW = Instant.parse("2083-03-02T02:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(1);

    private final EmbeddedDataSource data = InMemoryDatabase.dataSource();
    /** Two persistence units on one database: two nodes. */
    private final EntityManagerFactory nodeA = InMemoryDatabase.persistenceUnit(data);

    private final EntityManagerFactory nodeB =
            InMemoryDatabase.persistenceUnit(data, java.util.Map.of("eclipselink.session-name", "node-b"));
    private final JpaThrottleStore onA = new JpaThrottleStore(nodeA);
    private final JpaThrottleStore onB = new JpaThrottleStore(nodeB);

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void hitsCountedOnOneNodeCountOnTheOtherUntilTheyLeaveTheWindow() {
        for (int i = 0; i < 3; i++) {
            Instant at = NOW.plusSeconds(60L * i);
            JpaThrottleStore node = i % 2 == 0 ? onA : onB;
            assertTrue(node.count("objection:address:203.0.113.7", at.minus(WINDOW), at, 3)
                    .counted());
        }
        Instant fourth = NOW.plusSeconds(180);

        Counted refused = onB.count("objection:address:203.0.113.7", fourth.minus(WINDOW), fourth, 3);

        assertFalse(refused.counted());
        assertEquals(List.of(NOW, NOW.plusSeconds(60), NOW.plusSeconds(120)), refused.hits());
        assertEquals(
                3,
                onA.hitsSince("objection:address:203.0.113.7", fourth.minus(WINDOW))
                        .size());
        assertEquals(List.of(), onA.hitsSince("objection:address:198.51.100.1", fourth.minus(WINDOW)));
        Instant anHourLater = NOW.plus(WINDOW).plusSeconds(1);
        assertTrue(onA.count("objection:address:203.0.113.7", anHourLater.minus(WINDOW), anHourLater, 3)
                .counted());
    }

    @Test
    void concurrentHitsOnBothNodesNeverPassTheLimit() throws Exception {
        int attempts = 12;
        CyclicBarrier together = new CyclicBarrier(attempts);
        ExecutorService clients = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<Boolean>> counted = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                JpaThrottleStore node = i % 2 == 0 ? onA : onB;
                Instant at = NOW.plusMillis(i);
                counted.add(clients.submit(() -> {
                    together.await();
                    return node.count("sign-in:account:wang", at.minus(WINDOW), at, 5)
                            .counted();
                }));
            }
            int accepted = 0;
            for (Future<Boolean> hit : counted) {
                accepted += hit.get() ? 1 : 0;
            }
            assertEquals(5, accepted);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void forgettingAKeyOrTheHitsBeforeAnInstantLeavesTheRest() {
        onA.count("sign-in:account:wang", NOW.minus(WINDOW), NOW, Integer.MAX_VALUE);
        onA.count("sign-in:account:li", NOW.minus(WINDOW), NOW, Integer.MAX_VALUE);
        Instant later = NOW.plusSeconds(600);
        onA.count("sign-in:account:li", later.minus(WINDOW), later, Integer.MAX_VALUE);

        onA.count("objection:address:203.0.113.7", NOW.minus(WINDOW), NOW, Integer.MAX_VALUE);
        onA.count("sign-in:account:" + "x".repeat(5000), NOW.minus(WINDOW), NOW, Integer.MAX_VALUE);

        onB.forget("sign-in:account:wang");
        onB.forgetBefore("sign-in:", NOW);

        assertEquals(List.of(), onA.hitsSince("sign-in:account:wang", NOW.minus(WINDOW)));
        assertEquals(List.of(later), onA.hitsSince("sign-in:account:li", NOW.minus(WINDOW)));
        assertEquals(List.of(), onA.hitsSince("sign-in:account:" + "x".repeat(5000), NOW.minus(WINDOW)));
        assertEquals(
                List.of(NOW),
                onA.hitsSince("objection:address:203.0.113.7", NOW.minus(WINDOW)),
                "another prefix's hits stay");
    }

    @Test
    void aKeyLongerThanTheColumnIsCountedUnderItsHash() {
        String typedByAnyone = "sign-in:account:" + "x".repeat(5000);

        assertTrue(onA.count(typedByAnyone, NOW.minus(WINDOW), NOW, 1).counted());
        assertFalse(onB.count(typedByAnyone, NOW.minus(WINDOW), NOW, 1).counted());
    }
}
