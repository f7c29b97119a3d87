package org.skilleval.core.console.internal;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * The browser-facing security headers, on every response of the HTTP context: the console's pages
 * and files, and the API's answers (a JSON body must never be sniffed into HTML, nor any page be
 * framed).
 *
 * <p>The Content-Security-Policy allows scripts, styles, fonts and connections from the platform's
 * own origin only: no inline script, no {@code eval} (the console's templates are compiled at build
 * time), no plugins, no framing ({@code frame-ancestors 'none'}, with {@code X-Frame-Options} for
 * older browsers). Images may also be {@code data:}/{@code blob:} URLs, which the console uses for
 * previews of an upload before it is sent.
 */
@Component(
        service = Filter.class,
        property = {
            "osgi.http.whiteboard.filter.pattern=/*",
            "osgi.http.whiteboard.filter.name=skilleval-security-headers"
        })
public class SecurityHeadersFilter implements Filter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void init(FilterConfig config) {}

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            apply(http, request.isSecure());
        }
        chain.doFilter(request, response);
    }

    static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // Console URLs can carry a certificate holder's name (/verify?code=…&name=…): never pass them on.
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    @Override
    public void destroy() {}
}
