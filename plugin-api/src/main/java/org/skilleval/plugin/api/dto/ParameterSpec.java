package org.skilleval.plugin.api.dto;

import java.util.Objects;

/**
 * One configuration parameter a plugin accepts in a work plan.
 *
 * <p>A key ending in {@code .*} describes a family of parameters, one per assessment method of
 * the plan: {@code weight.*} stands for {@code weight.oral-defense}, {@code weight.performance-review}…
 *
 * @param key the parameter's key
 * @param label what it means, in Chinese and English
 * @param type its type
 * @param defaultValue the value used when the plan does not set it; {@code null} when required
 * @param required whether a plan must set it
 */
public record ParameterSpec(
        String key, LocalizedText label, ParameterType type, String defaultValue, boolean required) {

    public ParameterSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
