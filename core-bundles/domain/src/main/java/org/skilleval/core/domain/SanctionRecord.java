package org.skilleval.core.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.skilleval.core.rules.SanctionPeriod;

/**
 * A finding of fraud (弄虚作假) against a candidate or a pilot enterprise, as stored. Seed 四（三）:
 * the subject loses this year's evaluation and may not apply or take part for five years.
 *
 * <p>Contract: {@link #toString()} never shows a person's full ID number; it is what the audit trail
 * records as the state before and after a change, and audit text is read by more people than the
 * sanction itself. Use {@link #maskedSubjectKey()} for anything shown; {@link #subjectKey()} is for
 * storage and comparisons only.
 *
 * @param id the sanction's id
 * @param version the optimistic-locking version
 * @param subjectType whether a person or an enterprise was found to have cheated
 * @param subjectKey the person's 18-character ID number or the enterprise's unified social credit code
 * @param subjectName the person's or the enterprise's name
 * @param foundOn the date of the finding; the ban runs from it
 * @param finding what was found, e.g. 申报材料业绩证明造假
 * @param roundId the round whose evaluation the finding cancels; {@code null} when none is named
 */
public record SanctionRecord(
        long id,
        long version,
        SubjectType subjectType,
        String subjectKey,
        String subjectName,
        LocalDate foundOn,
        String finding,
        Long roundId) {

    /** Who a sanction is against, and so what its {@link SanctionRecord#subjectKey() key} is. */
    public enum SubjectType {
        /** A candidate (参评职工), keyed by their resident ID number. */
        PERSON,
        /** A pilot enterprise (试点企业), keyed by its unified social credit code. */
        ENTERPRISE
    }

    public SanctionRecord {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(subjectName, "subjectName");
        Objects.requireNonNull(foundOn, "foundOn");
        Objects.requireNonNull(finding, "finding");
    }

    /** @return the five-year ban that follows the finding */
    public SanctionPeriod period() {
        return SanctionPeriod.fromFinding(foundOn);
    }

    /**
     * The key as every view shows it: a person's ID number masked like
     * {@link org.skilleval.core.rules.ResidentIdNumber#masked()} (first 4 and last 2 characters,
     * e.g. {@code 3201************1X}); an enterprise's credit code in full, since it is printed on
     * the business licence and is public.
     *
     * @return the key safe to show
     */
    public String maskedSubjectKey() {
        if (subjectType == SubjectType.ENTERPRISE) {
            return subjectKey;
        }
        return org.skilleval.core.rules.ResidentIdNumber.mask(subjectKey);
    }

    /** @return the record with the key {@link #maskedSubjectKey() masked} and the end of the ban */
    @Override
    public String toString() {
        return "SanctionRecord[id=" + id
                + ", version=" + version
                + ", subjectType=" + subjectType
                + ", subjectKey=" + maskedSubjectKey()
                + ", subjectName=" + subjectName
                + ", foundOn=" + foundOn
                + ", bannedUntil=" + period().bannedUntilExclusive()
                + ", finding=" + finding
                + ", roundId=" + roundId
                + "]";
    }
}
