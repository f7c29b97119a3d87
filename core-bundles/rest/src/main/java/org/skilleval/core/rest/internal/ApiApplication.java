package org.skilleval.core.rest.internal;

import java.util.function.Supplier;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.persistence.DatabaseHealth;
import org.skilleval.core.persistence.PluginEventLog;
import org.skilleval.core.registry.PluginRegistry;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.TokenService;

/** The JAX-RS application: resources built from core services, JSON by Jackson, one problem mapper. */
final class ApiApplication {

    private ApiApplication() {}

    static ResourceConfig create(
            String version,
            PluginRegistry registry,
            DatabaseHealth databaseHealth,
            Supplier<PluginEventLog> eventLog,
            Authenticator authenticator,
            TokenService tokens,
            RoundService rounds) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("SkillEval API");
        // Jackson's own exception mappers answer in plain text; ProblemMapper answers every error.
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new ObjectMapperProvider());
        config.register(new ProblemMapper());
        config.register(new TokenAuthenticationFilter(tokens));
        config.register(new RoleCheckFeature());
        config.register(new AuthResource(authenticator, tokens));
        config.register(new RoundResource(rounds));
        config.register(new HealthResource(version, databaseHealth, registry));
        config.register(new PluginResource(registry, eventLog));
        // WADL would publish an undocumented second description of the API next to OpenAPI.
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Jersey must not answer errors with its own HTML pages: our mapper decides every body.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        return config;
    }
}
