package org.skilleval.core.security;

import java.time.Instant;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the token service asks about an account's sessions, implemented by whoever keeps the
 * accounts (the accounts bundle). Every method is called on every request, so it must answer from
 * memory. Without such a service tokens are checked by signature and expiry only.
 *
 * @since 1.1
 */
@ConsumerType
public interface AccountSessions {

    /**
     * The account's token epoch: raised by every password change, reset and disabling; a token
     * issued at a lower epoch is refused. {@code 0} for user names this service does not keep.
     */
    long tokenEpoch(String username);

    /** Whether the account signs in with a one-time password it must change first. */
    boolean passwordChangeRequired(String username);

    /** Whether this token was signed out. */
    boolean isSignedOut(String tokenId);

    /** Remembers a signed-out token until {@code expiresAt}, durably. */
    void signOut(String username, String tokenId, Instant expiresAt);
}
