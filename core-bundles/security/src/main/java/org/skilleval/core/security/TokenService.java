package org.skilleval.core.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Issues and verifies session tokens, so that a request is authenticated by a signature check
 * instead of a JAAS login.
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
}
