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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.lifecycle.PanelConflict;
import org.skilleval.core.lifecycle.PanelService;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * Expert panels (评委会): the enterprise composes one per occupation of its approved plan; everyone
 * in scope reads them, an expert the panels they sit on.
 */
@Component(service = ApiResource.class)
@Path("panels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise", "expert"})
public class PanelResource implements ApiResource {

    /**
     * A relation a member declares to a candidate (回避申报). {@code relation} is one of
     * DIRECT_SUPERIOR, DIRECT_SUBORDINATE, MENTOR, APPRENTICE, RELATIVE.
     */
    record Relation(Long applicationId, String relation, String note) {

        static Relation of(ExpertRelation r) {
            return new Relation(r.applicationId(), r.relation().name(), r.note());
        }
    }

    /**
     * A member. {@code department} (the member's department in the enterprise; empty or absent for an
     * external expert) and {@code relations} are optional.
     */
    record Member(
            String expertId,
            String name,
            String organisation,
            String title,
            Boolean chair,
            String department,
            List<Relation> relations) {

        static Member of(PanelMember m) {
            return new Member(
                    m.expertId(),
                    m.name(),
                    m.organisation(),
                    m.title(),
                    m.chair(),
                    m.department(),
                    m.relations().stream().map(Relation::of).toList());
        }

        PanelMember toMember(List<FieldError> errors, String field) {
            List<ExpertRelation> declared = new ArrayList<>();
            List<Relation> given = relations == null ? List.of() : relations;
            for (int i = 0; i < given.size(); i++) {
                Relation r = given.get(i);
                String at = field + ".relations[" + i + "]";
                ExpertRelation.Kind kind = null;
                try {
                    kind = r == null || r.relation() == null ? null : ExpertRelation.Kind.valueOf(r.relation());
                } catch (IllegalArgumentException unknown) {
                    // reported below
                }
                if (kind == null) {
                    errors.add(
                            new FieldError(
                                    at + ".relation",
                                    "one-of",
                                    LocalizedMessage.of(
                                            "关系须为 DIRECT_SUPERIOR、DIRECT_SUBORDINATE、MENTOR、APPRENTICE 或 RELATIVE",
                                            "relation is DIRECT_SUPERIOR, DIRECT_SUBORDINATE, MENTOR, APPRENTICE or RELATIVE")));
                    continue;
                }
                declared.add(new ExpertRelation(r.applicationId() == null ? 0 : r.applicationId(), kind, r.note()));
            }
            return new PanelMember(
                    expertId == null ? "" : expertId,
                    name,
                    organisation,
                    title,
                    Boolean.TRUE.equals(chair),
                    department,
                    declared);
        }
    }

    /** A conflict of interest of a member with a candidate; never with the candidate's ID number. */
    record Conflict(
            String expertId,
            String expertName,
            long applicationId,
            String candidateName,
            String ruleId,
            LocalizedText reason) {

        static Conflict of(PanelConflict c) {
            return new Conflict(
                    c.expertId(), c.expertName(), c.applicationId(), c.candidateName(), c.ruleId(), c.reason());
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

    @Activate
    public PanelResource(@Reference PanelService panels) {
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

    @GET
    @Path("{id}/conflicts")
    public List<Conflict> conflicts(@Context SecurityContext security, @PathParam("id") String id) {
        return panels.conflicts(Requests.caller(security), Requests.id("id", id)).stream()
                .map(Conflict::of)
                .toList();
    }

    private static List<PanelMember> members(Composition request) {
        List<FieldError> errors = new ArrayList<>();
        List<PanelMember> members = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            Member m = request.members().get(i);
            members.add(m == null ? null : m.toMember(errors, "members[" + i + "]"));
        }
        Requests.throwIfAny(errors);
        return members;
    }
}
