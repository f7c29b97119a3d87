package org.skilleval.core.domain;

import java.time.Instant;
import java.util.Objects;
import org.skilleval.core.rules.ObjectionStatus;

/**
 * An objection (异议) against one candidate of a publicised proposal list, from anyone.
 *
 * <p>Contract: the objector's name and contact are stored for the people who resolve the
 * objection and never shown publicly; {@link #toString()} (the audit text) masks them.
 *
 * @param id the objection's id
 * @param version the optimistic-locking version
 * @param receiptNumber the number the objector was given to refer to it
 * @param listId the proposal list (publicity)
 * @param entryId the candidate's entry on the list
 * @param roundId the list's round
 * @param creditCode the list's enterprise
 * @param cityCode the list's city
 * @param candidateName the candidate objected to
 * @param content what the objector says
 * @param objectorName the objector's name; empty when not given
 * @param objectorContact the objector's phone or e-mail; empty when not given
 * @param submittedAt when it was received
 * @param status where it stands
 * @param resolutionNote why it was upheld or dismissed; empty while open
 * @param resolvedBy who resolved it; empty while open
 * @param resolvedAt when it was resolved; {@code null} while open
 */
public record ObjectionRecord(
        long id,
        long version,
        String receiptNumber,
        long listId,
        long entryId,
        long roundId,
        String creditCode,
        String cityCode,
        String candidateName,
        String content,
        String objectorName,
        String objectorContact,
        Instant submittedAt,
        ObjectionStatus status,
        String resolutionNote,
        String resolvedBy,
        Instant resolvedAt) {

    public ObjectionRecord {
        Objects.requireNonNull(status, "status");
        objectorName = objectorName == null ? "" : objectorName;
        objectorContact = objectorContact == null ? "" : objectorContact;
        resolutionNote = resolutionNote == null ? "" : resolutionNote;
        resolvedBy = resolvedBy == null ? "" : resolvedBy;
    }

    /** A copy resolved as {@code outcome} by {@code who} at {@code when}, with why. */
    public ObjectionRecord resolved(ObjectionStatus outcome, String note, String who, Instant when) {
        return new ObjectionRecord(
                id,
                version,
                receiptNumber,
                listId,
                entryId,
                roundId,
                creditCode,
                cityCode,
                candidateName,
                content,
                objectorName,
                objectorContact,
                submittedAt,
                outcome,
                note,
                who,
                when);
    }

    /** The audit text: the objector's name and contact masked. */
    @Override
    public String toString() {
        return "Objection[id=" + id + ", receipt=" + receiptNumber + ", list=" + listId + ", entry=" + entryId
                + ", candidate=" + candidateName + ", objector=" + masked(objectorName) + ", contact="
                + masked(objectorContact) + ", status=" + status + ", resolution=" + resolutionNote + "]";
    }

    private static String masked(String value) {
        return value.isEmpty() ? "" : "***";
    }
}
