package org.skilleval.core.accounts;

import java.time.Duration;

/**
 * A password check refused without looking at the password, because too many checks of the same
 * account failed lately: signing in and confirming the current password count together, so a
 * stolen session cannot be used to guess the password.
 *
 * @since 1.1
 */
public class PasswordChecksThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public PasswordChecksThrottledException(Duration retryAfter) {
        super("Too many failed password checks; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** How long until the next check may be made. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
