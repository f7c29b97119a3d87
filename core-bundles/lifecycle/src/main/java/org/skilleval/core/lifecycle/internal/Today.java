package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * "Now" and "today" for the lifecycle services, in the configured zone (Jiangsu's calendar days).
 *
 * <p>The time seam: a {@link Clock} service registered with the property {@code skilleval.clock=true}
 * replaces the system clock while it is registered (optional, dynamic, greedy reference), so an
 * integration test can move the platform across a publicity window without waiting. Without one,
 * the system clock counts. Whatever zone such a clock carries, days are counted in the configured
 * zone. Services take this component instead of a {@code Clock} of their own; their unit tests
 * build one over a fixed clock with {@link #over(Clock)}.
 */
@Component(service = Today.class, configurationPid = LifecycleConfiguration.PID)
public class Today {

    /** The service property that marks a clock as the platform's time source. */
    public static final String CLOCK_PROPERTY = "skilleval.clock";

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + CLOCK_PROPERTY + "=true)")
    private volatile Clock registered;

    private final Clock system;

    @Activate
    public Today(LifecycleConfiguration configuration) {
        this(Clock.system(ZoneId.of(configuration.zone())));
    }

    private Today(Clock system) {
        this.system = system;
    }

    /** Today as this clock says, in its zone: for tests and for services built without DS. */
    static Today over(Clock clock) {
        return new Today(clock);
    }

    /**
     * This source as a {@link Clock} in the configured zone, for code written against a clock: every
     * reading goes through {@link #now()}, so a registered clock counts from the moment it appears.
     */
    Clock clock() {
        Today source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return source.system.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("The platform's days count in " + getZone());
            }

            @Override
            public Instant instant() {
                return source.now();
            }
        };
    }

    /** @return the instant now */
    Instant now() {
        Clock clock = registered;
        return (clock == null ? system : clock).instant();
    }

    /** @return today's date in the configured zone */
    LocalDate date() {
        return LocalDate.ofInstant(now(), system.getZone());
    }
}
