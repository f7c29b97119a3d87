package org.skilleval.core.rest.internal;

import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Configuration;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.lifecycle.HealthService;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;

/**
 * {@code GET /api/health}: 200 when the platform can serve, 503 when its database does not answer.
 * {@code UP} only when every API resource is served too; while some are not (at boot, before their
 * services come, or when a service went away) it is {@code DEGRADED}, naming them, still 200: the
 * other paths answer, and a client that needs everything waits for {@code UP}.
 */
@Component(service = ApiResource.class)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HealthResource implements ApiResource {

    /**
     * @param status {@code UP}, {@code DEGRADED} or {@code DOWN}
     * @param version the SkillEval release
     * @param database whether the database answers
     * @param plugins how many plugins are active
     * @param unavailable the API resources not served now (their paths answer 503), by name
     */
    record Health(String status, String version, Database database, long plugins, List<String> unavailable) {}

    /** The application's property naming the resources that are not served now. */
    static final String UNAVAILABLE = "skilleval.api.unavailable";

    record Database(boolean reachable) {}

    private final String version;
    private final HealthService healthService;
    private final PluginRegistry registry;

    @Activate
    public HealthResource(
            @Reference HealthService healthService, @Reference PluginRegistry registry, BundleContext bundleContext) {
        this(Release.of(bundleContext.getBundle()), healthService, registry);
    }

    HealthResource(String version, HealthService healthService, PluginRegistry registry) {
        this.version = version;
        this.healthService = healthService;
        this.registry = registry;
    }

    @GET
    public Response health(@Context Configuration application) {
        boolean reachable = healthService.databaseReachable();
        long active = registry.plugins().stream()
                .filter(p -> p.state() == PluginState.ACTIVE)
                .count();
        List<String> unavailable = application.getProperty(UNAVAILABLE) instanceof List<?> names
                ? names.stream().map(String::valueOf).toList()
                : List.of();
        String status = !reachable ? "DOWN" : unavailable.isEmpty() ? "UP" : "DEGRADED";
        Health health = new Health(status, version, new Database(reachable), active, unavailable);
        return Response.status(reachable ? 200 : 503).entity(health).build();
    }
}
