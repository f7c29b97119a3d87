package org.skilleval.core.rest.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.SupervisionNoteRecord;
import org.skilleval.core.lifecycle.SupervisionService;

/**
 * On-site supervision notes (现场督导): the province, or the enterprise's city, records what it
 * found; the province, the city and the enterprise read them. Notes are never changed.
 */
@Component(service = ApiResource.class)
@Path("supervision-notes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise"})
public class SupervisionNoteResource implements ApiResource {

    record NewNote(Long participationId, LocalDate visitedOn, String findings, Long panelId, String occupation) {}

    record Note(
            long id,
            long roundId,
            long participationId,
            String creditCode,
            String city,
            LocalDate visitedOn,
            String findings,
            Long panelId,
            String occupation,
            String recordedBy,
            String recordedByRole,
            Instant recordedAt) {

        static Note of(SupervisionNoteRecord n) {
            return new Note(
                    n.id(),
                    n.roundId(),
                    n.participationId(),
                    n.creditCode(),
                    n.cityCode(),
                    n.visitedOn(),
                    n.findings(),
                    n.panelId(),
                    n.occupation(),
                    n.recordedBy(),
                    n.recordedByRole(),
                    n.recordedAt());
        }
    }

    private final SupervisionService supervision;

    @Activate
    public SupervisionNoteResource(@Reference SupervisionService supervision) {
        this.supervision = supervision;
    }

    @GET
    public PageBody<Note> list(
            @Context SecurityContext security,
            @QueryParam("roundId") String roundId,
            @QueryParam("participationId") String participationId,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        Long participation = participationId == null || participationId.isBlank()
                ? null
                : Requests.id("participationId", participationId);
        return PageBody.of(
                supervision.list(
                        Requests.caller(security),
                        Requests.requiredId("roundId", roundId),
                        participation,
                        paging.offset(),
                        paging.limit()),
                Note::of);
    }

    @GET
    @Path("{id}")
    public Note get(@Context SecurityContext security, @PathParam("id") String id) {
        return Note.of(supervision.find(Requests.caller(security), Requests.id("id", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province", "city"})
    public Response record(@Context SecurityContext security, @Context UriInfo uri, NewNote request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "participationId", request == null ? null : request.participationId());
        Requests.required(errors, "visitedOn", request == null ? null : request.visitedOn());
        Requests.required(errors, "findings", request == null ? null : request.findings());
        Requests.throwIfAny(errors);
        SupervisionNoteRecord note = supervision.record(
                Requests.caller(security),
                request.participationId(),
                request.visitedOn(),
                request.findings(),
                request.panelId(),
                request.occupation());
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + note.id()))
                .entity(Note.of(note))
                .build();
    }
}
