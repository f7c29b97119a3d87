package org.skilleval.core.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.lifecycle.AttachmentService;
import org.skilleval.core.lifecycle.AttachmentService.Download;

/**
 * Files attached to applications (申报表附件). An upload is the file's raw bytes as the request body,
 * typed by its Content-Type, named by the {@code fileName} query parameter: no multipart form. A
 * download is always offered as a file to save, never shown inline, so an uploaded file can never
 * run as part of the platform's pages.
 */
@Component(service = ApiResource.class)
@Path("attachments")
@RolesAllowed({"province", "city", "enterprise", "applicant"})
public class AttachmentResource implements ApiResource {

    /**
     * An attachment's metadata as shown.
     *
     * @param uploadedBy the username of whoever uploaded it
     * @param creditCode the enterprise it belongs to
     * @param cityCode the enterprise's city; {@code null} when it was not known at upload
     * @param sha256 the digest of the bytes, also the download's ETag
     */
    record Attachment(
            long id,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String creditCode,
            String cityCode,
            String uploadedBy,
            Instant uploadedAt) {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    // RFC 8187 attr-char: what may stand unencoded in an extended parameter such as filename*.
    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private final AttachmentService attachments;

    @Activate
    public AttachmentResource(@Reference AttachmentService attachments) {
        this.attachments = attachments;
    }

    @POST
    @Consumes({"image/jpeg", "image/png", "application/pdf"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(
            @Context SecurityContext security,
            @Context UriInfo uri,
            @Context HttpHeaders headers,
            @QueryParam("fileName") String fileName,
            InputStream body) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "fileName", fileName);
        Requests.throwIfAny(errors);
        AttachmentRecord stored = attachments.store(
                Requests.caller(security), fileName, headers.getHeaderString(HttpHeaders.CONTENT_TYPE), body);
        return Response.created(URI.create(uri.getAbsolutePath() + "/" + stored.id()))
                .entity(toDto(stored))
                .build();
    }

    @GET
    @Path("{id}")
    public Response download(@Context SecurityContext security, @Context Request request, @PathParam("id") String id) {
        Download download = attachments.open(Requests.caller(security), Requests.id("id", id));
        AttachmentRecord meta = download.meta();
        EntityTag tag = new EntityTag(meta.sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            close(download);
            return withFileHeaders(notModified, meta).build();
        }
        StreamingOutput bytes = out -> {
            try (InputStream content = download.content()) {
                content.transferTo(out);
            }
        };
        return withFileHeaders(Response.ok(bytes, meta.contentType()), meta)
                .header(HttpHeaders.CONTENT_LENGTH, meta.size())
                .build();
    }

    @GET
    @Path("{id}/meta")
    @Produces(MediaType.APPLICATION_JSON)
    public Attachment meta(@Context SecurityContext security, @PathParam("id") String id) {
        Download download = attachments.open(Requests.caller(security), Requests.id("id", id));
        close(download);
        return toDto(download.meta());
    }

    private static Response.ResponseBuilder withFileHeaders(Response.ResponseBuilder response, AttachmentRecord meta) {
        CacheControl cache = new CacheControl();
        // Each file belongs to one tenant: no shared cache may keep it; the browser revalidates by ETag.
        cache.setPrivate(true);
        cache.setNoCache(true);
        return response.tag(new EntityTag(meta.sha256()))
                .cacheControl(cache)
                .header("Content-Disposition", contentDisposition(meta.fileName()))
                .header("X-Content-Type-Options", "nosniff");
    }

    /** {@code attachment; filename*=UTF-8''<name percent-encoded>} per RFC 6266 and RFC 8187. */
    static String contentDisposition(String fileName) {
        return contentDisposition("attachment", fileName);
    }

    /**
     * {@code <disposition>; filename*=UTF-8''<name percent-encoded>}: {@code attachment} to save the
     * file, {@code inline} to show it in the browser (which saves it under the name all the same).
     */
    static String contentDisposition(String disposition, String fileName) {
        StringBuilder value = new StringBuilder(disposition).append("; filename*=UTF-8''");
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                value.append((char) c);
            } else {
                value.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return value.toString();
    }

    private static void close(Download download) {
        try {
            download.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Attachment toDto(AttachmentRecord attachment) {
        return new Attachment(
                attachment.id(),
                attachment.fileName(),
                attachment.contentType(),
                attachment.size(),
                attachment.sha256(),
                attachment.creditCode(),
                attachment.cityCode(),
                attachment.ownerKey(),
                attachment.uploadedAt());
    }
}
