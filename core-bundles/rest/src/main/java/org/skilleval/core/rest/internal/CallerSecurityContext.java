package org.skilleval.core.rest.internal;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

/** The security context of a request authenticated as this caller, by bearer token or session cookie. */
final class CallerSecurityContext implements SecurityContext {

    private final Principal principal;
    private final Caller caller;
    private final boolean secure;
    private final String scheme;

    CallerSecurityContext(Caller caller, boolean secure, String scheme) {
        this.principal = new CallerPrincipal(caller);
        this.caller = caller;
        this.secure = secure;
        this.scheme = scheme;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return Role.fromRoleName(role).map(caller::has).orElse(false);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
