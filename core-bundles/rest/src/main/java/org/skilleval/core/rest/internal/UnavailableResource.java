package org.skilleval.core.rest.internal;

import java.util.List;
import java.util.function.Predicate;
import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.process.Inflector;
import org.glassfish.jersey.server.model.Resource;

/**
 * Stands in for a resource whose component is missing because a service it needs went away: the
 * same paths and HTTP methods, each answering 503 {@code service-unavailable}, so that a client
 * learns the endpoint exists and will come back rather than getting a 404. Open to every caller
 * ({@link PermitAll}): it calls nothing and reveals no more than the OpenAPI document does.
 */
@PermitAll
final class UnavailableResource implements Inflector<ContainerRequestContext, Response> {

    private static final UnavailableResource ANSWER = new UnavailableResource();

    private UnavailableResource() {}

    /** The stand-in for a resource class: its paths and methods as Jersey reads them from it. */
    static Resource standIn(Class<?> resourceClass) {
        return ResourceModels.rebuilt(
                Resource.from(resourceClass),
                (builder, method) -> builder.addMethod(method.getHttpMethod()).handledBy(ANSWER));
    }

    @Override
    public Response apply(ContainerRequestContext request) {
        throw refusal();
    }

    /** What a path answers while its resource is missing. */
    static ApiException refusal() {
        return ApiException.serviceUnavailable(LocalizedMessage.of(
                "此功能依赖的服务暂不可用，其他功能不受影响；请稍后再试，或联系运维人员",
                "A service this endpoint needs is not available now; the rest of the API works."
                        + " Try again later, or ask the operators"));
    }

    /**
     * Refuses a request matched to a resource that has left since the application was built, for
     * the moment until it is rebuilt without it: its services may be gone already.
     */
    @Priority(Priorities.AUTHENTICATION - 100)
    static final class Departed implements ContainerRequestFilter {

        private final Predicate<Object> present;

        Departed(Predicate<Object> present) {
            this.present = present;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            List<Object> matched = request.getUriInfo().getMatchedResources();
            if (!matched.isEmpty() && matched.get(0) instanceof ApiResource resource && !present.test(resource)) {
                throw refusal();
            }
        }
    }
}
