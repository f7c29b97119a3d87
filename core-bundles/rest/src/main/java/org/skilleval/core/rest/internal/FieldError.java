package org.skilleval.core.rest.internal;

import org.skilleval.plugin.api.dto.Violation;

/**
 * One invalid field of a request.
 *
 * @param field the query parameter or body path, e.g. {@code limit}
 * @param rule the machine-readable rule it broke, e.g. {@code range}
 * @param message what is wrong, in Chinese and English
 */
record FieldError(String field, String rule, LocalizedMessage message) {

    /** A violation found by the core or a plugin, as the API reports it. */
    static FieldError of(Violation violation) {
        return new FieldError(
                violation.field(),
                violation.rule(),
                LocalizedMessage.of(
                        violation.message().zh(), violation.message().en()));
    }
}
