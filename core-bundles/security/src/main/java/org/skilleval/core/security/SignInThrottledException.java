package org.skilleval.core.security;

import java.time.Duration;

/**
 * A sign-in refused without checking the password, because too many attempts failed lately for
 * this user name or from this address. Says nothing about whether the user exists.
 *
 * @since 1.1
 */
public class SignInThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt may be checked. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
