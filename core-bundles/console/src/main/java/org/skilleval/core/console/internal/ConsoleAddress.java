package org.skilleval.core.console.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Where a person reaches the console: the HTTP endpoint the whiteboard runtime announces
 * ({@code osgi.http.endpoint}, e.g. {@code http://0.0.0.0:8181/}), with a wildcard host shown as
 * {@code localhost}.
 */
final class ConsoleAddress {

    static final String FALLBACK = "http://localhost:8181/";
    private static final String RUNTIME = "org.osgi.service.http.runtime.HttpServiceRuntime";
    private static final String ENDPOINT = "osgi.http.endpoint";

    private ConsoleAddress() {}

    static String of(BundleContext context) {
        try {
            ServiceReference<?>[] runtimes = context.getServiceReferences(RUNTIME, null);
            if (runtimes != null) {
                for (ServiceReference<?> runtime : runtimes) {
                    for (String endpoint : endpoints(runtime.getProperty(ENDPOINT))) {
                        if (endpoint.startsWith("http://") || endpoint.startsWith("https://")) {
                            return forPeople(endpoint);
                        }
                    }
                }
            }
        } catch (InvalidSyntaxException impossible) {
            // no filter given
        }
        return FALLBACK;
    }

    static String forPeople(String endpoint) {
        String url = endpoint.replace("://0.0.0.0:", "://localhost:").replace("://[::]:", "://localhost:");
        return url.endsWith("/") ? url : url + "/";
    }

    private static List<String> endpoints(Object property) {
        List<String> endpoints = new ArrayList<>();
        if (property instanceof String single) {
            endpoints.add(single);
        } else if (property instanceof String[] many) {
            endpoints.addAll(List.of(many));
        } else if (property instanceof Collection<?> many) {
            many.forEach(e -> endpoints.add(String.valueOf(e)));
        }
        return endpoints;
    }
}
