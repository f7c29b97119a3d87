package org.skilleval.core.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Issues and verifies session tokens, so that a request is authenticated by a signature check
 * instead of a JAAS login. When an {@link AccountSessions} service is present, tokens carry their
 * account's token epoch and an id, so that a password change or sign-out ends them.
 */
@ProviderType
public interface TokenService {

    /** A new token for this caller, valid for the configured lifetime. */
    SessionToken issue(Caller caller);

    /**
     * The caller a token stands for.
     *
     * @throws AuthenticationException when the token is malformed, forged or expired
     */
    Caller verify(String token) throws AuthenticationException;

    /**
     * What a valid token says, beyond its caller.
     *
     * @throws AuthenticationException when the token is malformed, forged, expired, signed out, or
     *         older than its account's last password change, reset or disabling
     * @since 1.1
     */
    TokenClaims claims(String token) throws AuthenticationException;

    /**
     * Ends this token (sign-out): it is refused from now on, also after a restart.
     *
     * @throws AuthenticationException when the token is not valid anyway
     * @since 1.1
     */
    void revoke(String token) throws AuthenticationException;
}
