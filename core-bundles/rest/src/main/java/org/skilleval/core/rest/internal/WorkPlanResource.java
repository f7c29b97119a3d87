package org.skilleval.core.rest.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.WorkPlanService;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.Caller;

/**
 * Work plans (工作方案): the enterprise writes, publishes and submits; the province reviews. Every
 * answer is scoped to the caller.
 */
@Component(service = ApiResource.class)
@Path("work-plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise"})
public class WorkPlanResource implements ApiResource {

    record Choice(String pluginId, Map<String, String> configuration, String pinnedVersion) {

        PluginChoice toChoice() {
            return new PluginChoice(pluginId, configuration == null ? Map.of() : configuration, "");
        }

        static Choice of(PluginChoice choice) {
            return choice == null
                    ? null
                    : new Choice(choice.pluginId(), choice.configuration(), choice.pinnedVersion());
        }
    }

    record PlanContent(
            Long participationId,
            Long version,
            List<String> occupations,
            String criteria,
            List<Choice> methods,
            Choice scheme,
            String organisation,
            String schedule,
            Map<String, Integer> seniorTechnicians) {}

    record Transition(Long version) {}

    record Review(Boolean approve, String note, Long version) {}

    record Plan(
            long id,
            long version,
            long participationId,
            long roundId,
            String creditCode,
            String city,
            List<String> occupations,
            String criteria,
            List<Choice> methods,
            Choice scheme,
            String organisation,
            String schedule,
            Map<String, Integer> seniorTechnicians,
            String status,
            String reviewNote) {

        static Plan of(WorkPlanRecord p) {
            return new Plan(
                    p.id(),
                    p.version(),
                    p.participationId(),
                    p.roundId(),
                    p.creditCode(),
                    p.cityCode(),
                    p.occupations(),
                    p.criteria(),
                    p.methods().stream().map(Choice::of).toList(),
                    Choice.of(p.scheme()),
                    p.organisation(),
                    p.schedule(),
                    p.seniorTechnicians(),
                    p.status().name(),
                    p.reviewNote());
        }
    }

    private final WorkPlanService plans;

    @Activate
    public WorkPlanResource(@Reference WorkPlanService plans) {
        this.plans = plans;
    }

    @GET
    @RolesAllowed({"province", "city", "enterprise", "applicant"})
    public PageBody<Plan> list(
            @Context SecurityContext security,
            @QueryParam("roundId") String roundId,
            @QueryParam("city") String city,
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        WorkPlanStatus statusFilter = Requests.optionalEnum("status", status, WorkPlanStatus.class);
        Page<WorkPlanRecord> page = plans.list(
                Requests.caller(security),
                Requests.requiredId("roundId", roundId),
                city,
                statusFilter,
                paging.offset(),
                paging.limit());
        return PageBody.of(page, Plan::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"province", "city", "enterprise", "applicant"})
    public Plan get(@Context SecurityContext security, @PathParam("id") String id) {
        return Plan.of(plans.find(Requests.caller(security), Requests.id("id", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, PlanContent request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "participationId", request == null ? null : request.participationId());
        Requests.throwIfAny(errors);
        WorkPlanRecord created =
                plans.save(Requests.caller(security), request.participationId(), null, content(request));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id()))
                .entity(Plan.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Plan revise(@Context SecurityContext security, @PathParam("id") String id, PlanContent request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        Caller caller = Requests.caller(security);
        WorkPlanRecord plan = plans.find(caller, Requests.id("id", id));
        return Plan.of(plans.save(caller, plan.participationId(), request.version(), content(request)));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Plan publish(@Context SecurityContext security, @PathParam("id") String id, Transition request) {
        return Plan.of(plans.publish(Requests.caller(security), Requests.id("id", id), version(request)));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Plan withdraw(@Context SecurityContext security, @PathParam("id") String id, Transition request) {
        return Plan.of(plans.withdraw(Requests.caller(security), Requests.id("id", id), version(request)));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Plan submit(@Context SecurityContext security, @PathParam("id") String id, Transition request) {
        return Plan.of(plans.submit(Requests.caller(security), Requests.id("id", id), version(request)));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public Plan review(@Context SecurityContext security, @PathParam("id") String id, Review request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "approve", request == null ? null : request.approve());
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return Plan.of(plans.review(
                Requests.caller(security),
                Requests.id("id", id),
                request.version(),
                request.approve(),
                request.note()));
    }

    private static long version(Transition request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return request.version();
    }

    private static WorkPlanRecord.Content content(PlanContent request) {
        return new WorkPlanRecord.Content(
                request.occupations() == null ? List.of() : request.occupations(),
                request.criteria(),
                request.methods() == null
                        ? List.of()
                        : request.methods().stream().map(Choice::toChoice).toList(),
                request.scheme() == null ? null : request.scheme().toChoice(),
                request.organisation(),
                request.schedule(),
                seniorTechnicians(request.seniorTechnicians()));
    }

    /** A count left empty in a form is not declared, rather than zero. */
    private static Map<String, Integer> seniorTechnicians(Map<String, Integer> counts) {
        if (counts == null) {
            return Map.of();
        }
        Map<String, Integer> declared = new LinkedHashMap<>();
        counts.forEach((occupation, count) -> {
            if (occupation != null && count != null) {
                declared.put(occupation, count);
            }
        });
        return declared;
    }
}
