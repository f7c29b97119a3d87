package org.skilleval.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoClockTest {

    private static final Instant NOW = Instant.parse("2027-02-09T02:00:00Z");

    @Test
    void theDemoClockRunsTheConfiguredDaysAheadAndFollowsAChange() {
        DemoClock clock = new DemoClock(Clock.fixed(NOW, ZoneOffset.UTC), daysAhead(8));
        assertEquals(Instant.parse("2027-02-17T02:00:00Z"), clock.instant());

        clock.modified(daysAhead(0));
        assertEquals(NOW, clock.instant());
    }

    @Test
    void theDemoClockNeverRunsBackwardsOrYearsAhead() {
        assertEquals(NOW, new DemoClock(Clock.fixed(NOW, ZoneOffset.UTC), daysAhead(-3)).instant());
        assertEquals(
                NOW.plusSeconds(366L * 86_400),
                new DemoClock(Clock.fixed(NOW, ZoneOffset.UTC), daysAhead(5000)).instant());
    }

    private static DemoClockConfiguration daysAhead(int days) {
        return new DemoClockConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoClockConfiguration.class;
            }

            @Override
            public int daysAhead() {
                return days;
            }
        };
    }
}
