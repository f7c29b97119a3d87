package org.skilleval.core.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reason a person reads: why a rule decided as it did, or what a warning is about.
 *
 * <p>Contract: {@code code} is a stable machine-readable string (kebab-case, e.g.
 * {@code post-years-short}) that clients may switch on; {@code zh} is the text for the people using
 * the platform and {@code en} the same text for operators. None of them is blank, and none carries
 * personal data such as an ID number.
 *
 * @param code the machine-readable code
 * @param zh   the reason in Chinese
 * @param en   the reason in English
 */
public record Reason(String code, String zh, String en) {

    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException     if any part is {@code null}
     * @throws IllegalArgumentException if any part is blank
     */
    public Reason {
        requireText(code, "code");
        requireText(zh, "zh");
        requireText(en, "en");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** A date as Chinese readers write it, e.g. {@code 2025年3月1日}; for the {@code zh} texts. */
    static String zhDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
