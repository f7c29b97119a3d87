package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.lifecycle.CityExtension;
import org.skilleval.core.lifecycle.CityExtensionService;
import org.skilleval.core.lifecycle.PluginInfo;
import org.skilleval.core.persistence.CityExtensionStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.rules.City;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = CityExtensionService.class)
public class CityExtensionServiceImpl implements CityExtensionService {

    /** The audit role of a change made in the Karaf shell. */
    static final String OPERATOR_ROLE = "operator";

    private static final Logger LOG = LoggerFactory.getLogger(CityExtensionServiceImpl.class);
    private static final String OBJECT_TYPE = "CityExtension";

    private final CityExtensionStore extensions;
    private final WorkPlanStore plans;
    private final PluginRegistry registry;
    private final Clock clock;

    @Activate
    public CityExtensionServiceImpl(
            @Reference Today today,
            @Reference CityExtensionStore extensions,
            @Reference WorkPlanStore plans,
            @Reference PluginRegistry registry) {
        this(extensions, plans, registry, today.clock());
    }

    CityExtensionServiceImpl(CityExtensionStore extensions, WorkPlanStore plans, PluginRegistry registry, Clock clock) {
        this.extensions = extensions;
        this.plans = plans;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public List<CityExtension> list(Caller caller, String cityCode) {
        caller.requireAny(Role.PROVINCE, Role.CITY);
        String city = City.parse(cityCode, "city").code();
        if (!caller.has(Role.PROVINCE) && !city.equals(caller.city())) {
            throw new NotFoundException("City", city);
        }
        return forCity(city);
    }

    @Override
    public CityExtension setEnabled(
            Caller caller, String cityCode, String pluginId, boolean enabled, Long expectedVersion) {
        caller.requireAny(Role.CITY);
        String city = City.parse(cityCode, "city").code();
        if (!city.equals(caller.city())) {
            throw new NotFoundException(OBJECT_TYPE, city + "/" + pluginId);
        }
        return change(
                city, pluginId, enabled, expectedVersion, new AuditActor(caller.username(), Role.CITY.roleName()));
    }

    @Override
    public List<CityExtension> listForOperator(String cityCode) {
        if (cityCode == null || cityCode.isBlank()) {
            List<CityExtension> all = new ArrayList<>();
            for (City city : City.values()) {
                all.addAll(forCity(city.code()));
            }
            return all;
        }
        return forCity(City.parse(cityCode, "city").code());
    }

    @Override
    public CityExtension setEnabledByOperator(String operator, String cityCode, String pluginId, boolean enabled) {
        Objects.requireNonNull(operator, "operator");
        String city = City.parse(cityCode, "city").code();
        return change(city, pluginId, enabled, null, new AuditActor(operator, OPERATOR_ROLE));
    }

    @Override
    public Optional<PluginInfo> pluginInfo(String pluginId) {
        if (pluginId == null || pluginId.isBlank()) {
            return Optional.empty();
        }
        List<PluginDescriptor> descriptors =
                registry.plugins().stream().filter(d -> d.id().equals(pluginId)).toList();
        List<CityExtensionRecord> enablements = extensions.listByPlugin(pluginId);
        List<PinnedVersionCount> pins = plans.pinnedVersions(pluginId);
        if (descriptors.isEmpty() && enablements.isEmpty() && pins.isEmpty()) {
            return Optional.empty();
        }
        List<PluginInfo.Registration> registrations = new ArrayList<>();
        for (PluginDescriptor descriptor : descriptors) {
            registrations.add(registration(descriptor, pins));
        }
        return Optional.of(new PluginInfo(pluginId, registrations, enablements, pins));
    }

    private PluginInfo.Registration registration(PluginDescriptor descriptor, List<PinnedVersionCount> pins) {
        String kind = descriptor.kind() == PluginKind.ASSESSMENT_METHOD ? "method" : "scheme";
        long pinnedBy = pins.stream()
                .filter(p -> p.kind().equals(kind) && sameVersion(p.pinnedVersion(), descriptor.bundleVersion()))
                .mapToLong(PinnedVersionCount::plans)
                .sum();
        if (descriptor.state() != PluginState.ACTIVE) {
            return new PluginInfo.Registration(descriptor, null, List.of(), null, pinnedBy);
        }
        try {
            // Plugin code: what it says about itself must not break the information page.
            if (descriptor.kind() == PluginKind.ASSESSMENT_METHOD) {
                Optional<AssessmentMethod> method = registry.method(descriptor.id(), descriptor.bundleVersion());
                if (method.isPresent()) {
                    return new PluginInfo.Registration(
                            descriptor,
                            method.get().description(),
                            method.get().parameters(),
                            method.get().evidence(),
                            pinnedBy);
                }
            } else {
                Optional<ScoringScheme> scheme = registry.scheme(descriptor.id(), descriptor.bundleVersion());
                if (scheme.isPresent()) {
                    return new PluginInfo.Registration(
                            descriptor, scheme.get().description(), scheme.get().parameters(), null, pinnedBy);
                }
            }
        } catch (RuntimeException broken) {
            LOG.warn(
                    "Plugin {} {} cannot describe its configuration",
                    descriptor.id(),
                    descriptor.bundleVersion(),
                    broken);
        }
        return new PluginInfo.Registration(descriptor, null, List.of(), null, pinnedBy);
    }

    private static boolean sameVersion(String a, String b) {
        try {
            return Version.parseVersion(a).equals(Version.parseVersion(b));
        } catch (IllegalArgumentException malformed) {
            return Objects.equals(a, b);
        }
    }

    private CityExtension change(
            String city, String pluginId, boolean enabled, Long expectedVersion, AuditActor actor) {
        if (pluginId == null || pluginId.isBlank()) {
            throw new RuleViolationException("pluginId", "required", "请指定插件", "name the plugin");
        }
        Optional<PluginDescriptor> declaring = declaring(pluginId, city);
        Optional<CityExtensionRecord> existing = extensions.find(city, pluginId);
        boolean installed =
                registry.plugins().stream().anyMatch(d -> d.id().equals(pluginId) && d.state() == PluginState.ACTIVE);
        if (enabled && !installed) {
            throw new RuleViolationException(
                    "pluginId",
                    "not-installed",
                    "插件 " + pluginId + " 未安装或不可用，不能启用",
                    "the plugin " + pluginId + " is not installed or not available; it cannot be enabled");
        }
        // Disabling what a city once enabled stays possible after the plugin is gone.
        if (declaring.isEmpty() && (enabled || existing.isEmpty())) {
            throw new RuleViolationException(
                    "pluginId",
                    "not-extension",
                    "插件 " + pluginId + " 不是" + PluginChecks.cityZh(city) + "的城市扩展",
                    "the plugin " + pluginId + " is no city extension of " + PluginChecks.cityEn(city));
        }
        CityExtensionRecord record =
                extensions.setEnabled(city, pluginId, enabled, expectedVersion, clock.instant(), actor);
        return view(city, pluginId, declaring, record);
    }

    /** The city's extensions: the installed plugins declaring it and the ones it has a record of. */
    private List<CityExtension> forCity(String city) {
        Map<String, CityExtensionRecord> records = new TreeMap<>();
        extensions.listByCity(city).forEach(r -> records.put(r.pluginId(), r));
        Set<String> ids = new TreeSet<>(records.keySet());
        registry.plugins().stream()
                .filter(d -> d.state() == PluginState.ACTIVE && d.declares(city))
                .forEach(d -> ids.add(d.id()));
        List<CityExtension> result = new ArrayList<>();
        for (String id : ids) {
            result.add(view(city, id, declaring(id, city), records.get(id)));
        }
        return result;
    }

    /**
     * The version a plan would run on (the highest active one of its kind) when it declares the
     * city; methods before schemes.
     */
    private Optional<PluginDescriptor> declaring(String pluginId, String city) {
        for (PluginKind kind : PluginKind.values()) {
            Optional<PluginDescriptor> active = PluginChecks.activeDescriptor(registry, kind, pluginId);
            if (active.isPresent() && active.get().declares(city)) {
                return active;
            }
        }
        return Optional.empty();
    }

    private static CityExtension view(
            String city, String pluginId, Optional<PluginDescriptor> declaring, CityExtensionRecord record) {
        return new CityExtension(
                city,
                pluginId,
                declaring.map(PluginDescriptor::kind).orElse(null),
                declaring.map(PluginDescriptor::name).orElse(LocalizedText.of(pluginId, pluginId)),
                declaring.isPresent(),
                record != null && record.enabled(),
                record == null ? 0 : record.version(),
                record == null ? null : record.changedBy(),
                record == null ? null : record.changedAt());
    }
}
