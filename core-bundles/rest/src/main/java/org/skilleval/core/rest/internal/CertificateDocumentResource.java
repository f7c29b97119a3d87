package org.skilleval.core.rest.internal;

import java.util.function.Supplier;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.skilleval.core.documents.Document;
import org.skilleval.core.documents.DocumentService;

/** A 特级技师 certificate as a PDF, with the QR code of its public verification; scoped like the certificates. */
@Path("certificates/{id}/certificate.pdf")
@RolesAllowed({"province", "city", "enterprise"})
public class CertificateDocumentResource {

    private final Supplier<DocumentService> documents;

    public CertificateDocumentResource(Supplier<DocumentService> documents) {
        this.documents = documents;
    }

    @GET
    @Produces(Document.PDF)
    public Response certificate(@Context SecurityContext security, @PathParam("id") String id) {
        return DocumentResponses.file(
                DocumentResponses.service(documents).certificate(Requests.caller(security), Requests.id("id", id)),
                true);
    }
}
