package org.skilleval.core.rest.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The Jersey container serving the API now, replaced as a whole when the resources change: the
 * next application is built and initialised beside the running one, new requests go to it at
 * once, and the previous one is destroyed when its last request has finished. Jersey's own
 * {@code ServletContainer.reload} shuts the running application down before it builds the next,
 * so requests in flight, and those arriving during the build, would fail.
 */
final class LiveContainer {

    private final Function<ResourceConfig, ServletContainer> containers;
    private ServletConfig config;
    private volatile Generation current;

    /** @param containers makes an uninitialised container for an application */
    LiveContainer(Function<ResourceConfig, ServletContainer> containers) {
        this.containers = containers;
    }

    /**
     * Starts serving; the servlet config is kept for the applications to come.
     *
     * @param application builds the application of this moment; called under the same lock as
     *     {@link #replace}, so no change of resources can fall between two builds
     */
    synchronized void start(ServletConfig servletConfig, Supplier<ResourceConfig> application) throws ServletException {
        this.config = servletConfig;
        install(application.get());
    }

    /**
     * Serves the application of this moment from now on, once it is initialised; does nothing
     * before {@link #start} or after {@link #stop}, which build their own.
     */
    synchronized void replace(Supplier<ResourceConfig> application) throws ServletException {
        if (config != null) {
            install(application.get());
        }
    }

    synchronized boolean started() {
        return config != null;
    }

    private void install(ResourceConfig application) throws ServletException {
        ServletContainer next = containers.apply(application);
        next.init(config);
        Generation previous = current;
        current = new Generation(next);
        if (previous != null) {
            previous.release();
        }
    }

    void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        Generation serving;
        do {
            serving = current;
            if (serving == null) {
                // Between stop and the servlet's removal from the whiteboard: nothing to serve with.
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
        } while (!serving.acquire());
        try {
            serving.container.service(request, response);
        } finally {
            serving.release();
        }
    }

    /** Stops serving; the running application is destroyed when its last request has finished. */
    synchronized void stop() {
        Generation previous = current;
        current = null;
        config = null;
        if (previous != null) {
            previous.release();
        }
    }

    /** One application and who uses it: the container holds it while current, each request while served. */
    private static final class Generation {

        final ServletContainer container;
        private final AtomicInteger users = new AtomicInteger(1);

        Generation(ServletContainer container) {
            this.container = container;
        }

        /** @return false once the generation is released for good: the caller takes the next one */
        boolean acquire() {
            while (true) {
                int now = users.get();
                if (now == 0) {
                    return false;
                }
                if (users.compareAndSet(now, now + 1)) {
                    return true;
                }
            }
        }

        void release() {
            if (users.decrementAndGet() == 0) {
                container.destroy();
            }
        }
    }
}
