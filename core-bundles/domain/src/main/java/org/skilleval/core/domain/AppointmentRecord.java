package org.skilleval.core.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.skilleval.core.rules.AppointmentStatus;
import org.skilleval.core.rules.ResidentIdNumber;

/**
 * An appointment (聘任) of a certified 特级技师 to a post for a term: the 聘 of 评聘.
 *
 * <p>Contract: {@link #toString()} never shows the holder's full ID number; it is what the audit
 * trail records before and after a change. {@link #holderIdNumber()} is for storage and the
 * one-current-appointment check only.
 *
 * @param id the appointment's id
 * @param version the optimistic-locking version
 * @param certificateId the certificate it rests on
 * @param certificateCode that certificate's code
 * @param applicationId the application the certificate was issued on
 * @param holderIdNumber the holder's resident ID number (one current appointment per person)
 * @param holderName the holder's name
 * @param occupation the certificate's occupation
 * @param creditCode the appointing enterprise (tenant key)
 * @param enterpriseName the enterprise's name
 * @param cityCode the enterprise's city
 * @param post the post (岗位)
 * @param department the department the post belongs to
 * @param startDate the first day of the term
 * @param termEnd the last day of the term (聘期届满日)
 * @param treatmentCategory the treatment (待遇类别), one of the enterprise's list
 * @param documentNumber the appointment document's number (聘任文号)
 * @param status where it stands
 * @param reviewOutcome the term-end review's outcome; {@code null} before the review
 * @param reviewNote the review's note; empty before
 * @param reviewedOn the day of the review; {@code null} before
 * @param endedOn the last day it was in force when it ended; {@code null} while it has not ended
 * @param endReason why it ended; empty while in force
 * @param renewalOf the appointment this one renews; {@code null} for a first appointment
 */
public record AppointmentRecord(
        long id,
        long version,
        long certificateId,
        String certificateCode,
        long applicationId,
        String holderIdNumber,
        String holderName,
        String occupation,
        String creditCode,
        String enterpriseName,
        String cityCode,
        String post,
        String department,
        LocalDate startDate,
        LocalDate termEnd,
        String treatmentCategory,
        String documentNumber,
        AppointmentStatus status,
        ReviewOutcome reviewOutcome,
        String reviewNote,
        LocalDate reviewedOn,
        LocalDate endedOn,
        String endReason,
        Long renewalOf) {

    /** The outcome of a term-end review (聘期考核). */
    public enum ReviewOutcome {
        /** 合格. */
        PASSED,
        /** 不合格. */
        FAILED
    }

    public AppointmentRecord {
        Objects.requireNonNull(certificateCode, "certificateCode");
        Objects.requireNonNull(holderIdNumber, "holderIdNumber");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(status, "status");
        department = department == null ? "" : department;
        treatmentCategory = treatmentCategory == null ? "" : treatmentCategory;
        documentNumber = documentNumber == null ? "" : documentNumber;
        reviewNote = reviewNote == null ? "" : reviewNote;
        endReason = endReason == null ? "" : endReason;
        if (termEnd.isBefore(startDate)) {
            throw new IllegalArgumentException("the term ends before it starts");
        }
    }

    /** @return the last day the appointment is or was in force: the day it ended, else its term's end */
    public LocalDate lastDay() {
        return endedOn != null ? endedOn : termEnd;
    }

    /**
     * The last day in force when the appointment ends on {@code day}: that day, but never after the
     * term, and the day before the start for a term that has not begun (it then never ran).
     */
    public LocalDate lastDayIfEndedOn(LocalDate day) {
        if (day.isAfter(termEnd)) {
            return termEnd;
        }
        return day.isBefore(startDate) ? startDate.minusDays(1) : day;
    }

    /** @return whether its days overlap {@code from} to {@code to}, both inclusive */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && !lastDay().isBefore(from);
    }

    /** This appointment with its term-end review recorded. */
    public AppointmentRecord reviewed(AppointmentStatus changed, ReviewOutcome outcome, String note, LocalDate on) {
        return new AppointmentRecord(
                id,
                version,
                certificateId,
                certificateCode,
                applicationId,
                holderIdNumber,
                holderName,
                occupation,
                creditCode,
                enterpriseName,
                cityCode,
                post,
                department,
                startDate,
                termEnd,
                treatmentCategory,
                documentNumber,
                changed,
                outcome,
                note,
                on,
                endedOn,
                endReason,
                renewalOf);
    }

    /** This appointment ended (or renewed) on {@code lastDay}, for {@code reason}. */
    public AppointmentRecord ended(AppointmentStatus changed, LocalDate lastDay, String reason) {
        return new AppointmentRecord(
                id,
                version,
                certificateId,
                certificateCode,
                applicationId,
                holderIdNumber,
                holderName,
                occupation,
                creditCode,
                enterpriseName,
                cityCode,
                post,
                department,
                startDate,
                termEnd,
                treatmentCategory,
                documentNumber,
                changed,
                reviewOutcome,
                reviewNote,
                reviewedOn,
                lastDay,
                reason,
                renewalOf);
    }

    /** @return the record with the holder's ID number masked */
    @Override
    public String toString() {
        return "AppointmentRecord[id=" + id
                + ", version=" + version
                + ", certificateCode=" + certificateCode
                + ", holderIdNumber=" + ResidentIdNumber.mask(holderIdNumber)
                + ", holderName=" + holderName
                + ", creditCode=" + creditCode
                + ", post=" + post
                + ", department=" + department
                + ", startDate=" + startDate
                + ", termEnd=" + termEnd
                + ", treatmentCategory=" + treatmentCategory
                + ", documentNumber=" + documentNumber
                + ", status=" + status
                + ", reviewOutcome=" + reviewOutcome
                + ", reviewNote=" + reviewNote
                + ", reviewedOn=" + reviewedOn
                + ", endedOn=" + endedOn
                + ", endReason=" + endReason
                + ", renewalOf=" + renewalOf
                + "]";
    }
}
