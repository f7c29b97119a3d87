package org.skilleval.plugin.api;

import java.util.List;
import java.util.stream.Collectors;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/**
 * Thrown by a plugin when its input (a score sheet, a configuration) breaks its rules. The core
 * turns it into a 4xx answer that lists the violations; it never means the plugin is broken.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /** @param violations what is wrong; at least one */
    public InvalidInputException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An InvalidInputException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** One violation of one rule by one field. */
    public InvalidInputException(String field, String rule, LocalizedText message) {
        this(List.of(new Violation(field, rule, message)));
    }

    /** Throws when {@code violations} is not empty. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** What is wrong, in the order found. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * A bounded description for logs: the first few violations, each cut short, so that a plugin
     * echoing a huge input in its messages cannot make the exception itself huge.
     */
    private static String describe(List<Violation> violations) {
        String shown = violations.stream()
                .limit(DESCRIBED)
                .map(v -> cut(v.field() + ": " + v.message().en()))
                .collect(Collectors.joining("; "));
        return violations.size() > DESCRIBED ? shown + "; and " + (violations.size() - DESCRIBED) + " more" : shown;
    }

    private static final int DESCRIBED = 10;
    private static final int DESCRIBED_LENGTH = 200;

    private static String cut(String text) {
        return text.length() <= DESCRIBED_LENGTH ? text : text.substring(0, DESCRIBED_LENGTH) + "…";
    }
}
