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

/** The 特级技师评审申报表 as a PDF to print, sign and stamp: for those who may read the application. */
@Path("applications/{id}/form.pdf")
@RolesAllowed({"province", "city", "enterprise", "applicant"})
public class ApplicationFormDocumentResource {

    private final Supplier<DocumentService> documents;

    public ApplicationFormDocumentResource(Supplier<DocumentService> documents) {
        this.documents = documents;
    }

    @GET
    @Produces(Document.PDF)
    public Response form(@Context SecurityContext security, @PathParam("id") String id) {
        return DocumentResponses.file(
                DocumentResponses.service(documents).applicationForm(Requests.caller(security), Requests.id("id", id)),
                true);
    }
}
