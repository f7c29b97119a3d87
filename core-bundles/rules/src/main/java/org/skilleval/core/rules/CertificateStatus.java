package org.skilleval.core.rules;

/** Whether a 特级技师 certificate stands. */
public enum CertificateStatus {
    /** Issued and in force. */
    VALID,
    /** Revoked, e.g. because of a finding of fraud (弄虚作假). */
    REVOKED
}
