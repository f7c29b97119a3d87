package org.skilleval.core.rules;

/** Where an objection (异议) against a publicised candidate stands. */
public enum ObjectionStatus {
    /** Received, not yet resolved. */
    OPEN,
    /** Found justified: the candidate was taken off the list. */
    UPHELD,
    /** Found unjustified: the candidate stays. */
    DISMISSED
}
