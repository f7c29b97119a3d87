package org.skilleval.core.lifecycle.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.lifecycle.PluginTrialService;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.pluginhost.PinnedPlugin;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginFingerprints;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.pluginhost.ResultScale;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;

/**
 * Trial runs through the platform's one way of calling plugin code ({@link PluginCalls} of the
 * plugin host): the same threads, timeout and checks of the answer as a round. It writes
 * nothing, not even an audit event: a trial changes nothing a person relies on, like a read, and the
 * sample sheets are the caller's own made-up data.
 */
@Component(service = PluginTrialService.class)
public class PluginTrialServiceImpl implements PluginTrialService {

    private final PluginRegistry registry;
    private final ParticipationStore participations;
    private final PluginCalls runs;

    @Activate
    public PluginTrialServiceImpl(
            @Reference PluginRegistry registry,
            @Reference ParticipationStore participations,
            @Reference PluginCalls runs) {
        this.registry = registry;
        this.participations = participations;
        this.runs = runs;
    }

    @Override
    public Trial tryMethod(
            Caller caller,
            String pluginId,
            String version,
            Map<String, String> configuration,
            List<ScoreSheet> sheets) {
        PluginDescriptor descriptor = find(caller, PluginKind.ASSESSMENT_METHOD, pluginId, version);
        PinnedPlugin<AssessmentMethod> method =
                runs.method(new PluginChoice(pluginId, configuration, descriptor.bundleVersion()));
        AssessmentMethod plugin = method.plugin();
        Map<String, String> effective = effective(method, plugin::parameters, configuration);

        List<Violation> violations = new ArrayList<>();
        ResultScale scale = null;
        try {
            scale = runs.callRefusing(method, "configuration", () -> ResultScale.of(plugin, method.parameters()));
        } catch (InvalidInputException invalid) {
            violations.addAll(prefixed("configuration.", invalid.violations()));
        }
        if (scale != null) {
            try {
                violations.addAll(runs.callRefusing(method, "sheets", () -> validated(plugin, method, sheets)));
            } catch (InvalidInputException invalid) {
                violations.addAll(invalid.violations());
            }
        }
        if (!violations.isEmpty()) {
            return new Trial(descriptor, effective, violations, null, null, null);
        }
        MethodResult result;
        try {
            result = runs.callRefusing(
                    method, "result", () -> plugin.evaluate(List.copyOf(sheets), method.parameters()));
        } catch (InvalidInputException invalid) {
            return new Trial(descriptor, effective, invalid.violations(), null, null, null);
        }
        runs.requireInRange(method, "result", result, scale);
        return new Trial(descriptor, effective, List.of(), result, null, null);
    }

    @Override
    public Trial tryScheme(
            Caller caller,
            String pluginId,
            String version,
            Map<String, String> configuration,
            List<MethodResult> results) {
        PluginDescriptor descriptor = find(caller, PluginKind.SCORING_SCHEME, pluginId, version);
        PinnedPlugin<ScoringScheme> scheme =
                runs.scheme(new PluginChoice(pluginId, configuration, descriptor.bundleVersion()));
        ScoringScheme plugin = scheme.plugin();
        Map<String, String> effective = effective(scheme, plugin::parameters, configuration);
        Set<String> methodIds = new LinkedHashSet<>();
        results.forEach(r -> methodIds.add(r.methodId()));

        List<Violation> violations = new ArrayList<>();
        try {
            violations.addAll(prefixed(
                    "configuration.",
                    runs.callRefusing(
                            scheme,
                            "configuration",
                            () -> plugin.validateConfiguration(scheme.parameters(), Set.copyOf(methodIds)))));
        } catch (InvalidInputException invalid) {
            violations.addAll(prefixed("configuration.", invalid.violations()));
        }
        if (!violations.isEmpty()) {
            return new Trial(descriptor, effective, violations, null, null, null);
        }
        Combined combined;
        try {
            combined = runs.callRefusing(scheme, "scheme", () -> {
                FinalResult result = plugin.combine(List.copyOf(results), scheme.parameters());
                return result == null ? null : new Combined(result, plugin.maxTotal(scheme.parameters()));
            });
        } catch (InvalidInputException invalid) {
            return new Trial(descriptor, effective, invalid.violations(), null, null, null);
        }
        runs.requireInRange(scheme, combined.result(), new ResultScale(combined.maxTotal(), Map.of()));
        return new Trial(descriptor, effective, List.of(), null, combined.result(), combined.maxTotal());
    }

