package org.skilleval.core.rules;

import java.util.Objects;

/**
 * A sanction recorded against a candidate or an enterprise: what was found, and the ban it brings.
 *
 * <p>Contract: both parts are non-null and {@code subject} is not blank. {@code subject} describes
 * the finding for the people reviewing it (e.g. "申报材料业绩证明造假"); it must not carry personal
 * data such as an ID number, because it may be shown alongside the decision.
 *
 * @param subject a short description of the finding
 * @param period  the ban that follows it
 */
public record SanctionStatus(String subject, SanctionPeriod period) {

    /**
     * Checks that both parts are present.
     *
     * @throws NullPointerException     if either part is {@code null}
     * @throws IllegalArgumentException if {@code subject} is blank
     */
    public SanctionStatus {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
    }
}
