package org.skilleval.core.rules;

/** Where a pilot enterprise stands in one round. */
public enum ParticipationStatus {
    /** Recommended by its city, awaiting the province's decision. */
    RECOMMENDED,
    /** Accepted by the province as a pilot enterprise of the round. */
    ACCEPTED,
    /** Rejected by the province. */
    REJECTED,
    /**
     * Accepted, then its work plan failed the province's review: the enterprise left the pilot for
     * this round (退出试点). Its applications, panels and list can go no further.
     */
    WITHDRAWN,
    /** Cancelled by a sanction for 弄虚作假: the enterprise loses the round's evaluation. */
    CANCELLED
}
