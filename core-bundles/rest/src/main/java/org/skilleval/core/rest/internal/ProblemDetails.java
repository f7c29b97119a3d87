package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error answer: RFC 7807 members ({@code type}, {@code title}, {@code status},
 * {@code detail}) in English, their Chinese counterparts, and the fields that were invalid.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ProblemDetails(
        String type,
        String title,
        int status,
        String detail,
        String titleZh,
        String detailZh,
        List<FieldError> errors) {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:skilleval:problem:";

    static ProblemDetails of(
            int status, String slug, LocalizedMessage title, LocalizedMessage detail, List<FieldError> errors) {
        return new ProblemDetails(
                TYPE_PREFIX + slug, title.en(), status, detail.en(), title.zh(), detail.zh(), List.copyOf(errors));
    }
}
