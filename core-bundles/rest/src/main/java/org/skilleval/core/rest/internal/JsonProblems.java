package org.skilleval.core.rest.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.TextRules;

/**
 * Explains why a request body could not be read, in the client's terms: the path of the field as the
 * client sent it ({@code form.birthDate}, {@code members[2].relation}), what was expected there in
 * plain words, never a Java type, a Jackson feature or the value itself.
 */
final class JsonProblems {

    private static final int MAX_KNOWN_FIELDS_SHOWN = 40;

    private JsonProblems() {}

    static ApiException of(JsonProcessingException exception) {
        // Jackson wraps what the parser refused in the mapping exception of the value it was reading.
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException constraint) {
                return tooLarge(constraint);
            }
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax) {
                return malformed(syntax);
            }
        }
        if (exception instanceof JsonMappingException mapping) {
            return invalid(mapping);
        }
        return malformed(exception);
    }

    private static ApiException malformed(JsonProcessingException exception) {
        LocalizedMessage where = where(exception.getLocation());
        LocalizedMessage what = exception instanceof JsonEOFException
                ? LocalizedMessage.of("请求体不完整，JSON 提前结束", "The request body ends before its JSON is complete")
                : LocalizedMessage.of("请求体不是有效的 JSON" + where.zh(), "The request body is not valid JSON" + where.en());
        return malformed(what, List.of(new FieldError("", "json", what)));
    }

    private static ApiException tooLarge(StreamConstraintsException exception) {
        String message = String.valueOf(exception.getMessage());
        if (message.startsWith("Document length") || message.startsWith("Token count")) {
            return new ApiException(
                    413,
                    "request-too-large",
                    LocalizedMessage.of("请求体过大", "Request body too large"),
                    LocalizedMessage.of(
                            "请求体最多 " + ObjectMapperProvider.MAX_BODY_BYTES / 1024 + " KB",
                            "A request body takes at most " + ObjectMapperProvider.MAX_BODY_BYTES / 1024 + " KB"),
                    List.of());
        }
        LocalizedMessage what;
        String rule;
        if (message.startsWith("Number")) {
            rule = "number-length";
            what = LocalizedMessage.of(
                    "数字过长，最多 " + ObjectMapperProvider.MAX_NUMBER_LENGTH + " 个字符",
                    "A number is too long; at most " + ObjectMapperProvider.MAX_NUMBER_LENGTH + " characters");
        } else if (message.startsWith("String")) {
            // The parser counts any token it buffers against the text limit, a very long number too.
            rule = "value-length";
            what = LocalizedMessage.of(
                    "某项的值过长：文字每项最多 " + ObjectMapperProvider.MAX_TEXT_LENGTH + " 个字符，数字最多 "
                            + ObjectMapperProvider.MAX_NUMBER_LENGTH + " 个字符",
                    "A value is too long: a text takes at most " + ObjectMapperProvider.MAX_TEXT_LENGTH
                            + " characters, a number at most " + ObjectMapperProvider.MAX_NUMBER_LENGTH);
        } else if (message.startsWith("Document nesting")) {
            rule = "nesting-depth";
            what = LocalizedMessage.of(
                    "JSON 嵌套过深，最多 " + ObjectMapperProvider.MAX_NESTING_DEPTH + " 层",
                    "The JSON is nested too deeply; at most " + ObjectMapperProvider.MAX_NESTING_DEPTH + " levels");
        } else {
            rule = "name-length";
            what = LocalizedMessage.of("字段名过长", "A field name is too long");
        }
        LocalizedMessage where = where(exception.getLocation());
        return malformed(
                LocalizedMessage.of(what.zh() + where.zh(), what.en() + where.en()),
                List.of(new FieldError("", rule, what)));
    }

    private static ApiException invalid(JsonMappingException exception) {
        String field = path(exception);
        if (exception instanceof RefusedValueException refused) {
            return ApiException.invalidRequest(List.of(new FieldError(field, refused.rule(), refused.refusal())));
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null
                    ? ""
                    : unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .limit(MAX_KNOWN_FIELDS_SHOWN)
                            .collect(Collectors.joining(", "));
            return ApiException.invalidRequest(List.of(new FieldError(
                    field,
                    "unknown-field",
                    LocalizedMessage.of(
                            "不认识此字段" + (known.isEmpty() ? "" : "；可用字段：" + known),
                            "Unknown field" + (known.isEmpty() ? "" : "; known fields: " + known)))));
        }
        if (exception instanceof ValueInstantiationException
                && exception.getCause() instanceof RuleViolationException rule) {
            return ApiException.invalidRequest(List.of(
                    new FieldError(field, rule.rule(), LocalizedMessage.of(rule.messageZh(), rule.messageEn()))));
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            if (field.isEmpty()
                    && mismatch.getMessage() != null
                    && mismatch.getMessage().startsWith("No content")) {
                LocalizedMessage empty =
                        LocalizedMessage.of("请求体为空，须为 JSON 对象", "The request body is empty; send a JSON object");
                return malformed(empty, List.of(new FieldError("", "required", empty)));
            }
            LocalizedMessage expected = expected(mismatch.getTargetType());
            return ApiException.invalidRequest(List.of(new FieldError(
                    field,
                    "type",
                    LocalizedMessage.of(
                            "格式不对" + (exception instanceof InvalidFormatException ? "" : "或类型不符") + "，须为"
                                    + expected.zh(),
                            "Wrong " + (exception instanceof InvalidFormatException ? "format" : "type") + "; expected "
                                    + expected.en()))));
        }
        return ApiException.invalidRequest(List.of(
                new FieldError(field, "invalid", LocalizedMessage.of("此项的值无效", "This value is not valid here"))));
    }

    private static ApiException malformed(LocalizedMessage detail, List<FieldError> errors) {
        return new ApiException(
                400,
                "malformed-json",
                LocalizedMessage.of("请求体不是有效的 JSON", "The request body is not valid JSON"),
                detail,
                errors);
    }

    /** The path of the value as the client sent it, e.g. {@code form.educationAndCareer[1].from}. */
    static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(TextRules.excerpt(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static LocalizedMessage where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return LocalizedMessage.of("", "");
        }
        return LocalizedMessage.of(
                "（第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列附近）",
                " (near line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
    }

    /** What a value of a type looks like, in plain words. */
    private static LocalizedMessage expected(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return LocalizedMessage.of("文字（加引号）", "text in quotes");
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return LocalizedMessage.of("整数，例如 3", "a whole number such as 3");
        }
        if (type == BigDecimal.class
                || type == Double.class
                || type == double.class
                || type == Float.class
                || type == float.class) {
            return LocalizedMessage.of("数字，例如 85.5", "a number such as 85.5");
        }
        if (type == Boolean.class || type == boolean.class) {
            return LocalizedMessage.of("true 或 false", "true or false");
        }
        if (type == LocalDate.class) {
            return LocalizedMessage.of("日期，格式如 2026-03-01", "a date such as 2026-03-01");
        }
        if (type == YearMonth.class) {
            return LocalizedMessage.of("年月，格式如 2026-03", "a year and month such as 2026-03");
        }
        if (type == Year.class) {
            return LocalizedMessage.of("年份，例如 2026", "a year such as 2026");
        }
        if (type == Instant.class) {
            return LocalizedMessage.of("时间，格式如 2026-03-01T08:00:00Z", "a time such as 2026-03-01T08:00:00Z");
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants())
                    .map(value -> ((Enum<?>) value).name())
                    .collect(Collectors.joining(", "));
            return LocalizedMessage.of("以下之一：" + values, "one of: " + values);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return LocalizedMessage.of("数组，例如 [ ... ]", "a list such as [ ... ]");
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return LocalizedMessage.of("对象，例如 { ... }", "an object such as { ... }");
        }
        return LocalizedMessage.of("其他类型的值", "a value of another type");
    }
}
