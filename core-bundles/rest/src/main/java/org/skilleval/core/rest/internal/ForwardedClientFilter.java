package org.skilleval.core.rest.internal;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The client's own address behind a reverse proxy: the sign-in and objection throttles count per
 * address, and behind a proxy every request comes from the proxy's address, so that one visitor's
 * attempts would use up everyone's. For a request from a configured proxy, the address is the last
 * entry of {@code X-Forwarded-For}, the one that proxy appended (HAProxy's {@code option
 * forwardfor}); entries before it came from the client and are not believed. A request from any
 * other address keeps its own, whatever headers it sends.
 */
@Component(
        service = Filter.class,
        configurationPid = ForwardedClientFilter.PID,
        property = {
            "osgi.http.whiteboard.filter.pattern=/api/*",
            "osgi.http.whiteboard.filter.name=skilleval-forwarded-client"
        })
@Designate(ocd = ForwardedClientFilter.Configuration.class)
public class ForwardedClientFilter implements Filter {

    static final String PID = "org.skilleval.core.rest.proxy";
    static final String HEADER = "X-Forwarded-For";

    @ObjectClassDefinition(
            name = "SkillEval reverse proxy",
            description = "The reverse proxies whose X-Forwarded-For the platform believes")
    public @interface Configuration {

        @AttributeDefinition(
                name = "Trusted proxies",
                description = "Addresses of the reverse proxies in front of this node, as Jetty sees them (e.g."
                        + " 127.0.0.1 when the proxy runs on the same machine). Let only these reach the node's"
                        + " port. Empty: no proxy, every request's own address counts.",
                required = false)
        String[] trustedProxies() default {};
    }

    private volatile Set<String> trustedProxies;

    @Activate
    public ForwardedClientFilter(Configuration configuration) {
        modified(configuration);
    }

    /** A changed list takes effect at once: the filter, and the API behind it, stay registered. */
    @Modified
    void modified(Configuration configuration) {
        trustedProxies = Set.of(configuration.trustedProxies());
    }

    @Override
    public void init(FilterConfig config) {}

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = request instanceof HttpServletRequest http ? clientOf(http) : null;
        chain.doFilter(client == null ? request : new ForwardedClient((HttpServletRequest) request, client), response);
    }

    /** The address the trusted proxy forwarded for; {@code null} to keep the request's own. */
    String clientOf(HttpServletRequest request) {
        if (!trustedProxies.contains(request.getRemoteAddr())) {
            return null;
        }
        // HAProxy adds a header line of its own after the client's, rather than extending the
        // client's line: the last entry of the last line is the proxy's.
        String last = null;
        Enumeration<String> lines = request.getHeaders(HEADER);
        while (lines != null && lines.hasMoreElements()) {
            for (String hop : lines.nextElement().split(",")) {
                if (!hop.isBlank()) {
                    last = hop.strip();
                }
            }
        }
        return last;
    }

    @Override
    public void destroy() {}

    private static final class ForwardedClient extends HttpServletRequestWrapper {

        private final String client;

        ForwardedClient(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }
    }
}
