package org.skilleval.plugin.api.dto;

import java.util.Objects;

/**
 * A text a person reads, in Chinese and in English. Both are required: the province works in
 * Chinese, and operators and plugin authors outside it read English.
 *
 * @param zh the Chinese (simplified) text, never blank
 * @param en the English text, never blank
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        requireText(zh, "zh");
        requireText(en, "en");
    }

    /** Shorthand for {@code new LocalizedText(zh, en)}. */
    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    private static void requireText(String value, String language) {
        Objects.requireNonNull(value, language);
        if (value.isBlank()) {
            throw new IllegalArgumentException("LocalizedText." + language + " must not be blank");
        }
    }
}
