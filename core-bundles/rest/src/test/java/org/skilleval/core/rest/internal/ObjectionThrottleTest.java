package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ObjectionThrottleTest {

    private Instant now = Instant.parse("2026-03-02T02:00:00Z");
    private final ObjectionThrottle throttle = new ObjectionThrottle(new MemoryThrottleStore(), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void theEleventhObjectionWithinAnHourFromOneAddressIsRefusedWith429() {
        for (int i = 0; i < ObjectionThrottle.PER_WINDOW; i++) {
            throttle.acquire("203.0.113.7");
        }

        ApiException refused = assertThrows(ApiException.class, () -> throttle.acquire("203.0.113.7"));

        assertEquals(429, refused.status());
        throttle.acquire("198.51.100.1");
    }

    @Test
    void anHourLaterTheAddressMayObjectAgain() {
        for (int i = 0; i < ObjectionThrottle.PER_WINDOW; i++) {
            throttle.acquire("203.0.113.7");
        }
        now = now.plus(ObjectionThrottle.WINDOW).plusSeconds(1);

        throttle.acquire("203.0.113.7");
    }

    @Test
    void aRefusalIsNotCounted() {
        for (int i = 0; i < ObjectionThrottle.PER_WINDOW; i++) {
            throttle.acquire("203.0.113.7");
            now = now.plusSeconds(60);
        }
        assertThrows(ApiException.class, () -> throttle.acquire("203.0.113.7"));
        // the first objection (at 02:00) leaves the window at 03:00; one place frees up then
        now = Instant.parse("2026-03-02T03:00:01Z");

        throttle.acquire("203.0.113.7");
        assertThrows(ApiException.class, () -> throttle.acquire("203.0.113.7"));
    }
}
