package org.skilleval.plugin.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

/**
 * What a {@link MethodTrial} gave: the method's result, or every rule the configuration and the
 * sheets broke.
 *
 * @param methodId the method's id
 * @param configuration the configuration it ran with, as given (its defaults not filled in)
 * @param violations every rule broken, with field paths; empty when there is a result
 * @param result the method's result; {@code null} when there are violations
 */
public record MethodOutcome(
        String methodId, Map<String, String> configuration, List<Violation> violations, MethodResult result) {

    public MethodOutcome {
        configuration = Map.copyOf(configuration);
        violations = List.copyOf(violations);
    }

    /** Whether the input broke none of the method's rules, so that it gave a result. */
    public boolean valid() {
        return result != null;
    }

    /** The method's result. @throws AssertionError listing the violations when there is none */
    public MethodResult requireResult() {
        if (result == null) {
            throw new AssertionError(methodId + " gave no result; it found: " + Contract.describe(violations));
        }
        return result;
    }

    /** The method's score. @throws AssertionError when it gave no result */
    public BigDecimal score() {
        return requireResult().score();
    }

    /** Each expert's own total, by expert id. @throws AssertionError when it gave no result */
    public Map<String, BigDecimal> expertTotals() {
        return requireResult().expertTotals();
    }

    /** One expert's own total. @throws AssertionError when it gave no result or none for this expert */
    public BigDecimal expertTotal(String expertId) {
        BigDecimal total = expertTotals().get(expertId);
        if (total == null) {
            throw new AssertionError(methodId + " reports no total for expert " + expertId + ": " + expertTotals());
        }
        return total;
    }

    /** The fields of the violations, in order: {@code configuration.minExperts}, {@code sheets[e1].points.theory}. */
    public List<String> fields() {
        return violations.stream().map(Violation::field).toList();
    }

    /** The rules of the violations, in order: {@code range}, {@code min-experts}. */
    public List<String> rules() {
        return violations.stream().map(Violation::rule).toList();
    }
}
