package org.skilleval.core.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.lifecycle.ObjectionService;
import org.skilleval.core.rules.ObjectionStatus;

/**
 * Objections (异议) as those who resolve them see them: the province all, an enterprise those
 * against its own lists. The objector's name and contact are shown here only.
 */
@Component(service = ApiResource.class)
@Path("objections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "enterprise"})
public class ObjectionResource implements ApiResource {

    record Resolution(Long version, Boolean upheld, String note) {}

    record Objection(
            long id,
            long version,
            String receiptNumber,
            long listId,
            long entryId,
            long roundId,
            String creditCode,
            String city,
            String candidateName,
            String content,
            String objectorName,
            String objectorContact,
            Instant submittedAt,
            String status,
            String resolutionNote,
            String resolvedBy,
            Instant resolvedAt) {

        static Objection of(ObjectionRecord o) {
            return new Objection(
                    o.id(),
                    o.version(),
                    o.receiptNumber(),
                    o.listId(),
                    o.entryId(),
                    o.roundId(),
                    o.creditCode(),
                    o.cityCode(),
                    o.candidateName(),
                    o.content(),
                    o.objectorName(),
                    o.objectorContact(),
                    o.submittedAt(),
                    o.status().name(),
                    o.resolutionNote(),
                    o.resolvedBy(),
                    o.resolvedAt());
        }
    }

    private final ObjectionService objections;

    @Activate
    public ObjectionResource(@Reference ObjectionService objections) {
        this.objections = objections;
    }

    @GET
    public PageBody<Objection> list(
            @Context SecurityContext security,
            @QueryParam("roundId") String roundId,
            @QueryParam("listId") String listId,
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        return PageBody.of(
                objections.list(
                        Requests.caller(security),
                        roundId == null || roundId.isBlank() ? null : Requests.id("roundId", roundId),
                        listId == null || listId.isBlank() ? null : Requests.id("listId", listId),
                        Requests.optionalEnum("status", status, ObjectionStatus.class),
                        paging.offset(),
                        paging.limit()),
                Objection::of);
    }

    @GET
    @Path("{id}")
    public Objection get(@Context SecurityContext security, @PathParam("id") String id) {
        return Objection.of(objections.find(Requests.caller(security), Requests.id("id", id)));
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Objection resolve(@Context SecurityContext security, @PathParam("id") String id, Resolution request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "upheld", request == null ? null : request.upheld());
        Requests.required(errors, "note", request == null ? null : request.note());
        Requests.throwIfAny(errors);
        return Objection.of(objections.resolve(
                Requests.caller(security), Requests.id("id", id), request.version(), request.upheld(), request.note()));
    }
}
