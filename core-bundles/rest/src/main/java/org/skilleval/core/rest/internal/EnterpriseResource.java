package org.skilleval.core.rest.internal;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.EnterpriseRecord;
import org.skilleval.core.lifecycle.PilotEnterpriseService;

/**
 * Pilot enterprises across rounds, by credit code: what the platform keeps of them once, such as
 * the organisation and site codes their certificates carry. Scoped like participations.
 */
@Component(service = ApiResource.class)
@Path("enterprises")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise"})
public class EnterpriseResource implements ApiResource {

    record Enterprise(
            String creditCode,
            long version,
            String name,
            String city,
            String certificateOrganisationCode,
            String certificateSiteCode) {

        static Enterprise of(EnterpriseRecord e) {
            return new Enterprise(
                    e.creditCode(),
                    e.version(),
                    e.name(),
                    e.cityCode(),
                    e.certificateOrganisationCode(),
                    e.certificateSiteCode());
        }
    }

    record CertificateCodes(String organisationCode, String siteCode, Long version) {}

    private final PilotEnterpriseService enterprises;

    @Activate
    public EnterpriseResource(@Reference PilotEnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GET
    @Path("{creditCode}")
    public Enterprise get(@Context SecurityContext security, @PathParam("creditCode") String creditCode) {
        return Enterprise.of(enterprises.enterprise(Requests.caller(security), creditCode));
    }

    /** The enterprise sets the organisation and site codes of its certificates, once (audited). */
    @PUT
    @Path("{creditCode}/certificate-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("enterprise")
    public Enterprise setCertificateCodes(
            @Context SecurityContext security, @PathParam("creditCode") String creditCode, CertificateCodes request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "organisationCode", request == null ? null : request.organisationCode());
        Requests.required(errors, "siteCode", request == null ? null : request.siteCode());
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return Enterprise.of(enterprises.setCertificateCodes(
                Requests.caller(security),
                creditCode,
                request.version(),
                request.organisationCode(),
                request.siteCode()));
    }
}
