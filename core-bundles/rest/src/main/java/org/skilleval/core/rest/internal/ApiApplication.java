package org.skilleval.core.rest.internal;

import java.util.List;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.skilleval.core.security.TokenService;

/**
 * The JAX-RS application: the given resources behind the authentication filters (bearer token,
 * then the console's session cookie), one role check
 * and one problem mapper, JSON by Jackson. {@link ApiServlet} builds the resources from core
 * services; a test builds the application with just the resources it exercises.
 */
final class ApiApplication {

    private ApiApplication() {}

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
        resources.forEach(config::register);
        // WADL would publish an undocumented second description of the API next to OpenAPI.
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Jersey must not answer errors with its own HTML pages: our mapper decides every body.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return config;
    }
}
