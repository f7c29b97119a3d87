package org.skilleval.core.rules;

/**
 * Where an enterprise's proposal list (特级技师建议人选名单) stands, seed 二（五）（六）.
 *
 * <p>DRAFT → SUBMITTED (reported to the province, publicised to all employees) → PUBLISHED (the
 * province's own publicity on its website) → CERTIFIED (certificates issued). A sanction against
 * the enterprise turns it CANCELLED.
 */
public enum ProposalListStatus {
    /** Being drawn up by the enterprise from its passed candidates. */
    DRAFT,
    /** Reported to the province; the enterprise's own publicity window is set. */
    SUBMITTED,
    /** Publicised by the province as well. */
    PUBLISHED,
    /** Certificates were issued for the remaining candidates. */
    CERTIFIED,
    /** Cancelled with the enterprise's participation (弄虚作假). */
    CANCELLED
}
