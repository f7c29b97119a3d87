package org.skilleval.core.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The five-year ban that follows a finding of fraud (弄虚作假), seed 四（三）: "取消本年度评审资格，五年内
 * 不得申请或参与特级技师评聘工作".
 *
 * <p>Contract: the ban runs from {@code foundOn} inclusive to {@code bannedUntilExclusive}
 * exclusive, and {@code bannedUntilExclusive} is always {@code foundOn.plusYears(5)}.
 *
 * <p>Why "five years from the finding date": the seed says "五年内" without naming the start. The
 * finding date is the one date the platform records for certain, and counting from it means the
 * ban covers the rest of the current year plus five further anniversaries; counting from the start
 * of the year or of the round would make the same fraud cost different amounts depending on when
 * in the year it was found. If the province rules otherwise this is the one place to change.
 *
 * <p>The other half of the sanction, cancelling this year's evaluation (取消本年度评审资格), is not
 * modelled here: the round lifecycle cancels the current application when the finding is
 * recorded. This period only keeps the subject out of later applications and participation.
 *
 * <p>Leap days: {@link LocalDate#plusYears(long)} clamps 29 February to 28 February, so a finding
 * on 2024-02-29 ends on 2029-02-28 (exclusive), the same as a finding on 2024-02-28.
 *
 * @param foundOn              the date the fraud was found (the decision's date)
 * @param bannedUntilExclusive the first day the subject may apply or participate again
 */
public record SanctionPeriod(LocalDate foundOn, LocalDate bannedUntilExclusive) {

    /** The length of the ban in years, from seed 四（三）. */
    public static final int BAN_YEARS = 5;

    /**
     * Checks that the end is exactly five years after the finding.
     *
     * @throws NullPointerException     if either date is {@code null}
     * @throws IllegalArgumentException if {@code bannedUntilExclusive} is not
     *                                  {@code foundOn.plusYears(5)}
     */
    public SanctionPeriod {
        Objects.requireNonNull(foundOn, "foundOn");
        Objects.requireNonNull(bannedUntilExclusive, "bannedUntilExclusive");
        // The end is derived, never chosen: a stored period that disagrees was edited by hand.
        if (!bannedUntilExclusive.equals(foundOn.plusYears(BAN_YEARS))) {
            throw new IllegalArgumentException("bannedUntilExclusive must be foundOn + " + BAN_YEARS + " years ("
                    + foundOn.plusYears(BAN_YEARS) + "), was " + bannedUntilExclusive);
        }
    }

    /**
     * The ban that follows a finding on the given date.
     *
     * @param foundOn the date the fraud was found; not {@code null}
     * @return the period from {@code foundOn} to {@code foundOn.plusYears(5)}
     */
    public static SanctionPeriod fromFinding(LocalDate foundOn) {
        Objects.requireNonNull(foundOn, "foundOn");
        return new SanctionPeriod(foundOn, foundOn.plusYears(BAN_YEARS));
    }

    /**
     * Whether the ban is in force on a date.
     *
     * @param date the date to test; not {@code null}
     * @return {@code true} iff {@code foundOn <= date < bannedUntilExclusive}
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(foundOn) && date.isBefore(bannedUntilExclusive);
    }

    /**
     * The reason shown to a banned subject, code {@code sanctioned}, naming the finding date, the
     * last banned day and the first day the subject may apply again.
     *
     * @return the reason; never {@code null}
     */
    public Reason reason() {
        LocalDate lastDay = bannedUntilExclusive.minusDays(1);
        return new Reason(
                "sanctioned",
                "因弄虚作假（认定日期" + Reason.zhDate(foundOn) + "），五年内不得申请或参与特级技师评聘工作；禁止期至" + Reason.zhDate(lastDay) + "止，自"
                        + Reason.zhDate(bannedUntilExclusive) + "起方可再次申请。",
                "Fraud was found on " + foundOn + ": no application or participation in principal-technician"
                        + " evaluation for five years; the ban lasts until " + lastDay
                        + " inclusive, and applications are possible again from " + bannedUntilExclusive + ".");
    }
}
