package org.skilleval.core.rest.internal;

import java.net.URI;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.accounts.ExpertPoolService;
import org.skilleval.core.domain.PoolExpertRecord;

/**
 * The provincial expert pool (专家库): the province and the cities keep it, enterprises read it to
 * pick their panel members.
 */
@Component(service = ApiResource.class)
@Path("expert-pool")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertPoolResource implements ApiResource {

    record Expert(
            String expertId,
            String name,
            String occupation,
            String organisation,
            String title,
            String city,
            List<PoolExpertRecord.DeclaredRelation> relations,
            boolean enabled) {

        static Expert of(PoolExpertRecord expert) {
            return new Expert(
                    expert.expertId(),
                    expert.name(),
                    expert.occupation(),
                    expert.organisation(),
                    expert.title(),
                    expert.cityCode(),
                    expert.relations(),
                    expert.enabled());
        }
    }

    record NewExpert(
            String expertId,
            String name,
            String occupation,
            String organisation,
            String title,
            String city,
            List<PoolExpertRecord.DeclaredRelation> relations) {}

    private final ExpertPoolService pool;

    @Activate
    public ExpertPoolResource(@Reference ExpertPoolService pool) {
        this.pool = pool;
    }

    @GET
    @RolesAllowed({"province", "city", "enterprise"})
    public PageBody<Expert> list(
            @Context SecurityContext security,
            @QueryParam("city") String city,
            @QueryParam("occupation") String occupation,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        return PageBody.of(
                pool.list(Requests.caller(security), city, occupation, paging.offset(), paging.limit()), Expert::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province", "city"})
    public Response add(@Context SecurityContext security, NewExpert request) {
        List<FieldError> errors = new java.util.ArrayList<>();
        Requests.required(errors, "expertId", request == null ? null : request.expertId());
        Requests.required(errors, "name", request == null ? null : request.name());
        Requests.required(errors, "occupation", request == null ? null : request.occupation());
        Requests.throwIfAny(errors);
        PoolExpertRecord added = pool.add(
                Requests.caller(security),
                new PoolExpertRecord(
                        0,
                        0,
                        request.expertId(),
                        request.name(),
                        request.occupation(),
                        request.organisation(),
                        request.title(),
                        request.city(),
                        request.relations(),
                        true));
        return Response.created(URI.create("expert-pool/" + added.expertId()))
                .entity(Expert.of(added))
                .build();
    }

    @GET
    @Path("{expertId}")
    @RolesAllowed({"province", "city", "enterprise"})
    public Expert get(@Context SecurityContext security, @PathParam("expertId") String expertId) {
        return Expert.of(pool.find(Requests.caller(security), expertId));
    }

    @POST
    @Path("{expertId}/disable")
    @RolesAllowed({"province", "city"})
    public Expert disable(@Context SecurityContext security, @PathParam("expertId") String expertId) {
        return Expert.of(pool.setEnabled(Requests.caller(security), expertId, false));
    }

    @POST
    @Path("{expertId}/enable")
    @RolesAllowed({"province", "city"})
    public Expert enable(@Context SecurityContext security, @PathParam("expertId") String expertId) {
        return Expert.of(pool.setEnabled(Requests.caller(security), expertId, true));
    }
}
