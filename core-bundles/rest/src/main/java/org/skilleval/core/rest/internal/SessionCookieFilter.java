package org.skilleval.core.rest.internal;

import java.util.List;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Cookie;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.TokenClaims;
import org.skilleval.core.security.TokenService;

/**
 * Authenticates a request by the console's session cookie (see {@link SessionCookie}) when it
 * carries no {@code Authorization} header: bearer tokens of API clients always take precedence
 * and work exactly as before. An unsafe request authenticated by the cookie must carry the
 * session's CSRF token in {@value SessionCookie#CSRF_HEADER}, or it is refused with 403 before
 * any resource sees it. A cookie whose token is expired or forged counts as no cookie: the request
 * is anonymous, so public pages keep working and protected ones answer 401.
 */
@Priority(Priorities.AUTHENTICATION + 1)
class SessionCookieFilter implements ContainerRequestFilter {

    private final TokenService tokens;

    SessionCookieFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty()) {
            return;
        }
        String token = cookie.getValue();
        TokenClaims claims;
        try {
            claims = tokens.claims(token);
        } catch (AuthenticationException expiredOrForged) {
            return;
        }
        if (SessionCookie.unsafe(request.getMethod())
                && !SessionCookie.matches(
                        SessionCookie.csrfToken(token), request.getHeaderString(SessionCookie.CSRF_HEADER))) {
            throw csrfRefused();
        }
        TokenAuthenticationFilter.requirePasswordChangedUnlessReplacingIt(request, claims);
        request.setProperty(TokenAuthenticationFilter.CLAIMS, claims);
        request.setProperty(SessionCookie.TOKEN_PROPERTY, token);
        request.setSecurityContext(new CallerSecurityContext(
                claims.caller(), request.getSecurityContext().isSecure(), "Session"));
    }

    static ApiException csrfRefused() {
        return new ApiException(
                403,
                "csrf-token-invalid",
                LocalizedMessage.of("请求缺少有效的防伪令牌", "Missing or wrong CSRF token"),
                LocalizedMessage.of(
                        "以浏览器会话登录时，修改数据的请求须在 " + SessionCookie.CSRF_HEADER + " 头中携带会话的防伪令牌（见 GET /api/auth/session）",
                        "A change made with the session cookie must carry the session's CSRF token in "
                                + SessionCookie.CSRF_HEADER + " (see GET /api/auth/session)"),
                List.of());
    }
}
