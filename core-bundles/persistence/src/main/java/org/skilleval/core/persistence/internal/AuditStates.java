package org.skilleval.core.persistence.internal;

import org.skilleval.core.domain.ScoreSheetRecord;

/**
 * The text an audit event keeps of a state before or after a change: the state's {@code toString},
 * as it always was. A score sheet's text (the platform's most frequent audit event) is written here
 * by plain concatenation instead: Java 17 generates a record's {@code toString} with {@code
 * String.format}, which was a twentieth of a sheet save's CPU time (docs/performance.md, "Writes:
 * eleventh session"). The text is the same, character for character ({@code AuditStatesTest} fails
 * when a component is added to the record or it writes its own {@code toString}), so an event's
 * content hash means what it meant.
 */
final class AuditStates {

    private AuditStates() {}

    /** The state's text; empty for none. */
    static String of(Object state) {
        if (state == null) {
            return "";
        }
        if (state instanceof ScoreSheetRecord sheet) {
            return of(sheet);
        }
        return state.toString();
    }

    /** What {@code ScoreSheetRecord.toString()} gives. */
    private static String of(ScoreSheetRecord sheet) {
        return "ScoreSheetRecord[id=" + sheet.id()
                + ", version=" + sheet.version()
                + ", applicationId=" + sheet.applicationId()
                + ", panelId=" + sheet.panelId()
                + ", methodId=" + sheet.methodId()
                + ", expertId=" + sheet.expertId()
                + ", points=" + sheet.points()
                + ", comment=" + sheet.comment()
                + ", status=" + sheet.status()
                + ", submittedAt=" + sheet.submittedAt()
                + ", unlockReason=" + sheet.unlockReason()
                + ", divergence=" + sheet.divergence()
                + "]";
    }
}
