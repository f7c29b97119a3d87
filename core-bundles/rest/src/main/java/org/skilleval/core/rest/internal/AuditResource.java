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
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.lifecycle.AuditService;

/** The audit trail of any object, for the province. */
@Component(service = ApiResource.class)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("province")
public class AuditResource implements ApiResource {

    /**
     * What a walk along the audit chain found; {@code firstBroken} is absent when it is intact.
     *
     * @param headSeq the place of the chain's last event
     * @param tookMillis how long the walk took
     */
    record Verification(
            boolean intact,
            long eventsChecked,
            long headSeq,
            String headHash,
            long anchorsChecked,
            BrokenLink firstBroken,
            long tookMillis) {

        static Verification of(AuditVerification v) {
            return new Verification(
                    v.intact(),
                    v.eventsChecked(),
                    v.headSeq(),
                    v.headHash(),
                    v.anchorsChecked(),
                    v.firstBroken()
                            .map(b -> new BrokenLink(
                                    b.seq(),
                                    b.eventId(),
                                    b.problem(),
                                    LocalizedMessage.of(b.messageZh(), b.messageEn())))
                            .orElse(null),
                    v.took().toMillis());
        }
    }

    /**
     * The first place the chain does not hold.
     *
     * @param problem {@code edited}, {@code deleted}, {@code inserted}, {@code relinked},
     *     {@code head-mismatch} or {@code anchor-mismatch}
     */
    record BrokenLink(long seq, long eventId, String problem, LocalizedMessage message) {}

    private final AuditService audit;

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
    }

    /** Walks the whole tamper-evident audit chain; 200 whether or not it is intact. */
    @GET
    @Path("verify")
    public Verification verify(@Context SecurityContext security) {
        return Verification.of(audit.verify(Requests.caller(security)));
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
