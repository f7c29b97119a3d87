package org.skilleval.core.persistence;

/** Where an employee's application (特级技师评审申报表) stands. */
public enum ApplicationStatus {
    /** Being filled in by the applicant. */
    DRAFT,
    /** Submitted by the applicant; eligibility computed; awaiting the enterprise's opinion. */
    SUBMITTED,
    /** Sent back by the enterprise for correction; the applicant edits and submits again. */
    RETURNED,
    /** Endorsed by the enterprise (企业意见): the candidate enters the assessment. */
    ENDORSED,
    /** Cancelled, e.g. by a sanction for 弄虚作假. */
    CANCELLED
}
