package org.skilleval.core.rest.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.lifecycle.HealthService;
import org.skilleval.core.registry.PluginRegistry;
import org.skilleval.core.registry.PluginState;

/** {@code GET /api/health}: 200 when the platform can serve, 503 when its database does not answer. */
@Component(service = ApiResource.class)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HealthResource implements ApiResource {

    /**
     * @param status {@code UP} or {@code DOWN}
     * @param version the SkillEval release
     * @param database whether the database answers
     * @param plugins how many plugins are active
     */
    record Health(String status, String version, Database database, long plugins) {}

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
    public Response health() {
        boolean reachable = healthService.databaseReachable();
        long active = registry.plugins().stream()
                .filter(p -> p.state() == PluginState.ACTIVE)
                .count();
        Health health = new Health(reachable ? "UP" : "DOWN", version, new Database(reachable), active);
        return Response.status(reachable ? 200 : 503).entity(health).build();
    }
}
