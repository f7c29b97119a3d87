package org.skilleval.core.security;

import java.time.Instant;
import java.util.Objects;

/**
 * What a verified token says.
 *
 * @param caller who it stands for
 * @param tokenId the token's own id, which sign-out revokes
 * @param expiresAt when it stops being accepted
 * @param passwordChangeRequired whether it was issued for a one-time password: then it is good for
 *     nothing but changing that password (and signing out)
 * @since 1.1
 */
public record TokenClaims(Caller caller, String tokenId, Instant expiresAt, boolean passwordChangeRequired) {

    public TokenClaims {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
