package org.skilleval.core.persistence.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.skilleval.core.persistence.AccountStore.TokenStanding;

/**
 * Token standings answered from memory, for a database that this process alone can open ({@link
 * SingleProcessDatabase}): every change to a token epoch or a sign-out is then one this store
 * committed, and it tells this memory right after each commit ({@link JpaTransactions#afterCommit}),
 * before the request that made the change is answered. An account's epoch is read from the database
 * the first time it is asked for; the signed-out tokens are read once, after this memory is in place
 * to hear of new ones ({@link #signOutsStored}).
 *
 * <p>Epochs only ever rise ({@link JpaAccountStore#update} refuses to lower one), so every value is
 * merged by its maximum: a read that began before a commit and ends after it cannot put the older
 * epoch back, in whatever order the two threads arrive here. Nothing is ever evicted (an evicted
 * epoch could be put back older by such a read): the memory holds one number per user name that
 * presented a valid token, and the tokens signed out and not yet expired.
 */
final class RememberedTokenStandings {

    /** Expired sign-outs are swept whenever the memory has grown by this many since the last sweep. */
    private static final int SWEEP_EVERY = 1024;

    private final Map<String, Long> epochs = new ConcurrentHashMap<>();
    private final Map<String, Instant> signedOut = new ConcurrentHashMap<>();
    private final ToLongFunction<String> storedEpoch;
    private int sweptAtSize;

    /** @param storedEpoch reads an account's token epoch from the database ({@code 0} without one) */
    RememberedTokenStandings(ToLongFunction<String> storedEpoch) {
        this.storedEpoch = storedEpoch;
    }

    TokenStanding standing(String username, String tokenId) {
        Long epoch = epochs.get(username);
        if (epoch == null) {
            epoch = epochs.merge(username, storedEpoch.applyAsLong(username), Math::max);
        }
        return new TokenStanding(epoch, signedOut.containsKey(tokenId));
    }

    /** The sign-outs the database held when read, read after this memory was in place. */
    void signOutsStored(Map<String, Instant> stored) {
        stored.forEach(signedOut::putIfAbsent);
    }

    /** An account's token epoch as just committed. */
    void epochCommitted(String username, long epoch) {
        epochs.merge(username, epoch, Math::max);
    }

    /**
     * A sign-out just committed. Expired sign-outs are swept now and then: the token service refuses
     * an expired token before it asks for its standing, so forgetting one changes no answer it gets.
     */
    void signOutCommitted(String tokenId, Instant expiresAt, Instant now) {
        signedOut.put(tokenId, expiresAt);
        synchronized (this) {
            if (signedOut.size() >= sweptAtSize + SWEEP_EVERY) {
                expiredForgotten(now);
                sweptAtSize = signedOut.size();
            }
        }
    }

    /** Forgets the sign-outs expired at {@code now}, as the database does. */
    void expiredForgotten(Instant now) {
        signedOut.values().removeIf(expiresAt -> !expiresAt.isAfter(now));
    }
}
