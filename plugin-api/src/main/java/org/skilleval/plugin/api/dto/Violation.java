package org.skilleval.plugin.api.dto;

import java.util.Objects;

/**
 * One rule that an input broke: which field, which rule, and a message for a person.
 *
 * @param field the path of the offending field, e.g. {@code items.theory} or {@code weight.oral-defense}
 * @param rule a short machine-readable rule name, e.g. {@code max}, {@code required}, {@code sum-100}
 * @param message what is wrong and how to fix it, in Chinese and English
 */
public record Violation(String field, String rule, LocalizedText message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
