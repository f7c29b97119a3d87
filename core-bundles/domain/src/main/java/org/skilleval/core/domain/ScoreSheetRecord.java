package org.skilleval.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One expert's score sheet (评分表) for one candidate and one assessment method of the plan.
 *
 * @param id the sheet's id
 * @param version the optimistic-locking version
 * @param applicationId the candidate's application
 * @param panelId the panel the expert sits on
 * @param methodId the assessment method's id
 * @param expertId the expert
 * @param points the points per score item, sorted by item id
 * @param comment the expert's remark; empty when none
 * @param status whether the sheet is a draft or submitted (locked)
 * @param submittedAt when it was last submitted; {@code null} before the first submission, kept
 *        after an unlock
 * @param unlockReason why the chair last unlocked it; empty when never unlocked
 * @param divergence how the sheet diverges from the panel's medians once every member submitted
 *        the method's sheet; {@code null} when it does not (or not yet)
 */
public record ScoreSheetRecord(
        long id,
        long version,
        long applicationId,
        long panelId,
        String methodId,
        String expertId,
        Map<String, BigDecimal> points,
        String comment,
        Status status,
        Instant submittedAt,
        String unlockReason,
        DivergenceFlag divergence) {

    /** Where a sheet stands. */
    public enum Status {
        /** Being filled in by the expert. */
        DRAFT,
        /** Submitted and locked: only the panel's chair can unlock it. */
        SUBMITTED
    }

    public ScoreSheetRecord {
        Objects.requireNonNull(methodId, "methodId");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(status, "status");
        points = Collections.unmodifiableMap(new TreeMap<>(points));
        comment = comment == null ? "" : comment;
        unlockReason = unlockReason == null ? "" : unlockReason;
    }

    /** A sheet without a divergence flag. */
    public ScoreSheetRecord(
            long id,
            long version,
            long applicationId,
            long panelId,
            String methodId,
            String expertId,
            Map<String, BigDecimal> points,
            String comment,
            Status status,
            Instant submittedAt,
            String unlockReason) {
        this(
                id,
                version,
                applicationId,
                panelId,
                methodId,
                expertId,
                points,
                comment,
                status,
                submittedAt,
                unlockReason,
                null);
    }

    /** A draft copy with other points and comment. */
    public ScoreSheetRecord withDraft(Map<String, BigDecimal> newPoints, String newComment) {
        return new ScoreSheetRecord(
                id,
                version,
                applicationId,
                panelId,
                methodId,
                expertId,
                newPoints,
                newComment,
                status,
                submittedAt,
                unlockReason,
                divergence);
    }

    /** The submitted copy. */
    public ScoreSheetRecord submitted(Instant at) {
        return new ScoreSheetRecord(
                id,
                version,
                applicationId,
                panelId,
                methodId,
                expertId,
                points,
                comment,
                Status.SUBMITTED,
                at,
                unlockReason,
                divergence);
    }

    /** The copy unlocked by the chair, back in draft. */
    public ScoreSheetRecord unlocked(String reason) {
        return new ScoreSheetRecord(
                id,
                version,
                applicationId,
                panelId,
                methodId,
                expertId,
                points,
                comment,
                Status.DRAFT,
                submittedAt,
                reason,
                divergence);
    }

    /** The copy with this divergence flag; {@code null} to clear it. */
    public ScoreSheetRecord withDivergence(DivergenceFlag flag) {
        return new ScoreSheetRecord(
                id,
                version,
                applicationId,
                panelId,
                methodId,
                expertId,
                points,
                comment,
                status,
                submittedAt,
                unlockReason,
                flag);
    }
}
