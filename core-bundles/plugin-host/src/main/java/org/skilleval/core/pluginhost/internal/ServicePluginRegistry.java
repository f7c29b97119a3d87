package org.skilleval.core.pluginhost.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.skilleval.core.domain.PluginEvent;
import org.skilleval.core.pluginhost.PluginContainment;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginEventRecorder;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.rules.City;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.ConfigurationStatus;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the plugin services in maps keyed by {@code service.id}, so that two versions of the same
 * plugin, or a plugin re-registered after an update, never overwrite each other.
 *
 * <p>Plugin events are published to the {@link PluginEventRecorder} on a single background thread:
 * the framework thread that binds a plugin must not wait for the recorder (which writes to the
 * database), and events seen before a recorder is available (at boot) are kept until one is. The
 * recorder is optional rather than mandatory so that plugins stay callable while the database is
 * down.
 */
@Component(service = PluginRegistry.class)
public class ServicePluginRegistry implements PluginRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ServicePluginRegistry.class);
    private static final Pattern CITY_SEPARATORS = Pattern.compile("[,\\s]+");
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final LocalizedText UNNAMED = LocalizedText.of("（无效插件）", "(invalid plugin)");
    private static final int MAX_PENDING_EVENTS = 10_000;
    private static final Comparator<PluginDescriptor> ORDER = Comparator.comparing(PluginDescriptor::kind)
            .thenComparing(PluginDescriptor::id)
            .thenComparing(d -> Version.parseVersion(d.bundleVersion()))
            .thenComparingLong(PluginDescriptor::serviceId);

    private final Map<Long, Registration<AssessmentMethod>> methods = new ConcurrentHashMap<>();
    private final Map<Long, Registration<ScoringScheme>> schemes = new ConcurrentHashMap<>();
    private final Queue<PluginEvent> pendingEvents = new ConcurrentLinkedQueue<>();
    private final ExecutorService eventWriter;
    private final Clock clock;
    private volatile PluginEventRecorder recorder;

    @Activate
    public ServicePluginRegistry() {
        this(
                Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "skilleval-plugin-event-writer");
                    thread.setDaemon(true);
                    return thread;
                }),
                Clock.systemUTC());
    }

    ServicePluginRegistry(ExecutorService eventWriter, Clock clock) {
        this.eventWriter = eventWriter;
        this.clock = clock;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        eventWriter.shutdown();
        if (!eventWriter.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warn("{} plugin events were not written before shutdown", pendingEvents.size());
        }
    }

    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMethod(ServiceReference<AssessmentMethod> reference, AssessmentMethod method) {
        PluginDescriptor descriptor = describe(PluginKind.ASSESSMENT_METHOD, reference, method::id, method::name);
        methods.put(descriptor.serviceId(), new Registration<>(descriptor, method));
        record(PluginEvent.Type.REGISTERED, descriptor);
    }

    void unbindMethod(ServiceReference<AssessmentMethod> reference, AssessmentMethod method) {
        unbind(methods, reference, method);
    }

    @Reference(
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindScheme(ServiceReference<ScoringScheme> reference, ScoringScheme scheme) {
        PluginDescriptor descriptor = describe(PluginKind.SCORING_SCHEME, reference, scheme::id, scheme::name);
        schemes.put(descriptor.serviceId(), new Registration<>(descriptor, scheme));
        record(PluginEvent.Type.REGISTERED, descriptor);
    }

    void unbindScheme(ServiceReference<ScoringScheme> reference, ScoringScheme scheme) {
        unbind(schemes, reference, scheme);
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRecorder(PluginEventRecorder newRecorder) {
        recorder = newRecorder;
        eventWriter.execute(this::writePendingEvents);
    }

    void unbindRecorder(PluginEventRecorder oldRecorder) {
        if (recorder == oldRecorder) {
            recorder = null;
        }
    }

    @Override
    public List<PluginDescriptor> plugins() {
        List<PluginDescriptor> all = new ArrayList<>();
        all.addAll(withConfigurationProblems(withDuplicatesMarked(methods), methods));
        all.addAll(withConfigurationProblems(withDuplicatesMarked(schemes), schemes));
        all.sort(ORDER);
        return all;
    }

    @Override
    public Optional<AssessmentMethod> method(String id) {
        return highestActive(methods, id);
    }

    @Override
    public Optional<ScoringScheme> scheme(String id) {
        return highestActive(schemes, id);
    }

    @Override
    public Optional<AssessmentMethod> method(String id, String bundleVersion) {
        return exactActive(methods, id, bundleVersion).map(Registration::service);
    }

    @Override
    public Optional<ScoringScheme> scheme(String id, String bundleVersion) {
        return exactActive(schemes, id, bundleVersion).map(Registration::service);
    }

    @Override
    public Optional<PluginDescriptor> describe(PluginKind kind, String id, String bundleVersion) {
        return switch (kind) {
            case ASSESSMENT_METHOD -> exactActive(methods, id, bundleVersion).map(Registration::descriptor);
            case SCORING_SCHEME -> exactActive(schemes, id, bundleVersion).map(Registration::descriptor);
        };
    }

    private <T> Optional<Registration<T>> exactActive(
            Map<Long, Registration<T>> registrations, String id, String bundleVersion) {
        Version wanted;
        try {
            wanted = Version.parseVersion(bundleVersion);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (bundleVersion == null || bundleVersion.isBlank()) {
            return Optional.empty();
        }
        Map<Long, Registration<T>> snapshot = Map.copyOf(registrations);
        // Of several active registrations of the same id and version, only the first is ACTIVE.
        return withDuplicatesMarked(snapshot).stream()
                .filter(d -> d.state() == PluginState.ACTIVE
                        && d.id().equals(id)
                        && Version.parseVersion(d.bundleVersion()).equals(wanted))
                .findFirst()
                .map(d -> snapshot.get(d.serviceId()));
    }

    private <T> void unbind(Map<Long, Registration<T>> registrations, ServiceReference<T> reference, T service) {
        long serviceId = serviceId(reference);
        Registration<T> registration = registrations.get(serviceId);
        // Remove only the registration this very service made: an unbind that arrives late must
        // not take away a newer registration under a reused key.
        if (registration != null
                && registration.service() == service
                && registrations.remove(serviceId, registration)) {
            record(PluginEvent.Type.UNREGISTERED, registration.descriptor());
        }
    }

    private <T> Optional<T> highestActive(Map<Long, Registration<T>> registrations, String id) {
        Map<Long, Registration<T>> snapshot = Map.copyOf(registrations);
        return withDuplicatesMarked(snapshot).stream()
                .filter(d -> d.state() == PluginState.ACTIVE && d.id().equals(id))
                .max(Comparator.comparing(d -> Version.parseVersion(d.bundleVersion())))
                .map(d -> snapshot.get(d.serviceId()).service());
    }

    /**
     * The descriptors, each valid one but the first (lowest service id) of its kind, id and
     * version marked {@link PluginState#DUPLICATE}, and each one whose id another owner holds
     * marked {@link PluginState#INVALID} (see {@link #withForeignIdsRefused}).
     */
    private static <T> List<PluginDescriptor> withDuplicatesMarked(Map<Long, Registration<T>> registrations) {
        List<PluginDescriptor> descriptors = withForeignIdsRefused(registrations.values().stream()
                .map(Registration::descriptor)
                .sorted(Comparator.comparingLong(PluginDescriptor::serviceId))
                .toList());
        Map<String, PluginDescriptor> firstByIdentity = new HashMap<>();
        List<PluginDescriptor> result = new ArrayList<>(descriptors.size());
        for (PluginDescriptor descriptor : descriptors) {
            if (descriptor.state() != PluginState.ACTIVE) {
                result.add(descriptor);
                continue;
            }
            String identity = descriptor.id() + "@" + descriptor.bundleVersion();
            PluginDescriptor first = firstByIdentity.putIfAbsent(identity, descriptor);
            result.add(
                    first == null
                            ? descriptor
                            : descriptor.withState(
                                    PluginState.DUPLICATE,
                                    "Same id and version as " + first.bundleSymbolicName() + " (service "
                                            + first.serviceId() + ")"));
        }
        return result;
    }

    /**
     * An id belongs to one owner: the platform (shipped and operator-installed plugins) or one
     * enterprise. A platform plugin always keeps its id; among enterprises, the one that registered
     * the id first keeps it. Every other owner's registration of the id is invalid, so an
     * enterprise can neither take over a province-wide plugin nor another enterprise's plugin by
     * giving its own the same id and a higher version. The descriptors come sorted by service id.
     */
    static List<PluginDescriptor> withForeignIdsRefused(List<PluginDescriptor> descriptors) {
        Map<String, String> ownerById = new HashMap<>();
        for (PluginDescriptor descriptor : descriptors) {
            if (descriptor.state() == PluginState.ACTIVE && !descriptor.isEnterprisePlugin()) {
                ownerById.put(descriptor.id(), "");
            }
        }
        for (PluginDescriptor descriptor : descriptors) {
            if (descriptor.state() == PluginState.ACTIVE) {
                ownerById.putIfAbsent(descriptor.id(), descriptor.enterprise());
            }
        }
        List<PluginDescriptor> result = new ArrayList<>(descriptors.size());
        for (PluginDescriptor descriptor : descriptors) {
            String owner = ownerById.get(descriptor.id());
            result.add(
                    descriptor.state() != PluginState.ACTIVE || owner.equals(descriptor.enterprise())
                            ? descriptor
                            : descriptor.withState(
                                    PluginState.INVALID,
                                    "插件标识 " + descriptor.id() + " 已属于" + (owner.isEmpty() ? "平台" : "企业 " + owner)
                                            + " / the plugin id " + descriptor.id() + " belongs to "
                                            + (owner.isEmpty() ? "the platform" : "enterprise " + owner)));
        }
        return result;
    }

    private static PluginDescriptor describe(
            PluginKind kind, ServiceReference<?> reference, Supplier<String> id, Supplier<LocalizedText> name) {
        Bundle bundle = reference.getBundle();
        String symbolicName = bundle == null ? "?" : bundle.getSymbolicName();
        String version = bundle == null
                ? Version.emptyVersion.toString()
                : bundle.getVersion().toString();
        long bundleId = bundle == null ? -1 : bundle.getBundleId();
        // The owner is where the platform installed the bundle, never a property the bundle sets.
        String enterprise = bundle == null
                ? ""
                : PluginContainment.ownerOf(bundle.getLocation()).orElse("");
        long serviceId = serviceId(reference);
        String pluginId = "?";
        try {
            // Plugin code: anything may come out of it, and none of it may break the registry.
            pluginId = String.valueOf(id.get());
            LocalizedText displayName = name.get();
            String problem = "";
            if (!PLUGIN_ID.matcher(pluginId).matches()) {
                problem = "id must be lower-case letters, digits and single hyphens";
            } else if (displayName == null) {
                problem = "name() returned null";
            }
            Cities cities = cities(reference.getProperty(PluginDescriptor.CITY_PROPERTY));
            if (problem.isEmpty() && !cities.problem().isEmpty()) {
                problem = cities.problem();
            }
            if (!problem.isEmpty()) {
                return new PluginDescriptor(
                        kind,
                        pluginId,
                        displayName == null || !PLUGIN_ID.matcher(pluginId).matches() ? UNNAMED : displayName,
                        symbolicName,
                        version,
                        bundleId,
                        serviceId,
                        PluginState.INVALID,
                        problem,
                        cities.codes(),
                        enterprise);
            }
            return new PluginDescriptor(
                    kind,
                    pluginId,
                    displayName,
                    symbolicName,
                    version,
                    bundleId,
                    serviceId,
                    PluginState.ACTIVE,
                    "",
                    cities.codes(),
                    enterprise);
        } catch (RuntimeException e) {
            LOG.warn("Plugin service {} of bundle {} cannot describe itself", serviceId, symbolicName, e);
            return new PluginDescriptor(
                    kind,
                    pluginId,
                    UNNAMED,
                    symbolicName,
                    version,
                    bundleId,
                    serviceId,
                    PluginState.INVALID,
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    List.of(),
                    enterprise);
        }
    }

    /**
     * The city codes of the {@value PluginDescriptor#CITY_PROPERTY} service property: the valid
     * ones, and a problem naming every value that is no Jiangsu city code. A plugin that names a
     * city wrongly must not become available province-wide by mistake, so any bad value makes it
     * invalid.
     */
    static Cities cities(Object property) {
        if (property == null) {
            return new Cities(List.of(), "");
        }
        List<String> values = new ArrayList<>();
        if (property instanceof String text) {
            values.addAll(Arrays.asList(CITY_SEPARATORS.split(text.strip())));
        } else if (property instanceof String[] array) {
            Arrays.stream(array)
                    .forEach(v -> values.addAll(Arrays.asList(
                            CITY_SEPARATORS.split(String.valueOf(v).strip()))));
        } else if (property instanceof Collection<?> collection) {
            collection.forEach(v -> values.addAll(
                    Arrays.asList(CITY_SEPARATORS.split(String.valueOf(v).strip()))));
        } else {
            values.add(String.valueOf(property));
        }
        List<String> codes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            if (value.isEmpty()) {
                continue;
            }
            if (Arrays.stream(City.values()).anyMatch(c -> c.code().equals(value))) {
                codes.add(value);
            } else {
                unknown.add(value);
            }
        }
        if (!unknown.isEmpty()) {
            return new Cities(
                    codes,
                    PluginDescriptor.CITY_PROPERTY + " names unknown city code(s) " + unknown
                            + "; a city extension names Jiangsu city codes 3201–3213");
        }
        if (codes.isEmpty()) {
            return new Cities(
                    codes,
                    PluginDescriptor.CITY_PROPERTY
                            + " is set but names no city; leave it out for a plugin available in the whole province");
        }
        return new Cities(codes, "");
    }

    record Cities(List<String> codes, String problem) {}

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    private void record(PluginEvent.Type type, PluginDescriptor descriptor) {
        LOG.info(
                "{} {} {} ({} {})",
                type,
                descriptor.kind(),
                descriptor.id(),
                descriptor.bundleSymbolicName(),
                descriptor.bundleVersion());
        if (pendingEvents.size() >= MAX_PENDING_EVENTS) {
            LOG.warn("No plugin event recorder for too long; dropping the event {} {}", type, descriptor.id());
            return;
        }
        pendingEvents.add(new PluginEvent(
                0,
                clock.instant(),
                type,
                descriptor.kind().name(),
                descriptor.id(),
                descriptor.bundleSymbolicName(),
                descriptor.bundleVersion()));
        try {
            eventWriter.execute(this::writePendingEvents);
        } catch (RejectedExecutionException e) {
            LOG.debug("Registry is shutting down; event {} {} stays unwritten", type, descriptor.id());
        }
    }

    /** Runs on the event writer thread only. Stops at the first failure and retries on the next event. */
    private void writePendingEvents() {
        PluginEventRecorder current = recorder;
        if (current == null) {
            return;
        }
        PluginEvent event;
        while ((event = pendingEvents.peek()) != null) {
            try {
                current.record(event);
            } catch (RuntimeException e) {
                LOG.warn(
                        "Could not record plugin event {} {}; will retry: {}",
                        event.type(),
                        event.pluginId(),
                        e.getMessage());
                return;
            }
            pendingEvents.poll();
        }
    }

    /**
     * Active plugins that refused their last configuration (and run on their previous values) carry
     * that problem, read live: a corrected configuration clears it without a new registration.
     */
    private static <T> List<PluginDescriptor> withConfigurationProblems(
            List<PluginDescriptor> descriptors, Map<Long, Registration<T>> registrations) {
        List<PluginDescriptor> result = new ArrayList<>(descriptors.size());
        for (PluginDescriptor descriptor : descriptors) {
            Registration<T> registration = registrations.get(descriptor.serviceId());
            Optional<LocalizedText> problem = descriptor.state() == PluginState.ACTIVE
                            && registration != null
                            && registration.service() instanceof ConfigurationStatus status
                    ? configurationProblem(status)
                    : Optional.empty();
            result.add(problem.map(text -> descriptor.withState(
                            PluginState.ACTIVE,
                            "配置被拒绝，沿用上一次有效配置：" + text.zh() + " / Configuration refused, running on the last"
                                    + " valid one: " + text.en()))
                    .orElse(descriptor));
        }
        return result;
    }

    private static Optional<LocalizedText> configurationProblem(ConfigurationStatus status) {
        try {
            return status.configurationProblem();
        } catch (RuntimeException broken) {
            return Optional.empty();
        }
    }

    private record Registration<T>(PluginDescriptor descriptor, T service) {}
}
