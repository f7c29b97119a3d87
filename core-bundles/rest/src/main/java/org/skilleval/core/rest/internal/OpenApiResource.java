package org.skilleval.core.rest.internal;

import java.util.List;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.0.3 description of the API, generated once from
 * the annotations of the resource classes it is given.
 */
@Path("openapi.json")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OpenApiResource {

    private final Map<String, Object> document;

    OpenApiResource(String version, List<Class<?>> resourceClasses) {
        this.document = OpenApiDocument.describe(version, List.copyOf(resourceClasses));
    }

    @GET
    public Map<String, Object> document() {
        return document;
    }
}
