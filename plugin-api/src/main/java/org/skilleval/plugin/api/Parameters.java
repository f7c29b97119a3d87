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
        String text = raw.trim();
        BigDecimal value;
        try {
            value = text.length() > MAX_DECIMAL_LENGTH ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null) {
            throw malformed(key, raw, "decimal", "小数", "a decimal number");
        }
        // Read precision and scale only: 1e10000000 has ten million digits once anyone prints it.
        BigDecimal significant = value.signum() == 0 ? value : value.stripTrailingZeros();
        if (value.signum() != 0
                && ((long) significant.precision() - significant.scale() > MAX_INTEGER_DIGITS
                        || significant.scale() > MAX_FRACTION_DIGITS)) {
            throw new InvalidInputException(
                    key,
                    "decimal-range",
                    LocalizedText.of(
                            "配置项 " + key + " 的值超出范围：整数部分最多" + MAX_INTEGER_DIGITS + "位，小数部分最多" + MAX_FRACTION_DIGITS
                                    + "位",
                            "Parameter " + key + " is out of range: at most " + MAX_INTEGER_DIGITS
                                    + " digits before the decimal point and " + MAX_FRACTION_DIGITS + " after it"));
        }
        return value;
    }

    /** The longest decimal text read, the most integer and fraction digits of a decimal value. */
    private static final int MAX_DECIMAL_LENGTH = 64;

    private static final int MAX_INTEGER_DIGITS = 15;
    private static final int MAX_FRACTION_DIGITS = 10;
    private static final int ECHOED = 32;

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
                        "配置项 " + key + " 的值 \"" + echo(raw) + "\" 不是" + zhType,
                        "Parameter " + key + " = \"" + echo(raw) + "\" is not " + enType));
    }

    /** At most a short prefix of a value, so that a message never repeats a huge input. */
    private static String echo(String raw) {
        return raw.length() <= ECHOED ? raw : raw.substring(0, ECHOED) + "…";
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
