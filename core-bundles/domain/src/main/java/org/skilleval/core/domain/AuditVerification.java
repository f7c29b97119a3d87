package org.skilleval.core.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a walk along the audit chain found.
 *
 * @param intact whether every event follows its predecessor, its content matches its hash, the head
 *     and every anchor agree with the chain, and no event lies outside the chain
 * @param eventsChecked how many chained events were read
 * @param headSeq the sequence number of the chain's last event, as the head records it
 * @param headHash the hash of the chain's last event, as the head records it
 * @param anchorsChecked how many anchors were compared with the chain
 * @param firstBroken the first broken link, in chain order; empty when intact
 * @param took how long the walk took
 */
public record AuditVerification(
        boolean intact,
        long eventsChecked,
        long headSeq,
        String headHash,
        long anchorsChecked,
        Optional<BrokenLink> firstBroken,
        Duration took) {

    public AuditVerification {
        Objects.requireNonNull(firstBroken, "firstBroken");
        Objects.requireNonNull(took, "took");
        if (intact == firstBroken.isPresent()) {
            throw new IllegalArgumentException("a chain is intact exactly when no link is broken");
        }
    }

    /**
     * The first place the chain does not hold.
     *
     * @param seq the sequence number where the chain breaks
     * @param eventId the id of the event found there; 0 when there is none (a deleted event)
     * @param problem what is wrong: {@code edited} (the event's content no longer matches its hash),
     *     {@code deleted} (an event is missing), {@code inserted} (an event that is not part of the
     *     chain, or a second event with the same place), {@code relinked} (the event does not follow
     *     the one before it: an event before it was replaced), {@code head-mismatch} (the head names
     *     another last event: events at the end were deleted or added), {@code anchor-mismatch} (an
     *     anchor taken earlier disagrees: the chain was rewritten)
     * @param messageZh what was found, in Chinese
     * @param messageEn what was found, in English
     */
    public record BrokenLink(long seq, long eventId, String problem, String messageZh, String messageEn) {}
}
