package org.skilleval.core.rest.internal;

import java.util.function.BiConsumer;
import javax.ws.rs.Path;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Resource models the API hands to Jersey instead of resource objects: a resource component's own
 * model bound to the component, and the 503 stand-in of a missing one ({@link UnavailableResource}).
 *
 * <p>Jersey serves an instance given to {@code ResourceConfig.register} the same way as a bound
 * model, but first checks it as a provider and logs, at every build of the application, that it
 * implements no provider interface and "will be ignored" (eclipse-ee4j/jersey#3700): one false
 * warning per resource and build, some hundred lines in a boot's log. A model is never taken for a
 * provider.
 */
final class ResourceModels {

    private ResourceModels() {}

    /** Whether the instance is a root resource, which {@link #boundTo} can bind. */
    static boolean isRootResource(Object instance) {
        return instance.getClass().isAnnotationPresent(Path.class);
    }

    /** The model Jersey reads from the instance's class, each method handled by the instance. */
    static Resource boundTo(Object instance) {
        return rebuilt(Resource.from(instance.getClass()), (builder, method) -> builder.addMethod(method)
                .handledBy(instance, method.getInvocable().getHandlingMethod()));
    }

    /**
     * The model's paths, each resource method added again by {@code addMethod}. The API declares no
     * sub-resource locators ({@code ApiServletTest} checks every resource), so none are copied.
     */
    static Resource rebuilt(Resource model, BiConsumer<Resource.Builder, ResourceMethod> addMethod) {
        Resource.Builder builder = Resource.builder(model.getPath());
        builder.extended(model.isExtended());
        for (ResourceMethod method : model.getResourceMethods()) {
            addMethod.accept(builder, method);
        }
        for (Resource child : model.getChildResources()) {
            builder.addChildResource(rebuilt(child, addMethod));
        }
        return builder.build();
    }
}
