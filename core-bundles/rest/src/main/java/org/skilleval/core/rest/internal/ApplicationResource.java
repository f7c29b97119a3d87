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
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.Page;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.security.Caller;

/**
 * Applications (申报表): the employee fills in and submits; the enterprise endorses or returns. A
 * list shows ID numbers masked; one application shows its full form to those in its scope.
 */
@Component(service = ApiResource.class)
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise", "applicant"})
public class ApplicationResource implements ApiResource {

    record Draft(Long participationId, Long version, ApplicationForm form) {}

    record Transition(Long version) {}

    record Review(Boolean endorse, String opinion, Long version) {}

    record Summary(
            long id,
            long version,
            long roundId,
            String creditCode,
            String city,
            String name,
            String idNumber,
            String appliedOccupation,
            String status,
            Boolean eligible) {

        static Summary of(ApplicationSummary a) {
            return new Summary(
                    a.id(),
                    a.version(),
                    a.roundId(),
                    a.creditCode(),
                    a.cityCode(),
                    a.name(),
                    ApplicationRecord.mask(a.idNumber()),
                    a.appliedOccupation(),
                    a.status().name(),
                    a.eligible());
        }
    }

    record Application(
            long id,
            long version,
            long roundId,
            long participationId,
            String creditCode,
            String city,
            String status,
            ApplicationForm form,
            EligibilityDecision eligibility,
            String enterpriseOpinion) {

        static Application of(ApplicationRecord a) {
            return new Application(
                    a.id(),
                    a.version(),
                    a.roundId(),
                    a.participationId(),
                    a.creditCode(),
                    a.cityCode(),
                    a.status().name(),
                    a.form(),
                    a.eligibility(),
                    a.enterpriseOpinion());
        }
    }

    private final ApplicationService applications;

    @Activate
    public ApplicationResource(@Reference ApplicationService applications) {
        this.applications = applications;
    }

    @GET
    public PageBody<Summary> list(
            @Context SecurityContext security,
            @QueryParam("roundId") String roundId,
            @QueryParam("city") String city,
            @QueryParam("status") String status,
            @QueryParam("eligible") String eligible,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        ApplicationStatus statusFilter = Requests.optionalEnum("status", status, ApplicationStatus.class);
        Boolean eligibleFilter = eligible == null || eligible.isBlank() ? null : Requests.bool("eligible", eligible);
        Page<ApplicationSummary> page = applications.summaries(
                Requests.caller(security),
                Requests.requiredId("roundId", roundId),
                city,
                statusFilter,
                eligibleFilter,
                paging.offset(),
                paging.limit());
        return PageBody.of(page, Summary::of);
    }

    @GET
    @Path("{id}")
    public Application get(@Context SecurityContext security, @PathParam("id") String id) {
        return Application.of(applications.find(Requests.caller(security), Requests.id("id", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("applicant")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, Draft request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "participationId", request == null ? null : request.participationId());
        Requests.required(errors, "form", request == null ? null : request.form());
        Requests.throwIfAny(errors);
        ApplicationRecord created =
                applications.save(Requests.caller(security), request.participationId(), null, request.form());
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id()))
                .entity(Application.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("applicant")
    public Application revise(@Context SecurityContext security, @PathParam("id") String id, Draft request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.required(errors, "form", request == null ? null : request.form());
        Requests.throwIfAny(errors);
        Caller caller = Requests.caller(security);
        ApplicationRecord current = applications.find(caller, Requests.id("id", id));
        return Application.of(applications.save(caller, current.participationId(), request.version(), request.form()));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("applicant")
    public Application submit(@Context SecurityContext security, @PathParam("id") String id, Transition request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return Application.of(applications.submit(Requests.caller(security), Requests.id("id", id), request.version()));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Application review(@Context SecurityContext security, @PathParam("id") String id, Review request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "endorse", request == null ? null : request.endorse());
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return Application.of(applications.review(
                Requests.caller(security),
                Requests.id("id", id),
                request.version(),
                request.endorse(),
                request.opinion()));
    }
}
