package org.skilleval.plugin.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/**
 * What a {@link SchemeTrial} gave: the scheme's verdict, or every rule the configuration and the
 * results broke.
 *
 * @param schemeId the scheme's id
 * @param configuration the configuration it ran with, as given
 * @param violations every rule broken, with field paths; empty when there is a verdict
 * @param result the verdict; {@code null} when there are violations
 * @param maxTotal the scale the scheme declared for this configuration; {@code null} without a verdict
 */
public record SchemeOutcome(
        String schemeId,
        Map<String, String> configuration,
        List<Violation> violations,
        FinalResult result,
        BigDecimal maxTotal) {

    public SchemeOutcome {
        configuration = Map.copyOf(configuration);
        violations = List.copyOf(violations);
    }

    /** Whether the input broke none of the scheme's rules, so that it gave a verdict. */
    public boolean valid() {
        return result != null;
    }

    /** The verdict. @throws AssertionError listing the violations when there is none */
    public FinalResult requireResult() {
        if (result == null) {
            throw new AssertionError(schemeId + " gave no verdict; it found: " + Contract.describe(violations));
        }
        return result;
    }

    /** The combined total. @throws AssertionError when there is no verdict */
    public BigDecimal total() {
        return requireResult().total();
    }

    /** Whether the candidate passes. @throws AssertionError when there is no verdict */
    public boolean passed() {
        return requireResult().passed();
    }

    /** The reasons for a person. @throws AssertionError when there is no verdict */
    public List<LocalizedText> reasons() {
        return requireResult().reasons();
    }

    /** The fields of the violations, in order. */
    public List<String> fields() {
        return violations.stream().map(Violation::field).toList();
    }

    /** The rules of the violations, in order. */
    public List<String> rules() {
        return violations.stream().map(Violation::rule).toList();
    }
}
