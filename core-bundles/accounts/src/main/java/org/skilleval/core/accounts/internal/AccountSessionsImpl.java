package org.skilleval.core.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.persistence.AccountStore;
import org.skilleval.core.security.AccountSessions;

/**
 * Answers the token service from memory: each account's token epoch and one-time-password flag,
 * read from the database on first use and replaced by every change this bundle makes, and the ids
 * of signed-out tokens, loaded at start (they are kept in the database until they expire).
 *
 * <p>One platform process: a second process sharing the database would not see this one's
 * changes until its restart (see docs/operations.md).
 */
@Component(service = {AccountSessions.class, AccountSessionsImpl.class})
public class AccountSessionsImpl implements AccountSessions {

    private record State(long epoch, boolean passwordChangeRequired) {}

    private static final State NO_ACCOUNT = new State(0, false);
    private static final int PRUNE_ABOVE = 10_000;

    private final AccountStore store;
    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Set<String> signedOut = ConcurrentHashMap.newKeySet();

    @Activate
    public AccountSessionsImpl(@Reference AccountStore store) {
        this(store, Clock.systemUTC());
    }

    AccountSessionsImpl(AccountStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        signedOut.addAll(store.revokedTokens(clock.instant()));
    }

    @Override
    public long tokenEpoch(String username) {
        return state(username).epoch();
    }

    @Override
    public boolean passwordChangeRequired(String username) {
        return state(username).passwordChangeRequired();
    }

    @Override
    public boolean isSignedOut(String tokenId) {
        return signedOut.contains(tokenId);
    }

    @Override
    public void signOut(String username, String tokenId, Instant expiresAt) {
        store.revokeToken(tokenId, username, expiresAt, new AuditActor(username, "self"));
        signedOut.add(tokenId);
        if (signedOut.size() > PRUNE_ABOVE) {
            Set<String> current = store.revokedTokens(clock.instant());
            signedOut.retainAll(current);
        }
    }

    /** Takes over an account's state after a change committed. */
    void changed(AccountRecord account) {
        states.put(account.username(), new State(account.tokenEpoch(), account.mustChangePassword()));
    }

    private State state(String username) {
        State known = states.get(username);
        if (known != null) {
            return known;
        }
        State loaded = store.find(username)
                .map(a -> new State(a.tokenEpoch(), a.mustChangePassword()))
                .orElse(NO_ACCOUNT);
        State raced = states.putIfAbsent(username, loaded);
        return raced == null ? loaded : raced;
    }
}
