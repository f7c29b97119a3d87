package org.skilleval.core.rules;

/**
 * Where an employee's application (特级技师评审申报表) stands, from the draft to the certificate.
 *
 * <p>DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → ENDORSED → PASSED | FAILED; PASSED → PROPOSED
 * (on the enterprise's proposal list) → CERTIFIED, or → REMOVED when an objection is upheld. A
 * sanction (弄虚作假) turns any state into CANCELLED.
 */
public enum ApplicationStatus {
    /** Being filled in by the applicant. */
    DRAFT,
    /** Submitted by the applicant; eligibility computed; awaiting the enterprise's opinion. */
    SUBMITTED,
    /** Sent back by the enterprise for correction; the applicant edits and submits again. */
    RETURNED,
    /** Endorsed by the enterprise (企业意见): the candidate enters the assessment. */
    ENDORSED,
    /** Assessed under the approved plan's methods and scheme, and passed. */
    PASSED,
    /** Assessed, and did not pass. */
    FAILED,
    /** On the enterprise's proposal list (建议人选名单), publicised. */
    PROPOSED,
    /** Taken off the proposal list because an objection (异议) against the candidate was upheld. */
    REMOVED,
    /** The certificate was issued. */
    CERTIFIED,
    /** Cancelled, e.g. by a sanction for 弄虚作假. */
    CANCELLED
}
