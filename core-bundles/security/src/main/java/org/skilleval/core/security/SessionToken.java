package org.skilleval.core.security;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed token that stands for one login until it expires.
 *
 * @param token the opaque value to send as {@code Authorization: Bearer <token>}
 * @param expiresAt when it stops being accepted
 */
public record SessionToken(String token, Instant expiresAt) {

    public SessionToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
