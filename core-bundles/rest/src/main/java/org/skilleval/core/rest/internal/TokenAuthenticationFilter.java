package org.skilleval.core.rest.internal;

import java.util.List;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.TokenClaims;
import org.skilleval.core.security.TokenService;

/**
 * Turns {@code Authorization: Bearer <token>} into the request's caller with one signature check:
 * no JAAS login per request. A request without the header stays anonymous (public endpoints
 * serve it; {@link RoleCheckFeature} refuses it elsewhere); a bad token is refused outright.
 * Without the header, {@link SessionCookieFilter} looks for the console's session cookie next. A
 * token issued for a one-time password opens only the paths that replace it ({@link
 * #PASSWORD_CHANGE_PATHS}); anything else answers 403 {@code password-change-required}.
 */
@Priority(Priorities.AUTHENTICATION)
class TokenAuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";
    /** The request property holding the {@link TokenClaims} of an authenticated request. */
    static final String CLAIMS = TokenClaims.class.getName();
    /** What a token issued for a one-time password may reach: change it, look at oneself, sign out. */
    static final java.util.Set<String> PASSWORD_CHANGE_PATHS =
            java.util.Set.of("me/password", "auth/me", "auth/logout", "auth/session");

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
        TokenClaims claims;
        try {
            claims = tokens.claims(header.substring(BEARER.length()).trim());
        } catch (AuthenticationException e) {
            throw unauthorized();
        }
        requirePasswordChangedUnlessReplacingIt(request, claims);
        request.setProperty(CLAIMS, claims);
        request.setSecurityContext(new CallerSecurityContext(
                claims.caller(), request.getSecurityContext().isSecure(), "Bearer"));
    }

    /** Refuses a one-time password's token everywhere but on the paths that replace the password. */
    static void requirePasswordChangedUnlessReplacingIt(ContainerRequestContext request, TokenClaims claims) {
        if (claims.passwordChangeRequired()
                && !PASSWORD_CHANGE_PATHS.contains(
                        request.getUriInfo().getPath(true).replaceAll("^/+|/+$", ""))) {
            throw passwordChangeRequired();
        }
    }

    static ApiException passwordChangeRequired() {
        return new ApiException(
                403,
                "password-change-required",
                LocalizedMessage.of("请先修改初始密码", "Change your one-time password first"),
                LocalizedMessage.of(
                        "您使用的是一次性密码，请先通过 POST /api/me/password 设置新密码，然后用新令牌继续",
                        "You signed in with a one-time password: set your own with POST /api/me/password,"
                                + " then continue with the token it returns"),
                List.of());
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
