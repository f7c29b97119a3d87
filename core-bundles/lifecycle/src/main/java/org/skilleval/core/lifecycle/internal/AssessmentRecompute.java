package org.skilleval.core.lifecycle.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AssessmentResultRecord.MethodOutcome;
import org.skilleval.core.domain.AssessmentResultRecord.Provenance;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.lifecycle.RecomputeOutcome;
import org.skilleval.core.persistence.AssessmentResultStore;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.pluginhost.PluginComputation;
import org.skilleval.core.pluginhost.PluginFingerprints;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

/**
 * The province's check of a stored result: the same inputs through the same pinned plugin
 * versions again, and every difference named (total, verdict, method results, provenance).
 */
@Component(service = AssessmentRecompute.class)
public class AssessmentRecompute {

    private final AssessmentResultStore results;
    private final PluginCalls plugins;
    private final Clock clock;

    @Activate
    public AssessmentRecompute(
            @Reference Today today, @Reference AssessmentResultStore results, @Reference PluginCalls plugins) {
        this(results, plugins, today.clock());
    }

    AssessmentRecompute(AssessmentResultStore results, PluginCalls plugins, Clock clock) {
        this.results = results;
        this.plugins = plugins;
        this.clock = clock;
    }

    public RecomputeOutcome recompute(Caller caller, long applicationId) {
        caller.requireAny(Role.PROVINCE);
        AssessmentResultRecord stored = results.findByApplication(applicationId)
                .orElseThrow(() -> NotFoundException.described(
                        "AssessmentResult", "申报表 " + applicationId + " 的", "of application " + applicationId));
        List<String> differences = new ArrayList<>();
        if (!PluginFingerprints.inputsSha256(stored.inputs()).equals(stored.inputsSha256())) {
            differences.add("stored inputs no longer match their SHA-256");
        }
        List<PluginChoice> methods = new ArrayList<>();
        PluginChoice scheme = null;
        for (Provenance p : stored.provenance()) {
            if (!PluginFingerprints.configurationSha256(p.configuration()).equals(p.configurationSha256())) {
                differences.add("stored configuration of " + p.pluginId() + " no longer matches its SHA-256");
            }
            PluginChoice choice = new PluginChoice(p.pluginId(), p.configuration(), p.bundleVersion());
            if (PluginKind.SCORING_SCHEME.name().equals(p.kind())) {
                scheme = choice;
            } else {
                methods.add(choice);
            }
        }
        if (scheme == null) {
            throw new IllegalStateException("Result " + stored.id() + " records no scoring scheme");
        }
        PluginComputation computed = plugins.compute(methods, scheme, stored.inputs());
        AssessmentResultRecord recomputed = new AssessmentResultRecord(
                stored.id(),
                stored.version(),
                stored.applicationId(),
                stored.roundId(),
                stored.participationId(),
                stored.creditCode(),
                stored.cityCode(),
                computed.total(),
                computed.passed(),
                computed.reasons(),
                computed.methods(),
                computed.provenance(),
                stored.inputs(),
                PluginFingerprints.inputsSha256(stored.inputs()),
                clock.instant(),
                caller.username());
        differences.addAll(differences(stored, recomputed));
        boolean identical = differences.isEmpty();
        results.recordRecompute(
                stored.id(),
                identical ? "identical" : "differs: " + String.join("; ", differences),
                AssessmentContexts.actor(caller, Role.PROVINCE));
        return new RecomputeOutcome(identical, stored, recomputed, differences);
    }

    private static List<String> differences(AssessmentResultRecord stored, AssessmentResultRecord recomputed) {
        List<String> differences = new ArrayList<>();
        if (stored.total().compareTo(recomputed.total()) != 0) {
            differences.add("total " + PluginFingerprints.plain(stored.total()) + " -> "
                    + PluginFingerprints.plain(recomputed.total()));
        }
        if (stored.passed() != recomputed.passed()) {
            differences.add("passed " + stored.passed() + " -> " + recomputed.passed());
        }
        if (!stored.reasons().equals(recomputed.reasons())) {
            differences.add("reasons");
        }
        if (!canonical(stored.methods()).equals(canonical(recomputed.methods()))) {
            differences.add("method results");
        }
        // Named per method, so that a result stored before expert totals were recorded reads as
        // such and not as a changed score.
        Map<String, Map<String, BigDecimal>> storedTotals = new HashMap<>();
        stored.methods().forEach(m -> storedTotals.put(m.methodId(), m.expertTotals()));
        for (MethodOutcome method : recomputed.methods()) {
            Map<String, BigDecimal> before = storedTotals.getOrDefault(method.methodId(), Map.of());
            if (!plainTotals(before).equals(plainTotals(method.expertTotals()))) {
                differences.add("expert totals of " + method.methodId()
                        + (before.isEmpty() ? " (none stored)" : "")
                        + (method.expertTotals().isEmpty() ? " (none recomputed)" : ""));
            }
        }
        if (!stored.provenance().equals(recomputed.provenance())) {
            differences.add("provenance");
        }
        return differences;
    }

    private static Map<String, String> plainTotals(Map<String, BigDecimal> totals) {
        Map<String, String> plain = new TreeMap<>();
        totals.forEach((expert, total) -> plain.put(expert, PluginFingerprints.plain(total)));
        return plain;
    }

    private static List<String> canonical(List<MethodOutcome> outcomes) {
        return outcomes.stream()
                .map(o -> o.methodId() + "|" + PluginFingerprints.plain(o.score()) + "|"
                        + PluginFingerprints.plain(o.maxScore()) + "|"
                        + o.itemScores().entrySet().stream()
                                .map(e -> e.getKey() + "=" + PluginFingerprints.plain(e.getValue()))
                                .collect(Collectors.joining(","))
                        + "|" + o.vetoed() + "|" + o.reasons())
                .toList();
    }
}
