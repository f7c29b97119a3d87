package org.skilleval.core.rest.internal;

import java.util.ArrayList;
import java.util.List;
import org.skilleval.core.rules.TextRules;

/**
 * The {@code offset} and {@code limit} query parameters of a list, checked: a list is always
 * paged on the server, and a page never holds more than {@value #MAX_LIMIT} items.
 */
record Paging(int offset, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    static Paging of(String offsetParameter, String limitParameter) {
        List<FieldError> errors = new ArrayList<>();
        int offset = parse("offset", offsetParameter, 0, 0, Integer.MAX_VALUE, errors);
        int limit = parse("limit", limitParameter, DEFAULT_LIMIT, 1, MAX_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalidRequest(errors);
        }
        return new Paging(offset, limit);
    }

    private static int parse(String name, String raw, int defaultValue, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like any other out-of-range value
        }
        errors.add(new FieldError(
                name,
                "range",
                LocalizedMessage.of(
                        name + " 须为 " + min + " 到 " + max + " 之间的整数，收到 \"" + TextRules.excerpt(raw) + "\"",
                        name + " must be an integer from " + min + " to " + max + ", got \"" + TextRules.excerpt(raw)
                                + "\"")));
        return defaultValue;
    }
}
