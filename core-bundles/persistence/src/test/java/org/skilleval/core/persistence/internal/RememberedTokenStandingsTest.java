package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.skilleval.core.persistence.AccountStore.TokenStanding;

class RememberedTokenStandingsTest {

    @Test
    void aReadOfTheOldEpochThatEndsAfterACommitDoesNotPutItBack() throws Exception {
        CountDownLatch readStarted = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        RememberedTokenStandings standings = new RememberedTokenStandings(username -> {
            readStarted.countDown();
            await(committed);
            return 3; // what the database held when the read began
        });

        CompletableFuture<TokenStanding> slowRead =
                CompletableFuture.supplyAsync(() -> standings.standing("wang", "token"));
        assertTrue(readStarted.await(10, TimeUnit.SECONDS));
        standings.epochCommitted("wang", 4);
        committed.countDown();

        slowRead.get(10, TimeUnit.SECONDS);
        assertEquals(4, standings.standing("wang", "token").tokenEpoch());
    }

    @Test
    void theEpochIsReadOnceAndThenFollowsTheCommits() {
        int[] reads = new int[1];
        RememberedTokenStandings standings = new RememberedTokenStandings(username -> {
            reads[0]++;
            return 2;
        });

        assertEquals(new TokenStanding(2, false), standings.standing("wang", "token"));
        assertEquals(new TokenStanding(2, false), standings.standing("wang", "token"));
        standings.epochCommitted("wang", 3);
        assertEquals(new TokenStanding(3, false), standings.standing("wang", "token"));
        assertEquals(1, reads[0]);
    }

    @Test
    void aSignOutStoredOrCommittedRefusesItsTokenUntilItsExpiryIsForgotten() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        RememberedTokenStandings standings = new RememberedTokenStandings(username -> 0);
        standings.signOutsStored(Map.of("stored", now.plusSeconds(60)));
        standings.signOutCommitted("committed", now.plusSeconds(120), now);

        assertTrue(standings.standing("wang", "stored").signedOut());
        assertTrue(standings.standing("wang", "committed").signedOut());
        assertFalse(standings.standing("wang", "other").signedOut());

        standings.expiredForgotten(now.plusSeconds(60));
        assertFalse(standings.standing("wang", "stored").signedOut());
        assertTrue(standings.standing("wang", "committed").signedOut());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
