package org.skilleval.plugin.api.dto;

/** What kind of value a piece of evidence is, so the UI can render an input for it. */
public enum EvidenceType {
    /** Free text, e.g. a description of a solved production problem. */
    TEXT,
    /** A number, e.g. the measured saving of a technical improvement. */
    NUMBER,
    /** A calendar date. */
    DATE,
    /** An uploaded file: a report, a certificate scan, a video of the defence. */
    ATTACHMENT
}
