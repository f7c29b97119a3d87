package org.skilleval.core.rest.internal;

import java.security.Principal;
import org.skilleval.core.security.Caller;

/** The JAX-RS user principal of an authenticated request: the caller its token stands for. */
record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.username();
    }
}
