package org.skilleval.core.persistence;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Recent hits per key, for the throttles that must hold on every node sharing the database (failed
 * sign-ins per user name and per address, objections per address): a limit counted by each node
 * alone would let a client that alternates between nodes try once per node as often. Keys are the
 * caller's, prefixed by what they count (e.g. {@code sign-in:account:wang}).
 *
 * @since 4.5
 */
@ProviderType
public interface ThrottleStore {

    /**
     * The hits of {@code key} after {@code since}, oldest first, as committed by every node.
     */
    List<Instant> hitsSince(String key, Instant since);

    /**
     * Counts a hit of {@code key} at {@code now}, unless {@code onlyBelow} hits are already counted
     * after {@code since}; hits at or before {@code since} are forgotten. Counters of one key queue
     * on a row lock, on whichever node they run, so no limit is ever passed by concurrent hits.
     *
     * @param onlyBelow the limit under which the hit is counted; {@link Integer#MAX_VALUE} counts it
     *     always
     * @return whether the hit was counted, and the hits after {@code since}, oldest first, with it
     */
    Counted count(String key, Instant since, Instant now, int onlyBelow);

    /** Forgets every hit of {@code key}. */
    void forget(String key);

    /** Forgets every hit at or before {@code before} of the keys that start with {@code prefix}. */
    void forgetBefore(String prefix, Instant before);

    /**
     * @param counted whether the hit was counted
     * @param hits the key's hits in the window, oldest first, the new one included when counted
     */
    record Counted(boolean counted, List<Instant> hits) {}
}
