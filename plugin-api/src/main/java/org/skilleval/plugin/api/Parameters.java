package org.skilleval.plugin.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * A plugin's configuration in a work plan: string keys to string values, with typed reads that
 * turn a malformed value into an {@link InvalidInputException} naming the key.
 *
 * <p>Immutable. Keys are kept sorted so that the same configuration always looks the same, which
 * the core relies on when it fingerprints a configuration for a result's provenance.
 */
public final class Parameters {

    private static final Parameters EMPTY = new Parameters(Map.of());

    private final SortedMap<String, String> values;

    private Parameters(Map<String, String> values) {
        this.values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** The configuration holding these entries; neither keys nor values may be {@code null}. */
    public static Parameters of(Map<String, String> values) {
        values.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException("Parameters take no null key or value");
            }
        });
        return values.isEmpty() ? EMPTY : new Parameters(values);
    }

    /** The configuration with no entries: every read gives its default. */
    public static Parameters empty() {
        return EMPTY;
    }

    /** All entries, sorted by key. */
    public SortedMap<String, String> asMap() {
        return values;
    }

    /** The raw value of a key, if set. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of a key, or {@code defaultValue} when unset. */
    public String getString(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    /**
     * The decimal value of a key, or {@code defaultValue} when unset.
     *
     * @throws InvalidInputException when the value is not a decimal number
     */
    public BigDecimal getDecimal(String key, BigDecimal defaultValue) {
        String raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw malformed(key, raw, "decimal", "小数", "a decimal number");
        }
    }

    /**
     * The integer value of a key, or {@code defaultValue} when unset.
     *
     * @throws InvalidInputException when the value is not an integer
     */
    public int getInt(String key, int defaultValue) {
        String raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw malformed(key, raw, "integer", "整数", "an integer");
        }
    }

    /**
     * The boolean value of a key ({@code true} or {@code false}), or {@code defaultValue} when unset.
     *
     * @throws InvalidInputException when the value is neither
     */
    public boolean getBoolean(String key, boolean defaultValue) {
        String raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw malformed(key, raw, "boolean", "true 或 false", "true or false");
        };
    }

    /** The entries whose key starts with {@code prefix}, with the prefix removed from the key. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> result = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                result.put(key.substring(prefix.length()), value);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    private static InvalidInputException malformed(String key, String raw, String rule, String zhType, String enType) {
        return new InvalidInputException(
                key,
                rule,
                LocalizedText.of(
                        "配置项 " + key + " 的值 \"" + raw + "\" 不是" + zhType,
                        "Parameter " + key + " = \"" + raw + "\" is not " + enType));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parameters that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
