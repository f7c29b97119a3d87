package org.skilleval.core.security;

import java.time.Instant;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the token service asks about an account's sessions, implemented by whoever keeps the
 * accounts (the accounts bundle). {@link #refusal} is called on every authenticated request, so it
 * must be cheap; it must also be true for every node sharing the accounts, so an implementation
 * that keeps the accounts in a shared database answers from there, not from a memory of its own.
 * Without such a service tokens are checked by signature and expiry only.
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

    /** The reason {@link #refusal} gives for a token issued before the account's epoch was raised. */
    String REVOKED_BY_ACCOUNT_CHANGE = "Token revoked by a password change or disabling";

    /** The reason {@link #refusal} gives for a signed-out token. */
    String SIGNED_OUT = "Token signed out";

    /**
     * Why a token of {@code username}, issued at {@code tokenEpoch}, with id {@code tokenId}, is no
     * longer accepted, or empty when it still is. Called on every authenticated request: an
     * implementation answers it in one look-up rather than the three of the other methods.
     *
     * @since 1.3
     */
    default Optional<String> refusal(String username, long tokenEpoch, String tokenId) {
        if (tokenEpoch < tokenEpoch(username)) {
            return Optional.of(REVOKED_BY_ACCOUNT_CHANGE);
        }
        return isSignedOut(tokenId) ? Optional.of(SIGNED_OUT) : Optional.empty();
    }

    /** Remembers a signed-out token until {@code expiresAt}, durably. */
    void signOut(String username, String tokenId, Instant expiresAt);
}
