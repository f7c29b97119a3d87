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

/**
 * A proposal list's publicity notice (建议人选名单公示) as PDF or Excel, for the enterprise to post and
 * the province and city to file: {@code publicity.pdf} or {@code publicity.xlsx}.
 */
@Path("proposal-lists/{id}/publicity.{format: pdf|xlsx}")
@RolesAllowed({"province", "city", "enterprise"})
public class PublicityDocumentResource {

    private final Supplier<DocumentService> documents;

    public PublicityDocumentResource(Supplier<DocumentService> documents) {
        this.documents = documents;
    }

    @GET
    @Produces({Document.PDF, Document.XLSX})
    public Response publicity(
            @Context SecurityContext security, @PathParam("id") String id, @PathParam("format") String format) {
        return DocumentResponses.file(
                DocumentResponses.service(documents)
                        .publicityList(
                                Requests.caller(security), Requests.id("id", id), DocumentResponses.format(format)),
                false);
    }
}
