package org.skilleval.core.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.skilleval.core.persistence.ThrottleStore;

/**
 * Limits anonymous objections per client address: objection submission is the one public write,
 * and without a limit one script could bury an enterprise's list under thousands of objections that
 * all must be resolved before any certificate. A person with a real objection needs a handful. The
 * objections are counted in the database ({@link ThrottleStore}), so that the limit is one for all
 * nodes sharing it.
 */
final class ObjectionThrottle {

    static final int PER_WINDOW = 10;
    static final Duration WINDOW = Duration.ofHours(1);

    private static final String ADDRESS = "objection:address:";

    private final ThrottleStore store;
    private final Clock clock;

    ObjectionThrottle(ThrottleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Counts one objection from this address.
     *
     * @throws ApiException 429 when the address sent {@link #PER_WINDOW} objections within the last
     *     {@link #WINDOW}; nothing is counted then
     */
    void acquire(String address) {
        Instant now = clock.instant();
        if (!store.count(ADDRESS + (address == null ? "?" : address), now.minus(WINDOW), now, PER_WINDOW)
                .counted()) {
            throw new ApiException(
                    429,
                    "too-many-objections",
                    LocalizedMessage.of("异议提交过于频繁", "Too many objections"),
                    LocalizedMessage.of(
                            "同一来源每小时最多提交 " + PER_WINDOW + " 条异议，请稍后再试；如有大量问题，请合并为一条说明",
                            "At most " + PER_WINDOW + " objections per hour from one source; try again later,"
                                    + " or combine them into one"),
                    List.of());
        }
    }
}
