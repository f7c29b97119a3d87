package org.skilleval.core.rest.internal;

/**
 * One invalid field of a request.
 *
 * @param field the query parameter or body path, e.g. {@code limit}
 * @param rule the machine-readable rule it broke, e.g. {@code range}
 * @param message what is wrong, in Chinese and English
 */
record FieldError(String field, String rule, LocalizedMessage message) {}
