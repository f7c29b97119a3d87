package org.skilleval.core.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * A mainland resident identity card number (居民身份证号码) per GB 11643-1999.
 *
 * <p>Contract: an instance always holds 18 characters — 17 digits and an upper-case check character
 * that matches ISO 7064 MOD 11-2 — whose first two digits are a real province-level code and whose
 * characters 7–14 are a real calendar date not before 1900-01-01. Whether that date lies in the
 * future depends on the day of the check, so only {@link #parse(String, String, LocalDate)} checks
 * it; callers build instances from user input through that method.
 *
 * <p>The number is personal data: {@link #toString()} returns the {@link #masked() masked} form so
 * that it never reaches a log by accident, and no refusal message repeats the input. Only
 * {@link #value()} gives the full number, for storage and for comparisons.
 *
 * @param value the full 18-character number
 */
public record ResidentIdNumber(String value) {

    /** The number of characters of a GB 11643-1999 number. */
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    // GB/T 2260 province-level codes; 71 Taiwan, 81 Hong Kong, 82 Macao are issued to residents
    // who hold mainland residence permits with 18-digit numbers, so they are real codes too.
    private static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    /**
     * Checks the structure of the number: length, characters, region, a real birth date not before
     * 1900-01-01, and the check character. It does not check that the birth date is not in the
     * future (the canonical constructor has no "today"); use {@link #parse(String, String, LocalDate)}
     * for user input.
     *
     * @throws RuleViolationException (field {@code value}) when the structure is wrong
     */
    public ResidentIdNumber {
        validate(value, "value", null);
    }

    /**
     * Parses a number as typed on a form, without trimming or case folding: what the candidate typed
     * is what the card says, and a lower-case {@code x} is refused rather than silently accepted.
     *
     * @param raw   the input; {@code null} is refused with rule {@code length}
     * @param field the input's name, carried by any refusal
     * @param today the day of the check; a birth date after it is refused
     * @return the number
     * @throws RuleViolationException with rule {@code length}, {@code lower-case-x},
     *                                {@code characters}, {@code region}, {@code birth-date} or
     *                                {@code check-digit}
     */
    public static ResidentIdNumber parse(String raw, String field, LocalDate today) {
        Objects.requireNonNull(today, "today");
        validate(raw, field, today);
        return new ResidentIdNumber(raw);
    }

    /**
     * Computes the ISO 7064 MOD 11-2 check character for the first 17 digits of a number.
     *
     * @param first17 exactly 17 ASCII digits
     * @return {@code '0'}–{@code '9'} or {@code 'X'}
     * @throws RuleViolationException (field {@code first17}, rule {@code characters}) when the input is
     *                                not 17 digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !allDigits(first17, 0, LENGTH - 1)) {
            throw new RuleViolationException(
                    "first17", "characters", "校验码计算需要17位数字", "the check character is computed from exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** @return the birth date encoded in characters 7–14 */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** @return {@code true} when the sequence number (17th digit) is odd, which GB 11643 assigns to men */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** @return the 6-digit administrative region code of the place the number was first issued */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /**
     * The form every public view shows: the first 4 characters (province and city, which the
     * platform shows anyway) and the last 2, with the 12 in between replaced by {@code *}, e.g.
     * {@code 3201************1X}.
     *
     * @return the masked number
     */
    public String masked() {
        return mask(value);
    }

    /**
     * Masks whatever was typed as an ID number, valid or not, for logs, audit texts and views
     * outside the person's own: an 18-character value as {@link #masked()} shows it, anything else
     * entirely hidden.
     *
     * @return the masked text; empty for {@code null}
     */
    public static String mask(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.length() != LENGTH) {
            return "*".repeat(raw.length());
        }
        return raw.substring(0, 4) + "*".repeat(LENGTH - 6) + raw.substring(LENGTH - 2);
    }

    /**
     * Refuses a form whose declared birth date (出生年月) disagrees with the number. The form asks
     * for year and month only, so only those are compared; the day of {@code declared} is ignored.
     *
     * @param declared the birth date on the form
     * @param field    the form field, carried by the refusal
     * @throws RuleViolationException with rule {@code birth-date-mismatch}
     */
    public void requireBirthDate(LocalDate declared, String field) {
        Objects.requireNonNull(declared, "declared");
        requireBirthDate(YearMonth.from(declared), field);
    }

    /**
     * Refuses a form whose declared birth year and month (出生年月) disagree with the number.
     *
     * @param declared the year and month on the form
     * @param field    the form field, carried by the refusal
     * @throws RuleViolationException with rule {@code birth-date-mismatch}
     */
    public void requireBirthDate(YearMonth declared, String field) {
        Objects.requireNonNull(declared, "declared");
        // The refusal must not repeat either date: together with the masked number they would
        // narrow the person down.
        if (!YearMonth.from(birthDate()).equals(declared)) {
            throw new RuleViolationException(
                    field,
                    "birth-date-mismatch",
                    "出生年月与身份证号码不一致",
                    "the declared year and month of birth do not match the ID number");
        }
    }

    /** @return the {@link #masked() masked} number, never the full one */
    @Override
    public String toString() {
        return masked();
    }

    private static void validate(String raw, String field, LocalDate today) {
        if (raw == null || raw.length() != LENGTH) {
            throw new RuleViolationException(
                    field, "length", "身份证号码须为18位", "the ID number must have exactly 18 characters");
        }
        // Checked before the general character rule so that the commonest typing slip gets a
        // message that says exactly what to fix.
        if (raw.charAt(LENGTH - 1) == 'x' && allDigits(raw, 0, LENGTH - 1)) {
            throw new RuleViolationException(
                    field,
                    "lower-case-x",
                    "身份证号码最后一位须为大写字母 X，不能是小写 x",
                    "the last character of the ID number must be an upper-case X, not a lower-case x");
        }
        char last = raw.charAt(LENGTH - 1);
        if (!allDigits(raw, 0, LENGTH - 1) || !(isAsciiDigit(last) || last == 'X')) {
            throw new RuleViolationException(
                    field,
                    "characters",
                    "身份证号码前17位须为数字，最后一位须为数字或大写字母 X",
                    "the ID number must be 17 digits followed by a digit or an upper-case X");
        }
        if (!PROVINCE_CODES.contains(raw.substring(0, 2))) {
            throw new RuleViolationException(
                    field,
                    "region",
                    "身份证号码前两位不是有效的省级行政区划代码",
                    "the first two digits of the ID number are not a province-level region code");
        }
        LocalDate birth;
        try {
            birth = birthDateOf(raw);
        } catch (DateTimeException e) {
            throw new RuleViolationException(
                    field,
                    "birth-date",
                    "身份证号码第7–14位不是有效的出生日期",
                    "characters 7–14 of the ID number are not a real date of birth");
        }
        if (birth.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new RuleViolationException(
                    field,
                    "birth-date",
                    "身份证号码中的出生日期早于1900年1月1日",
                    "the date of birth in the ID number is before 1 January 1900");
        }
        if (today != null && birth.isAfter(today)) {
            throw new RuleViolationException(
                    field, "birth-date", "身份证号码中的出生日期晚于今天", "the date of birth in the ID number is in the future");
        }
        if (checkCharacter(raw.substring(0, LENGTH - 1)) != last) {
            throw new RuleViolationException(
                    field,
                    "check-digit",
                    "身份证号码校验位不正确，请核对号码",
                    "the check character of the ID number is wrong; please check the number");
        }
    }

    private static LocalDate birthDateOf(String number) {
        // LocalDate.of is strict: 0229 of a non-leap year, month 13 and day 00 all throw.
        return LocalDate.of(
                Integer.parseInt(number.substring(6, 10)),
                Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // Character.isDigit would accept full-width and other Unicode digits, which no card carries.
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
