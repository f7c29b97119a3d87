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

/** The 特级技师评审申报表 as a PDF to print, sign and stamp: for those who may read the application. */
@Component(service = ApiResource.class)
@Path("applications/{id}/form.pdf")
@RolesAllowed({"province", "city", "enterprise", "applicant"})
public class ApplicationFormDocumentResource implements ApiResource {

    private final DocumentService documents;

    @Activate
    public ApplicationFormDocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Produces(Document.PDF)
    public Response form(@Context SecurityContext security, @PathParam("id") String id) {
        return DocumentResponses.file(
                documents.applicationForm(Requests.caller(security), Requests.id("id", id)), true);
    }
}
