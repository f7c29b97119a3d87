package org.skilleval.core.rest.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.skilleval.core.lifecycle.PanelService;
import org.skilleval.core.persistence.PanelMember;
import org.skilleval.core.persistence.PanelRecord;

/**
 * Expert panels (评委会): the enterprise composes one per occupation of its approved plan; everyone
 * in scope reads them, an expert the panels they sit on.
 */
@Path("panels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise", "expert"})
public class PanelResource {

    record Member(String expertId, String name, String organisation, String title, Boolean chair) {

        static Member of(PanelMember m) {
            return new Member(m.expertId(), m.name(), m.organisation(), m.title(), m.chair());
        }

        PanelMember toMember() {
            return new PanelMember(
                    expertId == null ? "" : expertId, name, organisation, title, Boolean.TRUE.equals(chair));
        }
    }

    record Composition(Long participationId, String occupation, List<Member> members, Long version) {}

    record Panel(
            long id,
            long version,
            long roundId,
            long participationId,
            String creditCode,
            String city,
            String occupation,
            List<Member> members,
            boolean locked) {

        static Panel of(PanelRecord p) {
            return new Panel(
                    p.id(),
                    p.version(),
                    p.roundId(),
                    p.participationId(),
                    p.creditCode(),
                    p.cityCode(),
                    p.occupation(),
                    p.members().stream().map(Member::of).toList(),
                    p.locked());
        }
    }

    private final PanelService panels;

    public PanelResource(PanelService panels) {
        this.panels = panels;
    }

    @GET
    public PageBody<Panel> list(
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
                panels.list(
                        Requests.caller(security),
                        Requests.requiredId("roundId", roundId),
                        participation,
                        paging.offset(),
                        paging.limit()),
                Panel::of);
    }

    @GET
    @Path("{id}")
    public Panel get(@Context SecurityContext security, @PathParam("id") String id) {
        return Panel.of(panels.find(Requests.caller(security), Requests.id("id", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Response compose(@Context SecurityContext security, @Context UriInfo uri, Composition request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "participationId", request == null ? null : request.participationId());
        Requests.required(errors, "occupation", request == null ? null : request.occupation());
        Requests.required(errors, "members", request == null ? null : request.members());
        Requests.throwIfAny(errors);
        PanelRecord created = panels.compose(
                Requests.caller(security), request.participationId(), request.occupation(), members(request));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id()))
                .entity(Panel.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Panel revise(@Context SecurityContext security, @PathParam("id") String id, Composition request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "members", request == null ? null : request.members());
        Requests.throwIfAny(errors);
        return Panel.of(
                panels.revise(Requests.caller(security), Requests.id("id", id), request.version(), members(request)));
    }

    private static List<PanelMember> members(Composition request) {
        return request.members().stream()
                .map(m -> m == null ? null : m.toMember())
                .toList();
    }
}
