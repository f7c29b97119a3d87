package org.skilleval.plugin.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

/**
 * A scheme, its configuration and one result per method of the plan, ready to {@link #run()}.
 * Built by {@link PluginTrial#scheme}; each call adds to it and returns it.
 */
public final class SchemeTrial {

    private final ScoringScheme scheme;
    private final Map<String, String> configuration = new LinkedHashMap<>();
    private final List<MethodResult> results = new ArrayList<>();

    SchemeTrial(ScoringScheme scheme) {
        this.scheme = scheme;
    }

    /** Sets one configuration key, as the work plan would. */
    public SchemeTrial with(String key, String value) {
        configuration.put(key, value);
        return this;
    }

    /** Sets configuration keys from alternating keys and values. */
    public SchemeTrial with(String... keysAndValues) {
        configuration.putAll(PluginTrial.pairs(keysAndValues));
        return this;
    }

    /** Adds the result of a method run on the panel's sheets. @throws AssertionError when it gave none */
    public SchemeTrial result(MethodOutcome method) {
        return result(method.requireResult());
    }

    /** Adds one method's result. */
    public SchemeTrial result(MethodResult result) {
        results.add(result);
        return this;
    }

    /**
     * Adds a result without item scores, reasons or expert totals: {@code result("oral-defense",
     * "80", "100")}.
     */
    public SchemeTrial result(String methodId, String score, String maxScore) {
        return result(new MethodResult(
                methodId, new BigDecimal(score), new BigDecimal(maxScore), Map.of(), false, List.of(), Map.of()));
    }

    /** Adds a result that its method vetoed (一票否决), otherwise as {@link #result(String, String, String)}. */
    public SchemeTrial vetoedResult(String methodId, String score, String maxScore) {
        return result(new MethodResult(
                methodId,
                new BigDecimal(score),
                new BigDecimal(maxScore),
                Map.of(),
                true,
                List.of(LocalizedText.of("一票否决", "vetoed")),
                Map.of()));
    }

    /**
     * Runs the scheme as the platform does: {@code validateConfiguration} for the methods the
     * results name (violations under {@code configuration.}), then, when it found nothing, {@code
     * combine} (a refusal comes back as its violations).
     *
     * @throws AssertionError when the scheme answers what the platform would refuse as {@code
     *     plugin-failed}: nothing, or a total outside its declared {@code maxTotal}
     */
    public SchemeOutcome run() {
        Parameters parameters = Parameters.of(configuration);
        Set<String> methodIds = new LinkedHashSet<>();
        results.forEach(r -> methodIds.add(r.methodId()));
        List<Violation> violations = new ArrayList<>();
        try {
            List<Violation> found = scheme.validateConfiguration(parameters, Set.copyOf(methodIds));
            Contract.require(found != null, scheme.id(), "validateConfiguration returned nothing");
            Contract.prefixed("configuration.", found, violations);
        } catch (InvalidInputException invalid) {
            Contract.prefixed("configuration.", invalid.violations(), violations);
        }
        if (!violations.isEmpty()) {
            return new SchemeOutcome(scheme.id(), configuration, violations, null, null);
        }
        FinalResult result;
        BigDecimal maxTotal;
        try {
            result = scheme.combine(List.copyOf(results), parameters);
            maxTotal = scheme.maxTotal(parameters);
        } catch (InvalidInputException invalid) {
            return new SchemeOutcome(scheme.id(), configuration, invalid.violations(), null, null);
        }
        String id = scheme.id();
        Contract.require(result != null, id, "combine returned nothing");
        Contract.require(maxTotal != null && maxTotal.signum() > 0, id, "it declares no positive maxTotal");
        Contract.require(
                result.total().compareTo(maxTotal) <= 0,
                id,
                "its total " + result.total() + " lies outside its declared scale [0, " + maxTotal + "]");
        return new SchemeOutcome(id, configuration, List.of(), result, maxTotal);
    }
}
