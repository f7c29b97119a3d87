package org.skilleval.core.rest.internal;

import java.util.List;

/**
 * A request the API refuses for a reason the caller can fix (or wait out). Becomes a problem
 * answer with the given status; nothing has changed when it is thrown.
 */
class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final LocalizedMessage title;
    private final LocalizedMessage detail;
    private final transient List<FieldError> errors;
    private final long retryAfterSeconds;

    ApiException(int status, String slug, LocalizedMessage title, LocalizedMessage detail, List<FieldError> errors) {
        this(status, slug, title, detail, errors, 0);
    }

    /** A refusal to retry after {@code retryAfterSeconds} (sent as {@code Retry-After} when above 0). */
    ApiException(
            int status,
            String slug,
            LocalizedMessage title,
            LocalizedMessage detail,
            List<FieldError> errors,
            long retryAfterSeconds) {
        super(detail.en());
        this.retryAfterSeconds = retryAfterSeconds;
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    static ApiException invalidRequest(List<FieldError> errors) {
        return new ApiException(
                400,
                "invalid-request",
                LocalizedMessage.of("请求参数无效", "Invalid request"),
                LocalizedMessage.of(
                        "请求中有 " + errors.size() + " 处错误，请逐项查看",
                        "The request has " + errors.size() + " invalid field(s); see errors"),
                errors);
    }

    static ApiException serviceUnavailable(LocalizedMessage detail) {
        return new ApiException(
                503, "service-unavailable", LocalizedMessage.of("服务暂不可用", "Service unavailable"), detail, List.of());
    }

    ProblemDetails toProblem() {
        return ProblemDetails.of(status, slug, title, detail, errors);
    }

    int status() {
        return status;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
