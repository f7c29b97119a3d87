package org.skilleval.core.accounts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2027-03-01T08:00:00Z");
    private final Clock clock = new Clock() {
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
    };
    private final SignInThrottle throttle =
            new SignInThrottle(new MemoryThrottleStore(), 5, 20, Duration.ofMinutes(15), clock);

    @Test
    void theFifthFailureWithinFifteenMinutesLocksTheUserNameUntilTheFirstLeavesTheWindow() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(throttle.failed("Wang", "10.0.0." + i));
            now = now.plusSeconds(60);
        }
        assertTrue(throttle.refusal("wang", "10.0.0.9").isEmpty());
        assertTrue(throttle.failed("wang", "10.0.0.5"), "the fifth failure starts the lockout");
        assertEquals(
                Duration.ofMinutes(11), throttle.refusal("WANG", "10.0.0.9").orElseThrow());
        now = now.plus(Duration.ofMinutes(11));
        assertTrue(throttle.refusal("wang", "10.0.0.9").isEmpty(), "the oldest failure left the window");
    }

    @Test
    void anUnknownUserNameIsLockedExactlyLikeAKnownOne() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("no-such-user", "10.0.0.1");
        }
        assertTrue(throttle.refusal("no-such-user", "10.0.0.2").isPresent());
    }

    @Test
    void manyFailuresFromOneAddressRefuseItForEveryUserName() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertTrue(throttle.refusal("someone-else", "203.0.113.7").isPresent());
        assertTrue(throttle.refusal("someone-else", "203.0.113.8").isEmpty());
    }

    @Test
    void aSuccessForgetsTheUserNamesFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("wang", "10.0.0.1");
        }
        throttle.succeeded("wang");
        assertFalse(throttle.failed("wang", "10.0.0.1"));
        assertTrue(throttle.refusal("wang", "10.0.0.1").isEmpty());
    }
}
