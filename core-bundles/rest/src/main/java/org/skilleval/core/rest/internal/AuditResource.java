package org.skilleval.core.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.lifecycle.AuditService;

/** The audit trail of any object, for the province. */
@Component(service = ApiResource.class)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("province")
public class AuditResource implements ApiResource {

    private final AuditService audit;

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
    }

    /**
     * @param objectType e.g. {@code Application}, {@code Certificate} ({@link AuditService#OBJECT_TYPES})
     * @param objectId the object's id
     */
    @GET
    public PageBody<RoundResource.AuditEntry> trail(
            @Context SecurityContext security,
            @QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        Requests.required(errors, "objectType", objectType);
        Requests.required(errors, "objectId", objectId);
        Requests.throwIfAny(errors);
        Paging paging = Paging.of(offset, limit);
        return PageBody.of(
                audit.trail(
                        Requests.caller(security),
                        objectType.strip(),
                        objectId.strip(),
                        paging.offset(),
                        paging.limit()),
                RoundResource.AuditEntry::of);
    }
}
