package org.skilleval.core.rest.internal;

import javax.ws.rs.Path;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * A resource component's model with every method handled by the component itself. Jersey serves
 * an instance given to {@code ResourceConfig.register} the same way, but first checks it as a
 * provider and logs, at every build of the application, that it implements no provider interface
 * and "will be ignored" (eclipse-ee4j/jersey#3700): one false warning per resource and build, some
 * hundred lines in a boot's log. A resource model bound to the instance is never taken for a
 * provider.
 */
final class BoundResource {

    private BoundResource() {}

    /** Whether the instance is a root resource, which {@link #of} can bind. */
    static boolean isRootResource(Object instance) {
        return instance.getClass().isAnnotationPresent(Path.class);
    }

    /** The model Jersey reads from the instance's class, each method handled by the instance. */
    static Resource of(Object instance) {
        return bind(Resource.from(instance.getClass()), instance);
    }

    private static Resource bind(Resource model, Object instance) {
        Resource.Builder builder = Resource.builder(model.getPath());
        builder.extended(model.isExtended());
        for (ResourceMethod method : model.getResourceMethods()) {
            builder.addMethod(method).handledBy(instance, method.getInvocable().getHandlingMethod());
        }
        ResourceMethod locator = model.getResourceLocator();
        if (locator != null) {
            builder.addMethod(locator)
                    .handledBy(instance, locator.getInvocable().getHandlingMethod());
        }
        for (Resource child : model.getChildResources()) {
            builder.addChildResource(bind(child, instance));
        }
        return builder.build();
    }
}
