package org.skilleval.core.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.lifecycle.CityExtension;
import org.skilleval.core.lifecycle.CityExtensionService;

/**
 * A city's extensions (城市扩展): the plugins that declare themselves an extension of the city,
 * and whether the city's agency enabled them for its enterprises. The province and the city read
 * them; only the city's agency enables or disables (another city's agency gets 404, the province
 * 403: the decision is the city's, and the province still approves every plan).
 */
@Component(service = ApiResource.class)
@Path("cities/{city}/extensions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city"})
public class CityExtensionResource implements ApiResource {

    record Name(String zh, String en) {}

    /**
     * @param kind {@code ASSESSMENT_METHOD} or {@code SCORING_SCHEME}; {@code null} when no version
     *     is installed now
     * @param version the enablement's version, {@code 0} before its first change
     */
    record Extension(
            String city,
            String pluginId,
            String kind,
            Name name,
            boolean installed,
            boolean enabled,
            long version,
            String changedBy,
            Instant changedAt) {

        static Extension of(CityExtension e) {
            return new Extension(
                    e.cityCode(),
                    e.pluginId(),
                    e.kind() == null ? null : e.kind().name(),
                    new Name(e.name().zh(), e.name().en()),
                    e.installed(),
                    e.enabled(),
                    e.version(),
                    e.changedBy(),
                    e.changedAt());
        }
    }

    record ExtensionList(List<Extension> items, int total) {}

    /** @param version the version read, to refuse a concurrent change (409); optional */
    record Change(Boolean enabled, Long version) {}

    private final CityExtensionService extensions;

    @Activate
    public CityExtensionResource(@Reference CityExtensionService extensions) {
        this.extensions = extensions;
    }

    /** The city's extensions by plugin id: at most one per installed plugin, never a long list. */
    @GET
    public ExtensionList list(@Context SecurityContext security, @PathParam("city") String city) {
        List<Extension> items = extensions.list(Requests.caller(security), city).stream()
                .map(Extension::of)
                .toList();
        return new ExtensionList(items, items.size());
    }

    @PUT
    @Path("{pluginId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("city")
    public Extension change(
            @Context SecurityContext security,
            @PathParam("city") String city,
            @PathParam("pluginId") String pluginId,
            Change request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "enabled", request == null ? null : request.enabled());
        Requests.throwIfAny(errors);
        return Extension.of(
                extensions.setEnabled(Requests.caller(security), city, pluginId, request.enabled(), request.version()));
    }
}
