package org.skilleval.core.pluginhost.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.pluginhost.PinMigrations;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.pluginhost.PluginComputation;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.ShadowEvaluation;
import org.skilleval.core.pluginhost.ShadowEvaluation.CandidateShadow;
import org.skilleval.core.pluginhost.ShadowEvaluation.Outcome;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.plugin.api.dto.LocalizedText;

/** The shadow evaluation of a pin's move, on the plugin host's guarded calls. */
@Component(service = PinMigrations.class)
public class ShadowPinMigrations implements PinMigrations {

    private final PluginRegistry registry;
    private final PluginCalls calls;

    @Activate
    public ShadowPinMigrations(@Reference PluginRegistry registry, @Reference PluginCalls calls) {
        this.registry = registry;
        this.calls = calls;
    }

    @Override
    public PluginDescriptor target(PluginKind kind, PluginChoice pinned, String toVersion) {
        String pluginId = pinned.pluginId();
        Version target;
        try {
            target = Version.parseVersion(toVersion.strip());
        } catch (IllegalArgumentException malformed) {
            throw new RuleViolationException(
                    "toVersion", "format", "版本号格式无效：" + toVersion, "Not a version: " + toVersion);
        }
        if (sameVersion(pinned.pinnedVersion(), target)) {
            throw new RuleViolationException(
                    "toVersion",
                    "same-version",
                    "工作方案已锁定插件 " + pluginId + " 的版本 " + pinned.pinnedVersion(),
                    "The work plan pins version " + pinned.pinnedVersion() + " of " + pluginId + " already");
        }
        return registry.describe(kind, pluginId, target.toString())
                // The caller named a version that is not there: their input, not a plugin's fault.
                .orElseThrow(() -> new RuleViolationException(
                        "toVersion",
                        "plugin-unavailable",
                        "插件 " + pluginId + " 的版本 " + toVersion + " 未安装或不可用",
                        "Version " + toVersion + " of the plugin " + pluginId + " is not installed or not available"));
    }

    @Override
    public ShadowEvaluation shadow(
            long planId,
            List<PluginChoice> methods,
            PluginChoice scheme,
            String pluginId,
            String toVersion,
            List<Candidate> candidates,
            int incomplete) {
        List<PluginChoice> migratedMethods = methods.stream()
                .map(m -> m.pluginId().equals(pluginId) ? m.pinnedTo(toVersion) : m)
                .toList();
        PluginChoice migratedScheme =
                scheme != null && scheme.pluginId().equals(pluginId) ? scheme.pinnedTo(toVersion) : scheme;
        String fromVersion = (scheme != null && scheme.pluginId().equals(pluginId)
                        ? Optional.of(scheme)
                        : methods.stream()
                                .filter(m -> m.pluginId().equals(pluginId))
                                .findFirst())
                .map(PluginChoice::pinnedVersion)
                .orElse(null);
        List<CandidateShadow> rows = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Computed before = compute(methods, scheme, candidate.sheets());
            Computed after = compute(migratedMethods, migratedScheme, candidate.sheets());
            rows.add(new CandidateShadow(
                    candidate.applicationId(),
                    candidate.name(),
                    candidate.maskedIdNumber(),
                    candidate.occupation(),
                    candidate.inputs(),
                    before.outcome(),
                    after.outcome(),
                    null,
                    null,
                    null,
                    before.computation().isPresent() && after.computation().isPresent()
                            ? ShadowExplanation.why(
                                    before.computation().get(),
                                    after.computation().get())
                            : List.of()));
        }
        List<CandidateShadow> ranked = ranked(rows);
        return new ShadowEvaluation(planId, pluginId, fromVersion, toVersion, ranked, summary(ranked, incomplete));
    }

    /** A shadow result, and the computation behind it when there is one. */
    private record Computed(Outcome outcome, Optional<PluginComputation> computation) {}

    private Computed compute(List<PluginChoice> methods, PluginChoice scheme, List<SheetInput> inputs) {
        try {
            PluginComputation computed = calls.compute(methods, scheme, inputs);
            return new Computed(new Outcome(computed.total(), computed.passed(), null, null), Optional.of(computed));
        } catch (RuleViolationException refused) {
            return new Computed(
                    new Outcome(null, null, refused.rule(), LocalizedText.of(refused.messageZh(), refused.messageEn())),
                    Optional.empty());
        }
    }

    /** The rows with their ranks, ordered by the new rank, rows without one last. */
    private static List<CandidateShadow> ranked(List<CandidateShadow> rows) {
        Map<Long, Integer> before = ranks(rows, CandidateShadow::before);
        Map<Long, Integer> after = ranks(rows, CandidateShadow::after);
        return rows.stream()
                .map(r -> r.ranked(before.get(r.applicationId()), after.get(r.applicationId())))
                .sorted(Comparator.comparing(
                                CandidateShadow::rankAfter, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(CandidateShadow::applicationId))
                .toList();
    }

    /** Competition ranking by total, highest first: equal totals share a rank, the next skips. */
    private static Map<Long, Integer> ranks(List<CandidateShadow> rows, Function<CandidateShadow, Outcome> side) {
        List<CandidateShadow> computed = rows.stream()
                .filter(r -> side.apply(r).computed())
                .sorted(Comparator.comparing(
                                (CandidateShadow r) -> side.apply(r).total())
                        .reversed())
                .toList();
        Map<Long, Integer> ranks = new HashMap<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < computed.size(); i++) {
            BigDecimal total = side.apply(computed.get(i)).total();
            if (previous == null || total.compareTo(previous) != 0) {
                rank = i + 1;
                previous = total;
            }
            ranks.put(computed.get(i).applicationId(), rank);
        }
        return ranks;
    }

    private static ShadowEvaluation.Summary summary(List<CandidateShadow> rows, int incomplete) {
        int failed = 0;
        int nowPassing = 0;
        int nowFailing = 0;
        int totalChanged = 0;
        int rankChanged = 0;
        for (CandidateShadow row : rows) {
            if (!row.before().computed() || !row.after().computed()) {
                failed++;
                continue;
            }
            if (!row.before().passed() && row.after().passed()) {
                nowPassing++;
            }
            if (row.before().passed() && !row.after().passed()) {
                nowFailing++;
            }
            if (row.before().total().compareTo(row.after().total()) != 0) {
                totalChanged++;
            }
            if (row.rankMovement() != null && row.rankMovement() != 0) {
                rankChanged++;
            }
        }
        return new ShadowEvaluation.Summary(
                rows.size(), incomplete, failed, nowPassing, nowFailing, totalChanged, rankChanged);
    }

    private static boolean sameVersion(String pinned, Version target) {
        try {
            return Version.parseVersion(pinned).equals(target);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
