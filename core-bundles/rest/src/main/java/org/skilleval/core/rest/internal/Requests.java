package org.skilleval.core.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.ws.rs.core.SecurityContext;
import org.skilleval.core.rules.TextRules;
import org.skilleval.core.security.Caller;

/** The checks every resource makes on what a request carries, each refusal naming the field. */
final class Requests {

    private static final java.util.regex.Pattern ASCII_ID = java.util.regex.Pattern.compile("0*[1-9][0-9]{0,18}");

    private Requests() {}

    /** The signed-in caller; resources reach here only through the role check. */
    static Caller caller(SecurityContext security) {
        return ((CallerPrincipal) security.getUserPrincipal()).caller();
    }

    static void required(List<FieldError> errors, String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            errors.add(new FieldError(field, "required", LocalizedMessage.of("请填写 " + field, field + " is required")));
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ApiException.invalidRequest(errors);
        }
    }

    static long id(String field, String raw) {
        // ASCII digits only: Long.parseLong also reads "+7" and the full-width "７" as 7.
        if (raw != null && ASCII_ID.matcher(raw).matches()) {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException e) {
                // too large: reported below
            }
        }
        throw ApiException.invalidRequest(List.of(new FieldError(
                field,
                "id",
                LocalizedMessage.of(
                        field + " 须为正整数，收到 \"" + TextRules.excerpt(raw) + "\"",
                        field + " must be a positive integer, got \"" + TextRules.excerpt(raw) + "\""))));
    }

    /** A required id in the query, e.g. the {@code roundId} every round-scoped list needs. */
    static long requiredId(String field, String raw) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, field, raw);
        throwIfAny(errors);
        return id(field, raw);
    }

    /** An optional enum query parameter; {@code null} when absent. */
    static <E extends Enum<E>> E optionalEnum(String field, String raw, Class<E> type) {
        return raw == null || raw.isBlank() ? null : enumValue(field, raw, type);
    }

    static int integer(String field, String raw) {
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiException.invalidRequest(List.of(new FieldError(
                    field,
                    "integer",
                    LocalizedMessage.of(
                            field + " 须为整数，收到 \"" + TextRules.excerpt(raw) + "\"",
                            field + " must be an integer, got \"" + TextRules.excerpt(raw) + "\""))));
        }
    }

    static boolean bool(String field, String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidRequest(List.of(new FieldError(
                    field,
                    "boolean",
                    LocalizedMessage.of(field + " 须为 true 或 false", field + " must be true or false"))));
        };
    }

    static <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.invalidRequest(List.of(new FieldError(
                    field,
                    "one-of",
                    LocalizedMessage.of(field + " 须为以下之一：" + allowed, field + " must be one of: " + allowed))));
        }
    }
}
