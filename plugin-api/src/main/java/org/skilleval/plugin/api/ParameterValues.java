package org.skilleval.plugin.api;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The typed values of a plugin's declared parameters, as read by {@link ParameterDeclarations}:
 * a plan's configuration with the defaults in force filled in. Immutable.
 *
 * @since 1.3
 */
public final class ParameterValues {

    private final Map<String, Object> values;

    ParameterValues(Map<String, Object> values) {
        // HashMap, not Map.copyOf: a parameter without default and unset in the plan has no value.
        this.values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    /**
     * The value of a declared parameter.
     *
     * @return the plan's value, else the default in force; {@code null} when neither exists
     * @throws IllegalArgumentException when the parameter is not one of the declarations read
     */
    public <T> T get(ParameterDeclaration<T> parameter) {
        if (!values.containsKey(parameter.key())) {
            throw new IllegalArgumentException("Not a declared parameter: " + parameter.key());
        }
        @SuppressWarnings("unchecked")
        T value = (T) values.get(parameter.key());
        return value;
    }

    Object raw(String key) {
        return values.get(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterValues that && values.equals(that.values);
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
