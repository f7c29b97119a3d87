package org.skilleval.core.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's time machine. The pilot scheme's publicity lasts five working days, so a person
 * walking the demo round to a certificate would have to wait a week; configuring {@code
 * org.skilleval.core.demo.clock} with {@code daysAhead} (for instance {@code config:property-set
 * -p org.skilleval.core.demo.clock daysAhead 8} at the Karaf console) moves the platform's today
 * forward by that many days, at once. The clock is the platform's time seam (a {@code Clock}
 * service with {@code skilleval.clock=true}), so every deadline and window follows it; it exists
 * only while the configuration does, and only where the demo feature is installed. Its ranking is
 * low, so a test's own clock wins over it.
 */
@Component(
        service = Clock.class,
        configurationPid = DemoClockConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {"skilleval.clock=true", "service.ranking:Integer=-100"})
@Designate(ocd = DemoClockConfiguration.class)
public class DemoClock extends Clock {

    private static final Logger LOG = LoggerFactory.getLogger(DemoClock.class);

    private final Clock system;
    private volatile Duration ahead;

    @Activate
    public DemoClock(DemoClockConfiguration configuration) {
        this(Clock.systemUTC(), configuration);
    }

    DemoClock(Clock system, DemoClockConfiguration configuration) {
        this.system = system;
        modified(configuration);
    }

    @Modified
    void modified(DemoClockConfiguration configuration) {
        int days = Math.max(0, Math.min(366, configuration.daysAhead()));
        ahead = Duration.ofDays(days);
        LOG.warn("Demo clock: the platform's today is {} day(s) ahead of the calendar", days);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The platform counts days in its configured zone");
    }

    @Override
    public Instant instant() {
        return system.instant().plus(ahead);
    }
}
