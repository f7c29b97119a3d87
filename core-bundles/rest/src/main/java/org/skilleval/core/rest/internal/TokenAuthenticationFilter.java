package org.skilleval.core.rest.internal;

import java.util.List;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;

/**
 * Turns {@code Authorization: Bearer <token>} into the request's caller with one signature check:
 * no JAAS login per request. A request without the header stays anonymous (public endpoints
 * serve it; {@link RoleCheckFeature} refuses it elsewhere); a bad token is refused outright.
 * Without the header, {@link SessionCookieFilter} looks for the console's session cookie next.
 */
@Priority(Priorities.AUTHENTICATION)
class TokenAuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenService tokens;

    TokenAuthenticationFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized();
        }
        Caller caller;
        try {
            caller = tokens.verify(header.substring(BEARER.length()).trim());
        } catch (AuthenticationException e) {
            throw unauthorized();
        }
        request.setSecurityContext(
                new CallerSecurityContext(caller, request.getSecurityContext().isSecure(), "Bearer"));
    }

    static ApiException unauthorized() {
        return new ApiException(
                401,
                "unauthorized",
                LocalizedMessage.of("未登录或登录已失效", "Not signed in"),
                LocalizedMessage.of(
                        "请先登录（POST /api/auth/login），并在 Authorization 头中携带 Bearer 令牌",
                        "Sign in with POST /api/auth/login and send the token as Authorization: Bearer <token>"),
                List.of());
    }
}
