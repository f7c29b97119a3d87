package org.skilleval.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * One problem with a filled-in form, as {@link ApplicationFormRules#validate(ApplicationForm,
 * java.time.LocalDate)} reports it.
 *
 * <p>Contract: {@code field} is the path of the input concerned, written as a client would address
 * it: component names joined by {@code .}, list positions in brackets counted from 0, e.g. {@code
 * educationAndCareer[2].from} or {@code qualification.certificateNumber}. {@code rule} is a stable
 * machine-readable name (kebab-case, e.g. {@code required}, {@code phone}) that clients may switch
 * on. {@code messageZh} is for the applicant, {@code messageEn} the same for operators. None of the
 * four is {@code null} or blank, and no message carries personal data such as an ID number or a
 * date of birth.
 *
 * @param field     the path of the input concerned
 * @param rule      the machine-readable rule name
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record FormViolation(String field, String rule, String messageZh, String messageEn) {

    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException     if any part is {@code null}
     * @throws IllegalArgumentException if any part is blank
     */
    public FormViolation {
        requireText(field, "field");
        requireText(rule, "rule");
        requireText(messageZh, "messageZh");
        requireText(messageEn, "messageEn");
    }

    /**
     * The violation a rule's refusal stands for: same field, rule and messages.
     *
     * @param e the refusal; its field must not be {@code null} (a form violation always names a field)
     * @return the violation
     * @throws NullPointerException if {@code e} or its field is {@code null}
     */
    public static FormViolation from(RuleViolationException e) {
        Objects.requireNonNull(e, "e");
        return new FormViolation(e.field(), e.rule(), e.messageZh(), e.messageEn());
    }

    /**
     * The refusal as a one-element list, for callers that report a single rule's refusal in the same
     * shape as a whole form's validation.
     *
     * @param e the refusal; its field must not be {@code null}
     * @return an unmodifiable list holding {@link #from(RuleViolationException) from(e)}
     * @throws NullPointerException if {@code e} or its field is {@code null}
     */
    public static List<FormViolation> of(RuleViolationException e) {
        return List.of(from(e));
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
