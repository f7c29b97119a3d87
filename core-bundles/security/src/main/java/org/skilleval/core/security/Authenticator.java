package org.skilleval.core.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks a user's credentials: against the configured JAAS realm, or against the platform's own
 * accounts when the accounts bundle registers an authenticator of higher {@code service.ranking}
 * (which then falls back to the realm for user names it does not hold).
 */
@ProviderType
public interface Authenticator {

    /**
     * @return the caller with the roles the realm grants
     * @throws AuthenticationException when the realm refuses the credentials, or the user holds
     *         none of SkillEval's roles
     */
    Caller authenticate(String username, char[] password) throws AuthenticationException;

    /**
     * As {@link #authenticate(String, char[])}, for a sign-in from this client address, so that an
     * authenticator may throttle failures per address as well as per account.
     *
     * @throws SignInThrottledException when too many attempts failed lately; the refusal is the
     *         same whether or not the user exists
     * @since 1.1
     */
    default Caller authenticate(String username, char[] password, String address) throws AuthenticationException {
        return authenticate(username, password);
    }
}
