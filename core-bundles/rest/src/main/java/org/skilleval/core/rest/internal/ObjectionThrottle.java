package org.skilleval.core.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits anonymous objections per client address: objection submission is the one public write,
 * and without a limit one script could bury an enterprise's list under thousands of objections that
 * all must be resolved before any certificate. A person with a real objection needs a handful.
 */
final class ObjectionThrottle {

    static final int PER_WINDOW = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    /**
     * Beyond this many addresses tracked, those quiet for a window are forgotten: memory then holds
     * only addresses that objected within the last hour (at most {@link #PER_WINDOW} instants each).
     */
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Clock clock;

    ObjectionThrottle(Clock clock) {
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
        Instant since = now.minus(WINDOW);
        if (recent.size() >= MAX_ADDRESSES) {
            recent.entrySet().removeIf(entry -> isQuiet(entry.getValue(), since));
        }
        Deque<Instant> times = recent.computeIfAbsent(address == null ? "?" : address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.pollFirst();
            }
            if (times.size() >= PER_WINDOW) {
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
            times.addLast(now);
        }
    }

    private static boolean isQuiet(Deque<Instant> times, Instant since) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().isAfter(since);
        }
    }
}
