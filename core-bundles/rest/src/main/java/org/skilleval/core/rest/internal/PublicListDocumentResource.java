package org.skilleval.core.rest.internal;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.documents.Document;
import org.skilleval.core.documents.DocumentService;

/**
 * A publicity's list for everyone, as PDF or Excel ({@code list.pdf}, {@code list.xlsx}), while the
 * public pages show it; the same candidates and fields as {@code GET /api/public/publicities/{id}}.
 */
@Component(service = ApiResource.class)
@Path("public/publicities/{id}/list.{format: pdf|xlsx}")
@PermitAll
public class PublicListDocumentResource implements ApiResource {

    private final DocumentService documents;

    @Activate
    public PublicListDocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Produces({Document.PDF, Document.XLSX})
    public Response list(@PathParam("id") String id, @PathParam("format") String format) {
        return DocumentResponses.file(
                documents.publicisedList(Requests.id("id", id), DocumentResponses.format(format)), false);
    }
}
