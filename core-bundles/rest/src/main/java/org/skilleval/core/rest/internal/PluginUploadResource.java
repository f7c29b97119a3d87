package org.skilleval.core.rest.internal;

import java.io.InputStream;
import java.net.URI;
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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.lifecycle.PluginUploadService;

/**
 * Enterprise-owned plugins (企业自有插件). An enterprise's HR uploads its bundle as the raw body
 * ({@code application/java-archive}, named by the {@code fileName} query parameter); the answer is
 * the stored upload with the static check's report, or a 422 problem listing each failed check
 * (field {@code file}, the check as the rule). The enterprise's city agency or the province
 * approves or rejects with a reason; approval installs the bundle at once. Another tenant's upload
 * answers 404.
 */
@Component(service = ApiResource.class)
@Path("plugin-uploads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise", "plugin_developer"})
public class PluginUploadResource implements ApiResource {

    static final String JAR = "application/java-archive";

    /** One upload as shown; the bytes are never served back. */
    record Upload(
            long id,
            long version,
            String creditCode,
            String cityCode,
            String symbolicName,
            String bundleVersion,
            String fileName,
            long size,
            String sha256,
            String status,
            String uploadedBy,
            Instant uploadedAt,
            String reviewedBy,
            Instant reviewedAt,
            String reason) {

        static Upload of(PluginUploadRecord u) {
            return new Upload(
                    u.id(),
                    u.version(),
                    u.creditCode(),
                    u.cityCode(),
                    u.symbolicName(),
                    u.bundleVersion(),
                    u.fileName(),
                    u.size(),
                    u.sha256(),
                    u.status().name(),
                    u.uploadedBy(),
                    u.uploadedAt(),
                    u.reviewedBy().isEmpty() ? null : u.reviewedBy(),
                    u.reviewedAt(),
                    u.reason().isEmpty() ? null : u.reason());
        }
    }

    record Check(String check, boolean passed, LocalizedMessage message) {}

    record Uploaded(Upload upload, List<Check> report) {}

    record UploadList(List<Upload> items, int total) {}

    /** @param version the version the reviewer read */
    record Review(Boolean approve, Long version, String reason) {}

    record RemovalRequest(Long version, String reason) {}

    private final PluginUploadService uploads;

    @Activate
    public PluginUploadResource(@Reference PluginUploadService uploads) {
        this.uploads = uploads;
    }

    @POST
    @Consumes({JAR, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({"enterprise", "plugin_developer"})
    public Response upload(
            @Context SecurityContext security,
            @Context UriInfo uri,
            @QueryParam("fileName") String fileName,
            InputStream body) {
        PluginUploadService.Uploaded uploaded = uploads.upload(Requests.caller(security), fileName, body);
        List<Check> report = uploaded.report().stream()
                .map(c -> new Check(
                        c.name(),
                        c.passed(),
                        LocalizedMessage.of(c.message().zh(), c.message().en())))
                .toList();
        return Response.created(URI.create(
                        uri.getAbsolutePath() + "/" + uploaded.upload().id()))
                .entity(new Uploaded(Upload.of(uploaded.upload()), report))
                .build();
    }

    @GET
    public UploadList list(@Context SecurityContext security) {
        List<Upload> items =
                uploads.list(Requests.caller(security)).stream().map(Upload::of).toList();
        return new UploadList(items, items.size());
    }

    @GET
    @Path("{id}")
    public Upload one(@Context SecurityContext security, @PathParam("id") String id) {
        return Upload.of(uploads.find(Requests.caller(security), Requests.id("id", id)));
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province", "city"})
    public Upload review(@Context SecurityContext security, @PathParam("id") String id, Review request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "approve", request == null ? null : request.approve());
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return Upload.of(uploads.review(
                Requests.caller(security),
                Requests.id("id", id),
                request.version(),
                request.approve(),
                request.reason()));
    }

    @POST
    @Path("{id}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"enterprise", "plugin_developer"})
    public Upload requestRemoval(
            @Context SecurityContext security, @PathParam("id") String id, RemovalRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "version", request == null ? null : request.version());
        Requests.throwIfAny(errors);
        return Upload.of(uploads.requestRemoval(
                Requests.caller(security), Requests.id("id", id), request.version(), request.reason()));
    }
}
