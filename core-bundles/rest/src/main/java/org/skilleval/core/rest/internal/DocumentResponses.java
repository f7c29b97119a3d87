package org.skilleval.core.rest.internal;

import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Response;
import org.skilleval.core.documents.Document;
import org.skilleval.core.documents.DocumentFormat;

/** How every document endpoint answers: the file as a download, never kept by a shared cache. */
final class DocumentResponses {

    private DocumentResponses() {}

    /**
     * The file with its type and a Chinese file name: a PDF opens in the browser, ready to print,
     * a workbook downloads. {@code personal} files (a form, a certificate, statistics) are not
     * stored by any cache at all, lists only by the browser.
     */
    static Response file(Document document, boolean personal) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(personal);
        cache.setNoCache(!personal);
        return Response.ok(document.content(), document.mediaType())
                .cacheControl(cache)
                .header(
                        "Content-Disposition",
                        AttachmentResource.contentDisposition(
                                Document.PDF.equals(document.mediaType()) ? "inline" : "attachment",
                                document.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The format a file name's extension asks for: {@code pdf} or {@code xlsx} (the path allows no other). */
    static DocumentFormat format(String extension) {
        return "xlsx".equals(extension) ? DocumentFormat.XLSX : DocumentFormat.PDF;
    }
}
