package org.skilleval.core.rest.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
 */
@Component(
        service = Servlet.class,
        property = {"osgi.http.whiteboard.servlet.pattern=/api/*", "osgi.http.whiteboard.servlet.name=skilleval-api"})
public class ApiServlet implements Servlet {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    /** Resource components bound at boot come within milliseconds of each other. */
    static final Duration SETTLE = Duration.ofMillis(100);

    /** However long a burst of changes lasts, the application follows within this. */
    static final Duration LONGEST_SETTLE = Duration.ofSeconds(1);

    private final TokenService tokens;
    private final String release;
    private final Set<Class<?>> declared;
    private final Set<ApiResource> present = ConcurrentHashMap.newKeySet();
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
                SETTLE);
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
            Duration settle) {
        this.tokens = tokens;
        this.release = release;
        this.declared = Set.copyOf(declared);
        this.container = new LiveContainer(containers);
        this.rebuilds = new Debouncer("skilleval-api-rebuild", settle, LONGEST_SETTLE, this::rebuild);
    }

    @Reference(
            service = ApiResource.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindResource(ApiResource resource) {
        present.add(resource);
        rebuilds.changed();
    }

    void unbindResource(ApiResource resource) {
        present.remove(resource);
        rebuilds.changed();
    }

    @Deactivate
    void deactivate() {
        rebuilds.close();
    }

    /** The application of the resources present now. */
    ResourceConfig application() {
        List<ApiResource> now = List.copyOf(present);
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
        return ApiApplication.create(tokens, release, now, absent, present::contains);
    }

    private void rebuild() {
        try {
            container.replace(this::application);
            LOG.debug("The API application was rebuilt with {} resources", present.size());
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
        container.start(config, this::application);
    }

    @Override
    public ServletConfig getServletConfig() {
        return servletConfig;
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        container.service(request, response);
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
