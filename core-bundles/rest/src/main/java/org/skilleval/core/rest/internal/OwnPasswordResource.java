package org.skilleval.core.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.accounts.AccountService;
import org.skilleval.core.accounts.PasswordChecksThrottledException;
import org.skilleval.core.security.TokenService;

/**
 * A user replaces their own password (the one-time one, or any later one). Every token of the
 * account ends, the one of this request too: the answer carries a new session to go on with.
 */
@Component(service = ApiResource.class)
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class OwnPasswordResource implements ApiResource {

    record PasswordChange(String currentPassword, String newPassword) {}

    private final AccountService accounts;
    private final TokenService tokens;

    @Activate
    public OwnPasswordResource(@Reference AccountService accounts, @Reference TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"province", "city", "enterprise", "expert", "applicant", "plugin_developer"})
    public AuthResource.Session change(@Context SecurityContext security, PasswordChange request) {
        List<FieldError> errors = new ArrayList<>();
        Requests.required(errors, "currentPassword", request == null ? null : request.currentPassword());
        Requests.required(errors, "newPassword", request == null ? null : request.newPassword());
        Requests.throwIfAny(errors);
        char[] current = request.currentPassword().toCharArray();
        char[] next = request.newPassword().toCharArray();
        try {
            var caller = Requests.caller(security);
            accounts.changeOwnPassword(caller, current, next);
            return AuthResource.session(tokens, caller);
        } catch (PasswordChecksThrottledException e) {
            throw AuthResource.throttled(e.retryAfter());
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(next, '\0');
        }
    }
}
