package org.skilleval.core.rest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.skilleval.core.security.TokenService;

/**
 * The JAX-RS application: the given resources behind the authentication filters (bearer token,
 * then the console's session cookie), one role check and one problem mapper, JSON by Jackson.
 * {@link ApiServlet} builds it from the resource components present now; a test builds it with
 * just the resources it exercises.
 */
final class ApiApplication {

    private ApiApplication() {}

    /**
     * The application of the resources present now, with the OpenAPI document describing them, and
     * a {@link UnavailableResource stand-in} for each resource class that should be there but is not.
     *
     * @param release the SkillEval release the OpenAPI document names
     * @param present the resource instances to serve
     * @param absent the resource classes whose components are missing
     * @param stillPresent whether a resource instance is still there when a request reaches it
     */
    static ResourceConfig create(
            TokenService tokens,
            String release,
            Collection<?> present,
            Collection<Class<?>> absent,
            Predicate<Object> stillPresent) {
        List<Object> published = present.stream()
                .sorted(Comparator.comparing(resource -> resource.getClass().getName()))
                .collect(Collectors.toCollection(ArrayList::new));
        List<Class<?>> described =
                published.stream().<Class<?>>map(Object::getClass).toList();
        published.add(new OpenApiResource(release, described));
        ResourceConfig config = create(tokens, published);
        config.register(new UnavailableResource.Departed(stillPresent));
        absent.stream()
                .sorted(Comparator.comparing(Class::getName))
                .forEach(type -> config.registerResources(UnavailableResource.standIn(type)));
        config.property(
                HealthResource.UNAVAILABLE,
                absent.stream().map(Class::getSimpleName).sorted().toList());
        return config;
    }

    static ResourceConfig create(TokenService tokens, List<Object> resources) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("SkillEval API");
        // Jackson's own exception mappers answer in plain text; ProblemMapper answers every error.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new ObjectMapperProvider());
        config.register(new ProblemMapper());
        config.register(new TokenAuthenticationFilter(tokens));
        config.register(new SessionCookieFilter(tokens));
        config.register(new RoleCheckFeature());
        config.register(new QueryTextFilter());
        config.register(NodeNameFilter.ofThisInstance());
        for (Object resource : resources) {
            if (ResourceModels.isRootResource(resource)) {
                config.registerResources(ResourceModels.boundTo(resource));
            } else {
                config.register(resource);
            }
        }
        // WADL would publish an undocumented second description of the API next to OpenAPI.
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Jersey must not answer errors with its own HTML pages: our mapper decides every body.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return config;
    }
}
