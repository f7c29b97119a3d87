package org.skilleval.core.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SessionToken;
import org.skilleval.core.security.SignInThrottledException;
import org.skilleval.core.security.TokenService;

/** Sign in once with a user name and password; every later request sends the token it returns. */
@Component(service = ApiResource.class)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource implements ApiResource {

    record Credentials(String username, String password) {}

    record Me(
            String username,
            Set<String> roles,
            String city,
            String enterprise,
            String expert,
            String applicant,
            String pluginDeveloperOf) {

        static Me of(Caller caller) {
            return new Me(
                    caller.username(),
                    caller.jaasRoles(),
                    caller.city(),
                    caller.enterprise(),
                    caller.expert(),
                    caller.applicant(),
                    caller.pluginDeveloperOf());
        }
    }

    record Session(String token, Instant expiresAt, Me caller) {}

    private final Authenticator authenticator;
    private final TokenService tokens;

    @Activate
    public AuthResource(
            // Greedy: the accounts bundle's authenticator (ranked above the JAAS one) replaces it
            // when it arrives after this component started.
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Authenticator authenticator,
            @Reference TokenService tokens) {
        this.authenticator = authenticator;
        this.tokens = tokens;
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Session login(@Context HttpServletRequest http, Credentials credentials) {
        return session(tokens, signIn(authenticator, credentials, http == null ? null : http.getRemoteAddr()));
    }

    /**
     * Checks the credentials against the realm, throttled per account and per address; shared by
     * the bearer-token sign-in above and the console's cookie session ({@link SessionResource}).
     *
     * @param remoteAddress the address the attempt came from; {@code null} when unknown
     * @throws ApiException 400 naming a missing field, 429 {@code sign-in-throttled}, 401
     *     {@code invalid-credentials} otherwise
     */
    static Caller signIn(Authenticator authenticator, Credentials credentials, String remoteAddress) {
        List<FieldError> errors = new ArrayList<>();
        if (credentials == null
                || credentials.username() == null
                || credentials.username().isBlank()) {
            errors.add(new FieldError("username", "required", LocalizedMessage.of("请填写用户名", "username is required")));
        }
        if (credentials == null
                || credentials.password() == null
                || credentials.password().isEmpty()) {
            errors.add(new FieldError("password", "required", LocalizedMessage.of("请填写密码", "password is required")));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidRequest(errors);
        }
        char[] password = credentials.password().toCharArray();
        try {
            return authenticator.authenticate(credentials.username().trim(), password, remoteAddress);
        } catch (SignInThrottledException e) {
            // The same answer whether or not the user exists: the throttle counts any user name.
            throw throttled(e.retryAfter());
        } catch (AuthenticationException e) {
            // One answer for an unknown user and a wrong password: the API never confirms who exists.
            throw new ApiException(
                    401,
                    "invalid-credentials",
                    LocalizedMessage.of("登录失败", "Sign-in failed"),
                    LocalizedMessage.of("用户名或密码错误", "Wrong user name or password"),
                    List.of());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A session for this caller: a new token, and the caller it stands for. */
    static Session session(TokenService tokens, Caller caller) {
        SessionToken token = tokens.issue(caller);
        return new Session(token.token(), token.expiresAt(), Me.of(caller));
    }

    /** Ends the token of this request; other sessions of the account stay. */
    @POST
    @Path("logout")
    @RolesAllowed({"province", "city", "enterprise", "expert", "applicant", "plugin_developer"})
    public Response logout(@Context ContainerRequestContext request) {
        String header = request.getHeaderString(javax.ws.rs.core.HttpHeaders.AUTHORIZATION);
        try {
            tokens.revoke(header.substring("Bearer ".length()).trim());
        } catch (AuthenticationException alreadyInvalid) {
            // The filter accepted it a moment ago; whatever ended it since, it is ended.
        }
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @RolesAllowed({"province", "city", "enterprise", "expert", "applicant", "plugin_developer"})
    public Me me(@Context SecurityContext security) {
        return Me.of(((CallerPrincipal) security.getUserPrincipal()).caller());
    }

    /** 429 for a password check the throttle refused: signing in, or confirming one's current password. */
    static ApiException throttled(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return new ApiException(
                429,
                "sign-in-throttled",
                LocalizedMessage.of("登录尝试过于频繁", "Too many sign-in attempts"),
                LocalizedMessage.of(
                        "登录失败次数过多，请约 " + minutes + " 分钟后再试；如忘记密码，请联系您的管理员重置",
                        "Too many failed sign-ins; try again in about " + minutes
                                + " minute(s), or ask your administrator to reset your password"),
                List.of(),
                retryAfter.toSeconds());
    }
}
