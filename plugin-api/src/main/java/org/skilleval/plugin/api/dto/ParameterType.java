package org.skilleval.plugin.api.dto;

/** The type of a configuration parameter of a plugin. */
public enum ParameterType {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN
}
