package org.skilleval.core.rest.internal;

import java.time.LocalDate;
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
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.rules.CertificateStatus;

/** 特级技师 certificates as issued, scoped like the lists they were issued for. */
@Component(service = ApiResource.class)
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise"})
public class CertificateResource implements ApiResource {

    record Certificate(
            long id,
            String code,
            long applicationId,
            long listId,
            long roundId,
            String name,
            String occupation,
            String creditCode,
            String enterpriseName,
            String city,
            LocalDate issuedOn,
            String status,
            String revocationReason) {

        static Certificate of(CertificateRecord c) {
            return new Certificate(
                    c.id(),
                    c.code(),
                    c.applicationId(),
                    c.listId(),
                    c.roundId(),
                    c.name(),
                    c.occupation(),
                    c.creditCode(),
                    c.enterpriseName(),
                    c.cityCode(),
                    c.issuedOn(),
                    c.status().name(),
                    c.revocationReason());
        }
    }

    private final CertificateService certificates;

    @Activate
    public CertificateResource(@Reference CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    public PageBody<Certificate> list(
            @Context SecurityContext security,
            @QueryParam("roundId") String roundId,
            @QueryParam("listId") String listId,
            @QueryParam("city") String city,
            @QueryParam("status") String status,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        return PageBody.of(
                certificates.list(
                        Requests.caller(security),
                        roundId == null || roundId.isBlank() ? null : Requests.id("roundId", roundId),
                        listId == null || listId.isBlank() ? null : Requests.id("listId", listId),
                        city,
                        Requests.optionalEnum("status", status, CertificateStatus.class),
                        paging.offset(),
                        paging.limit()),
                Certificate::of);
    }
}
