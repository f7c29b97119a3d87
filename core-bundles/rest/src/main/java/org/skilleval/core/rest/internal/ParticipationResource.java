package org.skilleval.core.rest.internal;

import java.net.URI;
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
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.lifecycle.PilotEnterpriseService;
import org.skilleval.core.rules.ParticipationStatus;

/**
 * Pilot enterprises per round (试点企业): cities recommend, the province decides. Every answer is
 * scoped to the caller: a city sees its own enterprises, an enterprise itself.
 */
@Component(service = ApiResource.class)
@Path("participations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise"})
public class ParticipationResource implements ApiResource {

    record NewRecommendation(
            Long roundId,
            String creditCode,
            String name,
            Boolean aboveDesignatedSize,
            Boolean hasRunSeniorTechnicianEvaluation,
            Integer seniorTechnicianCount,
            Boolean centralSoeBranchFiledWithMinistry,
            Boolean g42DemonstrationBase) {}

    record Decision(Boolean accept, String note, Long version) {}

    record QuotaOverride(Long roundId, String city, String reason) {}

    record CityConfirmation(String creditCode, String city, String reason) {}

    record Participation(
            long id,
            long version,
            long roundId,
            String creditCode,
            String enterpriseName,
            String city,
            EnterpriseEvidence evidence,
            boolean countsAgainstQuota,
            String status,
            String recommendedBy,
            String decisionNote) {

        static Participation of(ParticipationRecord p) {
            return new Participation(
                    p.id(),
                    p.version(),
                    p.roundId(),
                    p.creditCode(),
                    p.enterpriseName(),
                    p.cityCode(),
                    p.evidence(),
                    p.countsAgainstQuota(),
                    p.status().name(),
                    p.recommendedBy(),
                    p.decisionNote());
        }
    }

    private final PilotEnterpriseService enterprises;

    @Activate
    public ParticipationResource(@Reference PilotEnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GET
    public PageBody<Participation> list(
            @Context SecurityContext security,
            @QueryParam("roundId") String roundId,
            @QueryParam("city") String city,
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        ParticipationStatus statusFilter = Requests.optionalEnum("status", status, ParticipationStatus.class);
        Page<ParticipationRecord> page = enterprises.list(
                Requests.caller(security),
                Requests.requiredId("roundId", roundId),
                city,
                statusFilter,
                paging.offset(),
                paging.limit());
        return PageBody.of(page, Participation::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("city")
    public Response recommend(@Context SecurityContext security, @Context UriInfo uri, NewRecommendation request) {
        List<FieldError> errors = new ArrayList<>();
        NewRecommendation r =
                request == null ? new NewRecommendation(null, null, null, null, null, null, null, null) : request;
        Requests.required(errors, "roundId", r.roundId());
        Requests.required(errors, "creditCode", r.creditCode());
        Requests.required(errors, "name", r.name());
        Requests.required(errors, "aboveDesignatedSize", r.aboveDesignatedSize());
        Requests.required(errors, "hasRunSeniorTechnicianEvaluation", r.hasRunSeniorTechnicianEvaluation());
        Requests.required(errors, "seniorTechnicianCount", r.seniorTechnicianCount());
        Requests.required(errors, "centralSoeBranchFiledWithMinistry", r.centralSoeBranchFiledWithMinistry());
        Requests.required(errors, "g42DemonstrationBase", r.g42DemonstrationBase());
        if (r.seniorTechnicianCount() != null && r.seniorTechnicianCount() < 0) {
            errors.add(new FieldError(
                    "seniorTechnicianCount",
                    "range",
                    LocalizedMessage.of("高级技师人数不能为负数", "seniorTechnicianCount cannot be negative")));
        }
        Requests.throwIfAny(errors);
        ParticipationRecord created = enterprises.recommend(
                Requests.caller(security),
                r.roundId(),
                r.creditCode(),
                r.name(),
                new EnterpriseEvidence(
                        r.aboveDesignatedSize(),
                        r.hasRunSeniorTechnicianEvaluation(),
                        r.seniorTechnicianCount(),
                        r.centralSoeBranchFiledWithMinistry(),
                        r.g42DemonstrationBase()));
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + created.id()))
                .entity(Participation.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    public Participation get(@Context SecurityContext security, @PathParam("id") String id) {
        return Participation.of(enterprises.find(Requests.caller(security), Requests.id("id", id)));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public Participation decide(@Context SecurityContext security, @PathParam("id") String id, Decision request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "accept", request == null ? null : request.accept());
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return Participation.of(enterprises.decide(
                Requests.caller(security), Requests.id("id", id), request.version(), request.accept(), request.note()));
    }

    @POST
    @Path("quota-overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public Response grantQuotaOverride(@Context SecurityContext security, QuotaOverride request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "roundId", request == null ? null : request.roundId());
        Requests.required(errors, "city", request == null ? null : request.city());
        Requests.required(errors, "reason", request == null ? null : request.reason());
        Requests.throwIfAny(errors);
        enterprises.grantQuotaOverride(Requests.caller(security), request.roundId(), request.city(), request.reason());
        return Response.noContent().build();
    }

    /**
     * The province confirms which city an enterprise belongs to when its credit code names none
     * (registered with the province or outside Jiangsu); the city may then recommend it.
     */
    @POST
    @Path("city-confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("province")
    public Response confirmCity(@Context SecurityContext security, CityConfirmation request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "creditCode", request == null ? null : request.creditCode());
        Requests.required(errors, "city", request == null ? null : request.city());
        Requests.required(errors, "reason", request == null ? null : request.reason());
        Requests.throwIfAny(errors);
        enterprises.confirmCity(Requests.caller(security), request.creditCode(), request.city(), request.reason());
        return Response.noContent().build();
    }
}
