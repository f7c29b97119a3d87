package org.skilleval.core.rest.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.skilleval.core.rest.internal.AuthResource.Credentials;
import org.skilleval.core.rest.internal.AuthResource.Me;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SessionToken;
import org.skilleval.core.security.TokenService;

/**
 * The web console's sign-in: the same credentials and token as {@code POST /api/auth/login}, but
 * the token travels in an {@code HttpOnly}, {@code SameSite=Strict} cookie (see {@link
 * SessionCookie}) and never in a body a page script could read. The answer carries the CSRF token
 * the console sends with every change.
 */
@Component(service = ApiResource.class)
@Path("auth/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource implements ApiResource {

    /**
     * The console's view of its session.
     *
     * @param expiresAt when the session ends; {@code null} when not known (a session read back)
     * @param csrfToken the value to send in {@value SessionCookie#CSRF_HEADER} with every change
     */
    record ConsoleSession(Instant expiresAt, Me caller, String csrfToken) {}

    private final Authenticator authenticator;
    private final TokenService tokens;
    private final Clock clock;

    @Activate
    public SessionResource(
            // Greedy, as in AuthResource: when this component starts before the accounts bundle,
            // the database authenticator (ranked above the JAAS one) must replace the JAAS one,
            // or the console's sign-in knows only the accounts of etc/users.properties.
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Authenticator authenticator,
            @Reference TokenService tokens) {
        this(authenticator, tokens, Clock.systemUTC());
    }

    SessionResource(Authenticator authenticator, TokenService tokens, Clock clock) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Signs in: 200 with the session cookie set; 401 {@code invalid-credentials} as for the token sign-in. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response start(
            @Context SecurityContext security, @Context HttpServletRequest http, Credentials credentials) {
        Caller caller = AuthResource.signIn(authenticator, credentials, http == null ? null : http.getRemoteAddr());
        SessionToken token = tokens.issue(caller);
        return Response.ok(new ConsoleSession(token.expiresAt(), Me.of(caller), SessionCookie.csrfToken(token.token())))
                .header(
                        HttpHeaders.SET_COOKIE,
                        SessionCookie.issue(token.token(), token.expiresAt(), clock.instant(), security.isSecure()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The caller of the session cookie and its CSRF token; 401 without a valid session cookie. */
    @GET
    @PermitAll
    public Response current(@Context SecurityContext security, @Context ContainerRequestContext request) {
        Object token = request.getProperty(SessionCookie.TOKEN_PROPERTY);
        if (!(token instanceof String sessionToken)) {
            throw new ApiException(
                    401,
                    "no-session",
                    LocalizedMessage.of("未登录", "Not signed in"),
                    LocalizedMessage.of("浏览器中没有有效的登录会话", "The browser holds no valid session"),
                    List.of());
        }
        Caller caller = Requests.caller(security);
        return Response.ok(new ConsoleSession(null, Me.of(caller), SessionCookie.csrfToken(sessionToken)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * Signs out in this browser: the cookie is cleared. With a session cookie this is a change like
     * any other and needs the CSRF token. The token itself stays valid until it expires (tokens are
     * verified by signature alone), but no page holds it any more.
     */
    @DELETE
    @PermitAll
    public Response end(@Context SecurityContext security) {
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, SessionCookie.clear(security.isSecure()))
                .build();
    }
}
