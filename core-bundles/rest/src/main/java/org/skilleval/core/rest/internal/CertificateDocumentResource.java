package org.skilleval.core.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.documents.Document;
import org.skilleval.core.documents.DocumentService;

/** A 特级技师 certificate as a PDF, with the QR code of its public verification; scoped like the certificates. */
@Component(service = ApiResource.class)
@Path("certificates/{id}/certificate.pdf")
@RolesAllowed({"province", "city", "enterprise"})
public class CertificateDocumentResource implements ApiResource {

    private final DocumentService documents;

    @Activate
    public CertificateDocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Produces(Document.PDF)
    public Response certificate(@Context SecurityContext security, @PathParam("id") String id) {
        return DocumentResponses.file(documents.certificate(Requests.caller(security), Requests.id("id", id)), true);
    }
}
