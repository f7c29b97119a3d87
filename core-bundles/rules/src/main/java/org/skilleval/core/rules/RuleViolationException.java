package org.skilleval.core.rules;

import java.util.Objects;

/**
 * A refusal by one of the pilot scheme's rules.
 *
 * <p>Contract: every refusal names the input {@link #field() field} it concerns (as the caller
 * called it, e.g. a form field path), a machine-readable {@link #rule() rule} string that callers
 * and clients may switch on, and a message in Chinese (for the people using the platform) and in
 * English (for operators and logs). {@link #getMessage()} returns the English message, so a stack
 * trace is readable by anyone maintaining the platform. Messages must never contain personal data
 * such as a full ID number.
 */
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;
    private final String messageZh;
    private final String messageEn;

    /**
     * Creates a refusal.
     *
     * @param field     the input the refusal concerns; may be {@code null} when the refusal is not
     *                  about one input
     * @param rule      the machine-readable rule name; never {@code null}
     * @param messageZh the message in Chinese; never {@code null}
     * @param messageEn the message in English; never {@code null}, returned by {@link #getMessage()}
     */
    public RuleViolationException(String field, String rule, String messageZh, String messageEn) {
        super(Objects.requireNonNull(messageEn, "messageEn"));
        this.field = field;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.messageEn = messageEn;
    }

    /**
     * @return the input the refusal concerns, or {@code null} when it concerns no single input
     */
    public String field() {
        return field;
    }

    /**
     * @return the machine-readable rule name, e.g. {@code check-digit}
     */
    public String rule() {
        return rule;
    }

    /**
     * @return the message in Chinese, for the people using the platform
     */
    public String messageZh() {
        return messageZh;
    }

    /**
     * @return the message in English; the same as {@link #getMessage()}
     */
    public String messageEn() {
        return messageEn;
    }
}
