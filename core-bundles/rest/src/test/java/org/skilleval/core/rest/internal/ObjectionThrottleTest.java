package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.core.persistence.ThrottleStore;
import org.skilleval.core.persistence.ThrottleStore.Counted;

/**
 * What the objection throttle asks of the shared store, and how it answers a refusal. The window
 * itself (counting on every node, a refusal not counted, hits leaving after an hour) is the store's
 * contract: JpaThrottleStoreTest.
 */
class ObjectionThrottleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private final ThrottleStore store = mock(ThrottleStore.class);
    private final ObjectionThrottle throttle = new ObjectionThrottle(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anObjectionCountsAgainstItsAddressWithinTheLastHourUpToTen() {
        when(store.count(anyString(), any(), any(), anyInt())).thenReturn(new Counted(true, List.of(NOW)));

        throttle.acquire("203.0.113.7");

        verify(store)
                .count(
                        "objection:address:203.0.113.7",
                        NOW.minus(ObjectionThrottle.WINDOW),
                        NOW,
                        ObjectionThrottle.PER_WINDOW);
    }

    @Test
    void anObjectionTheStoreDidNotCountIsRefusedWith429() {
        when(store.count(anyString(), any(), any(), anyInt())).thenReturn(new Counted(false, List.of()));

        ApiException refused = assertThrows(ApiException.class, () -> throttle.acquire("203.0.113.7"));

        assertEquals(429, refused.status());
    }

    @Test
    void aRequestWithoutAnAddressCountsUnderOneKeyForAllSuch() {
        when(store.count(anyString(), any(), any(), anyInt())).thenReturn(new Counted(true, List.of(NOW)));

        throttle.acquire(null);

        verify(store)
                .count("objection:address:?", NOW.minus(ObjectionThrottle.WINDOW), NOW, ObjectionThrottle.PER_WINDOW);
    }
}
