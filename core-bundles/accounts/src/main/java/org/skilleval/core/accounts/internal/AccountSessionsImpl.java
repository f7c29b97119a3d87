package org.skilleval.core.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.persistence.AccountStore;
import org.skilleval.core.security.AccountSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the token service from the account store, never from a memory of its own: several nodes
 * may share one database, and a sign-out, a password change, a reset or a disabling committed on one
 * node must refuse the token on every node at the very next request. A request's check is {@link
 * AccountStore#tokenStanding}: one indexed round trip on a shared database, an answer from the
 * store's memory on an embedded Derby, which only this process can open; what each costs is
 * measured in docs/performance.md.
 */
@Component(service = AccountSessions.class)
public class AccountSessionsImpl implements AccountSessions {

    private static final Logger LOG = LoggerFactory.getLogger(AccountSessionsImpl.class);

    private final AccountStore store;

    /** Forgets the sign-outs of tokens that have expired since (any node may do it, at its start). */
    @Activate
    public AccountSessionsImpl(@Reference AccountStore store) {
        this(store, Clock.systemUTC());
    }

    AccountSessionsImpl(AccountStore store, Clock clock) {
        this.store = store;
        try {
            store.revokedTokens(clock.instant());
        } catch (RuntimeException databaseAway) {
            // Tidying only: expired sign-outs stay until a later start; tokens must be checked meanwhile.
            LOG.warn("Expired sign-outs not forgotten at start: {}", databaseAway.toString());
        }
    }

    @Override
    public long tokenEpoch(String username) {
        return store.find(username).map(AccountRecord::tokenEpoch).orElse(0L);
    }

    @Override
    public boolean passwordChangeRequired(String username) {
        return store.find(username).map(AccountRecord::mustChangePassword).orElse(false);
    }

    @Override
    public boolean isSignedOut(String tokenId) {
        // No account has the empty user name: the answer is the token's alone.
        return store.tokenStanding("", tokenId).signedOut();
    }

    @Override
    public Optional<String> refusal(String username, long tokenEpoch, String tokenId) {
        AccountStore.TokenStanding standing = store.tokenStanding(username, tokenId);
        if (tokenEpoch < standing.tokenEpoch()) {
            return Optional.of(REVOKED_BY_ACCOUNT_CHANGE);
        }
        return standing.signedOut() ? Optional.of(SIGNED_OUT) : Optional.empty();
    }

    @Override
    public void signOut(String username, String tokenId, Instant expiresAt) {
        store.revokeToken(tokenId, username, expiresAt, new AuditActor(username, "self"));
    }
}
