package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of every error answer: RFC 7807 members ({@code type}, {@code title}, {@code status},
 * {@code detail}) in English, their Chinese counterparts, the fields that were invalid, and for an
 * unexpected error the incident id under which the server logged it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ProblemDetails(
        String type,
        String title,
        int status,
        String detail,
        String titleZh,
        String detailZh,
        List<FieldError> errors,
        String incidentId) {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:skilleval:problem:";

    /** No error body is larger than this, in bytes of JSON. */
    static final int MAX_BYTES = 64 * 1024;

    static final int MAX_TEXT = 2000;
    static final int MAX_ERRORS = 100;
    static final int MAX_FIELD = 200;
    static final int MAX_RULE = 64;
    static final int MAX_MESSAGE = 1000;

    private static final ObjectMapper MEASURE = new ObjectMapper();

    static ProblemDetails of(
            int status, String slug, LocalizedMessage title, LocalizedMessage detail, List<FieldError> errors) {
        return new ProblemDetails(
                TYPE_PREFIX + slug,
                title.en(),
                status,
                detail.en(),
                title.zh(),
                detail.zh(),
                List.copyOf(errors),
                null);
    }

    ProblemDetails withIncident(String incident) {
        return new ProblemDetails(type, title, status, detail, titleZh, detailZh, errors, incident);
    }

    /**
     * This problem cut down to at most {@link #MAX_BYTES} of JSON, whatever it was built from: texts
     * cut (with {@code …}), at most {@link #MAX_ERRORS} field errors, and fewer if the body would
     * still be too large. A client that sends a megabyte never gets a megabyte back.
     */
    ProblemDetails bounded() {
        List<FieldError> kept = new ArrayList<>();
        for (FieldError error : errors.subList(0, Math.min(errors.size(), MAX_ERRORS))) {
            kept.add(new FieldError(
                    cut(error.field(), MAX_FIELD),
                    cut(error.rule(), MAX_RULE),
                    error.message() == null
                            ? null
                            : LocalizedMessage.of(
                                    cut(error.message().zh(), MAX_MESSAGE),
                                    cut(error.message().en(), MAX_MESSAGE))));
        }
        ProblemDetails bounded = new ProblemDetails(
                cut(type, MAX_TEXT),
                cut(title, MAX_TEXT),
                status,
                cut(detail, MAX_TEXT),
                cut(titleZh, MAX_TEXT),
                cut(detailZh, MAX_TEXT),
                kept,
                incidentId);
        while (size(bounded) > MAX_BYTES && !bounded.errors.isEmpty()) {
            List<FieldError> fewer = bounded.errors.subList(0, bounded.errors.size() / 2);
            bounded = new ProblemDetails(
                    bounded.type,
                    bounded.title,
                    status,
                    bounded.detail,
                    bounded.titleZh,
                    bounded.detailZh,
                    List.copyOf(fewer),
                    incidentId);
        }
        return bounded;
    }

    static int size(ProblemDetails problem) {
        try {
            return MEASURE.writeValueAsBytes(problem).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body is always serialisable", e);
        }
    }

    private static String cut(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
