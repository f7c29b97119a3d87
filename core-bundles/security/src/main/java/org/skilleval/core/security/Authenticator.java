package org.skilleval.core.security;

import org.osgi.annotation.versioning.ProviderType;

/** Checks a user's credentials against the configured JAAS realm. */
@ProviderType
public interface Authenticator {

    /**
     * @return the caller with the roles the realm grants
     * @throws AuthenticationException when the realm refuses the credentials, or the user holds
     *         none of SkillEval's roles
     */
    Caller authenticate(String username, char[] password) throws AuthenticationException;
}
