package org.skilleval.core.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.persistence.ThrottleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed sign-ins per user name and per client address in a sliding window. A user name or
 * address with as many failures as allowed within the window is refused until its oldest counted
 * failure leaves the window. User names are counted whether or not the account exists, so a
 * refusal says nothing about existence.
 *
 * <p>The failures are counted in the database ({@link ThrottleStore}), so that every node sharing it
 * applies one limit: a client alternating between nodes gets no more attempts than against one.
 * Each node forgets the failures whose window has passed when it starts.
 *
 * <p>One instance for the bundle: signing in and confirming one's current password before changing
 * it are both password checks, and count together.
 */
@Component(service = SignInThrottle.class, configurationPid = AccountsConfiguration.PID)
public final class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private static final String PREFIX = "sign-in:";
    private static final String ACCOUNT = PREFIX + "account:";
    private static final String ADDRESS = PREFIX + "address:";

    private final ThrottleStore store;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;

    @Activate
    public SignInThrottle(@Reference ThrottleStore store, AccountsConfiguration configuration) {
        this(
                store,
                configuration.maxFailuresPerAccount(),
                configuration.maxFailuresPerAddress(),
                Duration.ofMinutes(configuration.failureWindowMinutes()),
                Clock.systemUTC());
        try {
            store.forgetBefore(PREFIX, clock.instant().minus(window));
        } catch (RuntimeException databaseAway) {
            // Tidying only: the old failures stay until a later start; sign-ins must not wait for it.
            LOG.warn("Old sign-in failures not forgotten at start: {}", databaseAway.toString());
        }
    }

    SignInThrottle(ThrottleStore store, int perAccount, int perAddress, Duration window, Clock clock) {
        this.store = store;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long this attempt must wait, if it must. */
    Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        Optional<Duration> byAccount = wait(store.hitsSince(ACCOUNT + key(username), since), perAccount, now);
        Optional<Duration> byAddress = wait(store.hitsSince(ADDRESS + addressKey(address), since), perAddress, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.isPresent() ? byAccount : byAddress;
    }

    /**
     * Counts a failure.
     *
     * @return whether the user name has reached its limit with it (a lockout starts)
     */
    boolean failed(String username, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        store.count(ADDRESS + addressKey(address), since, now, Integer.MAX_VALUE);
        return store.count(ACCOUNT + key(username), since, now, Integer.MAX_VALUE)
                        .hits()
                        .size()
                >= perAccount;
    }

    /** A successful sign-in forgets the user name's failures (not the address's). */
    void succeeded(String username) {
        store.forget(ACCOUNT + key(username));
    }

    /** Until the oldest of the last {@code limit} failures leaves the window, when there are that many. */
    private Optional<Duration> wait(List<Instant> times, int limit, Instant now) {
        if (times.size() < limit) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, times.get(times.size() - limit).plus(window));
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? "?" : address;
    }
}