    private record Combined(FinalResult result, BigDecimal maxTotal) {}

    /** Every sheet checked by the method, each violation's field under {@code sheets[<expert>].}; {@code null} when the method answered nothing. */
    private static List<Violation> validated(AssessmentMethod plugin, PinnedPlugin<?> method, List<ScoreSheet> sheets) {
        List<Violation> all = new ArrayList<>();
        for (ScoreSheet sheet : sheets) {
            List<Violation> found = plugin.validate(sheet, method.parameters());
            if (found == null) {
                return null;
            }
            all.addAll(prefixed("sheets[" + sheet.expertId() + "].", found));
        }
        return all;
    }

    /** The configuration given plus the plugin's defaults, as a round records it. */
    private Map<String, String> effective(
            PinnedPlugin<?> pinned, Supplier<List<ParameterSpec>> parameters, Map<String, String> configuration) {
        return PluginFingerprints.effectiveConfiguration(configuration, runs.call(pinned, "configuration", parameters));
    }

    /**
     * The version of the plugin to run, among the active ones the caller may try.
     *
     * @throws NotFoundException when the caller may try no such plugin or version
     * @throws RuleViolationException rule {@code plugin-kind} when the id is a plugin of the other kind
     */
    private PluginDescriptor find(Caller caller, PluginKind kind, String pluginId, String version) {
        caller.requireAny(Role.PROVINCE, Role.CITY, Role.ENTERPRISE, Role.PLUGIN_DEVELOPER);
        List<PluginDescriptor> tryable = registry.plugins().stream()
                .filter(d -> d.id().equals(pluginId) && d.state() == PluginState.ACTIVE)
                .filter(d -> mayTry(caller, d))
                .toList();
        List<PluginDescriptor> ofKind =
                tryable.stream().filter(d -> d.kind() == kind).toList();
        if (ofKind.isEmpty() && !tryable.isEmpty()) {
            boolean method = kind == PluginKind.ASSESSMENT_METHOD;
            throw new RuleViolationException(
                    method ? "sheets" : "results",
                    "plugin-kind",
                    pluginId + (method ? " 是评分办法，请提交各评审方式的结果，而非评分表" : " 是评审方式，请提交评委的评分表，而非评审结果"),
                    pluginId
                            + (method
                                    ? " is a scoring scheme: send the methods' results, not score sheets"
                                    : " is an assessment method: send the experts' score sheets, not results"));
        }
        if (version == null || version.isBlank()) {
            return ofKind.stream()
                    .max(Comparator.comparing(d -> Version.parseVersion(d.bundleVersion())))
                    .orElseThrow(() -> new NotFoundException("Plugin", pluginId));
        }
        Version wanted;
        try {
            wanted = Version.parseVersion(version.strip());
        } catch (IllegalArgumentException malformed) {
            throw new RuleViolationException(
                    "version",
                    "version",
                    "版本号 " + version + " 格式无效，应形如 1.2.0",
                    "the version " + version + " is malformed; write it like 1.2.0");
        }
        return ofKind.stream()
                .filter(d -> Version.parseVersion(d.bundleVersion()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Plugin", pluginId + " " + wanted));
    }

    /**
     * The province tries any plugin; a city the province's plugins, its own extensions and its
     * enterprises' plugins; an enterprise (its HR or plugin developer) the province's plugins, its
     * city's extensions and its own.
     */
    private boolean mayTry(Caller caller, PluginDescriptor plugin) {
        if (caller.has(Role.PROVINCE)) {
            return true;
        }
        if (caller.has(Role.CITY)) {
            if (plugin.isEnterprisePlugin()) {
                return participations
                        .cityOf(plugin.enterprise())
                        .map(caller.city()::equals)
                        .orElse(false);
            }
            return !plugin.isCityExtension() || plugin.declares(caller.city());
        }
        String owner = caller.pluginOwner()
                .orElseThrow(() -> new AccessDeniedException(caller.username() + " may not try plugins"));
        if (plugin.isEnterprisePlugin()) {
            return plugin.enterprise().equals(owner);
        }
        return !plugin.isCityExtension()
                || participations.cityOf(owner).map(plugin::declares).orElse(false);
    }

    private static List<Violation> prefixed(String prefix, List<Violation> violations) {
        return violations.stream()
                .map(v -> new Violation(prefix + v.field(), v.rule(), v.message()))
                .toList();
    }
}
