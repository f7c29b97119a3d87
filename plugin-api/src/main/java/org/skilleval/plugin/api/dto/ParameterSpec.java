package org.skilleval.plugin.api.dto;

import java.util.List;
import java.util.Objects;

/**
 * One configuration parameter a plugin accepts in a work plan.
 *
 * <p>A key ending in {@code .*} describes a family of parameters, one per assessment method of
 * the plan: {@code weight.*} stands for {@code weight.oral-defense}, {@code weight.performance-review}…
 *
 * <p><b>Limits</b> (since 1.2). {@code min}, {@code max}, {@code pattern} and {@code options} tell a
 * console what the plugin accepts, so that it can offer a select or bound a number input; the
 * plugin still checks every value itself. A choice is a {@link ParameterType#STRING} with options.
 *
 * @param key the parameter's key
 * @param label what it means, in Chinese and English
 * @param type its type
 * @param defaultValue the value used when the plan does not set it; {@code null} when required
 * @param required whether a plan must set it
 * @param min the lowest value allowed (inclusive) of a number; {@code null} when unbounded or when
 *     the bound itself is excluded (the label says so)
 * @param max the highest value allowed (inclusive) of a number; {@code null} when unbounded or when
 *     the bound itself is excluded
 * @param pattern the regular expression a text must match whole; {@code null} when any text goes
 * @param options the only values allowed, in display order; empty when any value of the type goes;
 *     copied ({@code null} is read as empty)
 * @since 1.2 for {@code min}, {@code max}, {@code pattern} and {@code options}
 */
public record ParameterSpec(
        String key,
        LocalizedText label,
        ParameterType type,
        String defaultValue,
        boolean required,
        String min,
        String max,
        String pattern,
        List<String> options) {

    public ParameterSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
    }

    /**
     * A parameter without published limits: the constructor of API 1.0, kept so that plugins built
     * against it still link and run.
     */
    public ParameterSpec(String key, LocalizedText label, ParameterType type, String defaultValue, boolean required) {
        this(key, label, type, defaultValue, required, null, null, null, List.of());
    }
}
