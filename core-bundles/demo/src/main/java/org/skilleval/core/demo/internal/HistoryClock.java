package org.skilleval.core.demo.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * The platform's days while the demo's past round (往期) is seeded: a {@link Clock} service with
 * {@code skilleval.clock=true}, the platform's time seam, registered only between {@link #register}
 * and {@link #close}, moved by the seeder from phase to phase of that round. While it is registered
 * the lifecycle services' today lies years in the past (for a few seconds at the first start); the
 * audit trail, sign-in tokens and stored files keep the system clock, so they record when the demo
 * was really seeded.
 *
 * <p>Registered by hand rather than as a component because it must exist for exactly the span of one
 * seeding run and be moved by that run; a DS component would outlive it or need shared state.
 * Its ranking lies above the demo clock's (−100), so it wins over a configured {@code daysAhead},
 * and below the integration tests' clocks (0), so a test's clock still wins.
 */
final class HistoryClock extends Clock implements DemoHistory.PlatformDays {

    /** Between the demo clock (−100) and a test's clock (0). */
    static final int RANKING = -50;

    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");
    /** Mid-morning, when an office takes its steps. */
    private static final LocalTime OFFICE_HOURS = LocalTime.of(10, 0);

    private volatile Instant now;
    private ServiceRegistration<Clock> registration;

    private HistoryClock(LocalDate firstDay) {
        moveTo(firstDay);
    }

    /** Registers a clock that says {@code firstDay}; the platform follows it until {@link #close}. */
    static HistoryClock register(BundleContext context, LocalDate firstDay) {
        HistoryClock clock = new HistoryClock(firstDay);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("skilleval.clock", "true");
        properties.put(Constants.SERVICE_RANKING, RANKING);
        properties.put(Constants.SERVICE_DESCRIPTION, "SkillEval demo: the days of the past round being seeded");
        clock.registration = context.registerService(Clock.class, clock, properties);
        return clock;
    }

    @Override
    public void moveTo(LocalDate day) {
        now = day.atTime(OFFICE_HOURS).atZone(JIANGSU).toInstant();
    }

    /** Gives the platform its own days back. */
    @Override
    public void close() {
        ServiceRegistration<Clock> registered = registration;
        registration = null;
        if (registered != null) {
            try {
                registered.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle stopped meanwhile, which unregistered it
            }
        }
    }

    @Override
    public ZoneId getZone() {
        return JIANGSU;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The platform counts days in its configured zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
