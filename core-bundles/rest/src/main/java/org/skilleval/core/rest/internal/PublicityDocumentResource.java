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

/**
 * A proposal list's publicity notice (建议人选名单公示) as PDF or Excel, for the enterprise to post and
 * the province and city to file: {@code publicity.pdf} or {@code publicity.xlsx}.
 */
@Component(service = ApiResource.class)
@Path("proposal-lists/{id}/publicity.{format: pdf|xlsx}")
@RolesAllowed({"province", "city", "enterprise"})
public class PublicityDocumentResource implements ApiResource {

    private final DocumentService documents;

    @Activate
    public PublicityDocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Produces({Document.PDF, Document.XLSX})
    public Response publicity(
            @Context SecurityContext security, @PathParam("id") String id, @PathParam("format") String format) {
        return DocumentResponses.file(
                documents.publicityList(
                        Requests.caller(security), Requests.id("id", id), DocumentResponses.format(format)),
                false);
    }
}
