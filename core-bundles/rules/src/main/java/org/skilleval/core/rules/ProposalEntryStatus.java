package org.skilleval.core.rules;

/** Whether a candidate is on an enterprise's proposal list (建议人选名单). */
public enum ProposalEntryStatus {
    /** On the list. */
    LISTED,
    /** Taken off because an objection against the candidate was upheld. */
    REMOVED,
    /** Taken off by a sanction (弄虚作假). */
    CANCELLED,
    /** The certificate was issued. */
    CERTIFIED
}
