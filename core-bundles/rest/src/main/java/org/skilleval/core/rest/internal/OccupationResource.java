package org.skilleval.core.rest.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.lifecycle.OccupationCatalogService;
import org.skilleval.core.rules.TextRules;

/**
 * The occupation catalogue (职业（工种）目录), seed 一（三）2: which occupations have a 高级技师 national
 * standard or an industry or enterprise evaluation specification. The province keeps it; everyone
 * signed in reads it, e.g. to offer the occupations a candidate on a professional title may choose.
 */
@Component(service = ApiResource.class)
@Path("occupations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise", "expert", "applicant"})
public class OccupationResource implements ApiResource {

    record NewOccupation(String code, String name, Boolean hasSeniorTechnicianStandard, String basis) {}

    /** A change; each field left out keeps what is stored, a blank basis removes it. */
    record OccupationChange(Long version, Boolean hasSeniorTechnicianStandard, String basis, Boolean active) {}

    record Occupation(
            long id,
            long version,
            String code,
            String name,
            boolean hasSeniorTechnicianStandard,
            String basis,
            boolean active) {}

    private final OccupationCatalogService catalog;

    @Activate
    public OccupationResource(@Reference OccupationCatalogService catalog) {
        this.catalog = catalog;
    }

    @GET
    public PageBody<Occupation> list(
            @Context SecurityContext security,
            @QueryParam("q") String query,
            @QueryParam("hasStandard") String hasStandard,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        Boolean standardFilter = hasStandard == null || hasStandard.isBlank() ? null : bool("hasStandard", hasStandard);
        Page<OccupationRecord> page =
                catalog.list(Requests.caller(security), query, standardFilter, paging.offset(), paging.limit());
        return PageBody.of(page, OccupationResource::toDto);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public Response add(@Context SecurityContext security, @Context UriInfo uri, NewOccupation request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "name", request == null ? null : request.name());
        Requests.required(
                errors, "hasSeniorTechnicianStandard", request == null ? null : request.hasSeniorTechnicianStandard());
        Requests.throwIfAny(errors);
        OccupationRecord occupation = catalog.add(
                Requests.caller(security),
                request.code(),
                request.name(),
                request.hasSeniorTechnicianStandard(),
                request.basis());
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + occupation.id()))
                .entity(toDto(occupation))
                .build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public Occupation change(@Context SecurityContext security, @PathParam("id") String id, OccupationChange request) {
        long occupationId = Requests.id("id", id);
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return toDto(catalog.change(
                Requests.caller(security),
                occupationId,
                request.version(),
                request.hasSeniorTechnicianStandard(),
                request.basis(),
                request.active()));
    }

    // A query parameter is text: anything but true or false is refused rather than read as false.
    private static boolean bool(String field, String raw) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidRequest(List.of(new FieldError(
                    field,
                    "one-of",
                    LocalizedMessage.of(
                            field + " 须为 true 或 false，收到 \"" + TextRules.excerpt(raw) + "\"",
                            field + " must be true or false, got \"" + TextRules.excerpt(raw) + "\""))));
        };
    }

    private static Occupation toDto(OccupationRecord occupation) {
        return new Occupation(
                occupation.id(),
                occupation.version(),
                occupation.code(),
                occupation.name(),
                occupation.hasSeniorTechnicianStandard(),
                occupation.basis(),
                occupation.active());
    }
}
