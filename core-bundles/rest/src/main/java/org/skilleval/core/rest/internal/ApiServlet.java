package org.skilleval.core.rest.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.skilleval.core.security.TokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the one JAX-RS application at {@code /api/*} through the Servlet whiteboard, made of
 * the {@link ApiResource} components present now. It needs only what every request needs (the
 * token service); each resource component needs only its own services. When a resource component
 * comes or goes, the application is rebuilt beside the running one and swapped in ({@link
 * LiveContainer}), once a burst of such changes has settled ({@link Debouncer}): the other paths
 * keep answering throughout, the missing component's paths answer 503 {@code service-unavailable}
 * ({@link UnavailableResource}; at once, before the rebuild, as a resource that left is no longer
 * served), and {@code /api/openapi.json} describes what is present.
 *
 * <p>Which resources should be there is read from the component descriptions of this bundle, so
 * that a resource whose services are missing from the start answers 503 as well, not 404.
 *
 * <p>{@code load-on-startup} (Pax Web's whiteboard property) has Pax Web initialise the servlet, and
 * so build the first Jersey application, on its own configuration thread as soon as the servlet is
 * registered, while the framework goes on starting bundles: otherwise the first request pays for
 * Jersey's first initialisation (about two seconds of a cold boot, issue 13).
 */
@Component(
        service = Servlet.class,
        property = {
            "osgi.http.whiteboard.servlet.pattern=/api/*",
            "osgi.http.whiteboard.servlet.name=skilleval-api",
            "load-on-startup:Integer=1"
        })
public class ApiServlet implements Servlet {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    /** Resource components bound at boot come within milliseconds of each other. */
    static final Duration SETTLE = Duration.ofMillis(100);

    /** However long a burst of changes lasts, the application follows within this. */
    static final Duration LONGEST_SETTLE = Duration.ofSeconds(1);

    /** The first wait before trying again to get a resource that could not be got; it doubles. */
    static final Duration RETRY = Duration.ofSeconds(1);

    static final Duration LONGEST_RETRY = Duration.ofMinutes(1);

    private static final long NOT_COMPLETE = -1;

    private final TokenService tokens;
    private final String release;
    private final Set<Class<?>> declared;
    /** How to obtain each resource service registered now, by its service reference (or a test's key). */
    private final Map<Object, Supplier<ApiResource>> registered = new ConcurrentHashMap<>();

    private final Map<Object, ApiResource> obtained = new ConcurrentHashMap<>();
    private final Set<ApiResource> served = ConcurrentHashMap.newKeySet();
    private final AtomicInteger incompleteBuilds = new AtomicInteger();
    /** Counts every resource that came or went, so that a rebuild after none is skipped. */
    private final AtomicLong changes = new AtomicLong();
    /**
     * The count of {@link #changes} that the serving application was built after, when it got
     * every registered resource; {@link #NOT_COMPLETE} otherwise, so that a retry rebuilds.
     */
    private long servedChanges = NOT_COMPLETE; // guarded by container

    private final BundleContext bundleContext;
    private final LiveContainer container;
    private final Debouncer rebuilds;
    private volatile ServletConfig servletConfig;

    @Activate
    public ApiServlet(
            @Reference TokenService tokens,
            @Reference ServiceComponentRuntime components,
            BundleContext bundleContext) {
        this(
                tokens,
                Release.of(bundleContext.getBundle()),
                declaredResources(components, bundleContext.getBundle()),
                ServletContainer::new,
                SETTLE,
                bundleContext);
    }

    /**
     * @param declared the resource classes that should be present
     * @param containers makes an uninitialised Jersey container for an application
     * @param settle how long no change must come before the application is rebuilt
     */
    ApiServlet(
            TokenService tokens,
            String release,
            Set<Class<?>> declared,
            Function<ResourceConfig, ServletContainer> containers,
            Duration settle,
            BundleContext bundleContext) {
        this.tokens = tokens;
        this.bundleContext = bundleContext;
        this.release = release;
        this.declared = Set.copyOf(declared);
        this.container = new LiveContainer(containers);
        this.rebuilds = new Debouncer("skilleval-api-rebuild", settle, LONGEST_SETTLE, this::rebuild);
    }

    /**
     * Takes note of a resource service without getting it: it is got when the next application is
     * built, so that its activation (and that of the services it needs, which may touch the
     * database for the first time) runs on the thread that builds, never on the framework thread
     * that registered it, and a failure to get it is retried rather than lost.
     */
    @Reference(
            name = "resource",
            service = ApiResource.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addResource(ServiceReference<ApiResource> reference) {
        LOG.debug("API resource registered: {}", reference.getProperty("component.name"));
        add(reference, () -> bundleContext.getService(reference));
    }

    void removeResource(ServiceReference<ApiResource> reference) {
        LOG.debug("API resource unregistered: {}", reference.getProperty("component.name"));
        if (remove(reference) != null) {
            bundleContext.ungetService(reference);
        }
    }

    /** A resource is registered; {@code service} obtains it, {@code null} when it cannot now. */
    void add(Object key, Supplier<ApiResource> service) {
        registered.put(key, service);
        changes.incrementAndGet();
        rebuilds.changed();
    }

    /** @return the resource that was obtained for the key, if it was */
    ApiResource remove(Object key) {
        registered.remove(key);
        changes.incrementAndGet();
        ApiResource resource = obtained.remove(key);
        if (resource != null) {
            served.remove(resource);
        }
        rebuilds.changed();
        return resource;
    }

    @Deactivate
    void deactivate() {
        rebuilds.close();
    }

    /**
     * The application of the resources present now; {@code builtAfter[0]} is set to the count of
     * changes it saw all of, or {@link #NOT_COMPLETE} when it could not get every resource.
     */
    private ResourceConfig application(long[] builtAfter) {
        // read before the registrations: a change from here on is either seen or counted past this
        long seen = changes.get();
        LOG.debug("Building the API application from {} registered resources", registered.size());
        List<ApiResource> now = new ArrayList<>();
        boolean incomplete = false;
        for (Map.Entry<Object, Supplier<ApiResource>> entry : List.copyOf(registered.entrySet())) {
            ApiResource resource = obtain(entry.getKey(), entry.getValue());
            if (resource != null) {
                now.add(resource);
            } else {
                incomplete = true;
            }
        }
        retryIf(incomplete);
        builtAfter[0] = incomplete ? NOT_COMPLETE : seen;
        Set<Class<?>> here = now.stream().map(Object::getClass).collect(Collectors.toSet());
        List<Class<?>> absent =
                declared.stream().filter(type -> !here.contains(type)).toList();
        if (!absent.isEmpty()) {
            LOG.info(
                    "The API serves {} resources; these answer 503 until their services are back: {}",
                    now.size(),
                    absent.stream()
                            .map(Class::getSimpleName)
                            .sorted(Comparator.naturalOrder())
                            .toList());
        }
        return ApiApplication.create(tokens, release, now, absent, served::contains);
    }

    private ApiResource obtain(Object key, Supplier<ApiResource> service) {
        ApiResource known = obtained.get(key);
        if (known != null) {
            return known;
        }
        ApiResource resource;
        try {
            resource = service.get();
        } catch (RuntimeException failed) {
            LOG.warn("Could not get API resource {}; will retry: {}", key, failed.toString());
            return null;
        }
        if (resource == null) {
            LOG.warn("Could not get API resource {} (its component did not activate); will retry", key);
            return null;
        }
        obtained.put(key, resource);
        served.add(resource);
        if (!registered.containsKey(key)) {
            // It went away while it was being got: give it back, as remove() found nothing to.
            obtained.remove(key);
            served.remove(resource);
            if (key instanceof ServiceReference<?> reference) {
                bundleContext.ungetService(reference);
            }
            return null;
        }
        return resource;
    }

    /** Retries a build that could not get every resource, waiting longer each time, up to a minute. */
    private void retryIf(boolean incomplete) {
        if (!incomplete) {
            incompleteBuilds.set(0);
            return;
        }
        Duration wait = RETRY.multipliedBy(1L << Math.min(incompleteBuilds.getAndIncrement(), 6));
        rebuilds.changedAfter(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    private void rebuild() {
        // At boot the changes that came while the first application was being initialised
        // schedule a rebuild after the one that already saw them all: a second Jersey build of
        // the same resources on a busy two-core machine (issue 13).
        try {
            // the container's own lock: init's bookkeeping and this one cannot cross
            synchronized (container) {
                if (changes.get() == servedChanges) {
                    LOG.debug("No API resource came or went since the serving application was built");
                    return;
                }
                long[] builtAfter = {servedChanges};
                container.replace(() -> application(builtAfter));
                servedChanges = builtAfter[0];
            }
            LOG.debug("The API application was rebuilt with {} resources", served.size());
        } catch (ServletException failed) {
            throw new IllegalStateException("The API application could not be rebuilt", failed);
        }
    }

    /** Every class of this bundle's components that provide {@link ApiResource}. */
    static Set<Class<?>> declaredResources(ServiceComponentRuntime components, Bundle bundle) {
        return components.getComponentDescriptionDTOs(bundle).stream()
                .filter(description -> description.serviceInterfaces != null
                        && Arrays.asList(description.serviceInterfaces).contains(ApiResource.class.getName()))
                .map(description -> description.implementationClass)
                .<Class<?>>map(name -> {
                    try {
                        return bundle.loadClass(name);
                    } catch (ClassNotFoundException broken) {
                        throw new IllegalStateException("A resource component's class is missing: " + name, broken);
                    }
                })
                .collect(Collectors.toSet());
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        this.servletConfig = config;
        synchronized (container) {
            long[] builtAfter = {NOT_COMPLETE};
            container.start(config, () -> application(builtAfter));
            servedChanges = builtAfter[0];
        }
    }

    @Override
    public ServletConfig getServletConfig() {
        return servletConfig;
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        container.service(request, response);
        UnreadBody.discardIfRefused(request, response);
    }

    @Override
    public String getServletInfo() {
        return "SkillEval API";
    }

    @Override
    public void destroy() {
        container.stop();
    }
}
