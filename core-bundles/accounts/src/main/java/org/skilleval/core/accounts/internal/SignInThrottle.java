package org.skilleval.core.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Counts failed sign-ins per user name and per client address in a sliding window. A user name or
 * address with as many failures as allowed within the window is refused until its oldest counted
 * failure leaves the window. User names are counted whether or not the account exists, so a
 * refusal says nothing about existence. Memory: at most the allowed number of instants per key;
 * keys quiet for a window are forgotten once {@link #MAX_KEYS} are tracked.
 *
 * <p>One instance for the bundle: signing in and confirming one's current password before changing
 * it are both password checks, and count together.
 */
@Component(service = SignInThrottle.class, configurationPid = AccountsConfiguration.PID)
public final class SignInThrottle {

    static final int MAX_KEYS = 100_000;

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> accounts = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> addresses = new ConcurrentHashMap<>();

    @Activate
    public SignInThrottle(AccountsConfiguration configuration) {
        this(
                configuration.maxFailuresPerAccount(),
                configuration.maxFailuresPerAddress(),
                Duration.ofMinutes(configuration.failureWindowMinutes()),
                Clock.systemUTC());
    }

    SignInThrottle(int perAccount, int perAddress, Duration window, Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long this attempt must wait, if it must. */
    Optional<Duration> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAccount = wait(accounts.get(key(username)), perAccount, now);
        Optional<Duration> byAddress = wait(addresses.get(addressKey(address)), perAddress, now);
        if (byAccount.isPresent() && byAddress.isPresent()) {
            return Optional.of(byAccount.get().compareTo(byAddress.get()) > 0 ? byAccount.get() : byAddress.get());
        }
        return byAccount.isPresent() ? byAccount : byAddress;
    }

    /**
     * Counts a failure.
     *
     * @return whether it made the user name reach its limit (a lockout starts)
     */
    boolean failed(String username, String address) {
        Instant now = clock.instant();
        count(addresses, addressKey(address), perAddress, now);
        return count(accounts, key(username), perAccount, now) == perAccount;
    }

    /** A successful sign-in forgets the user name's failures (not the address's). */
    void succeeded(String username) {
        accounts.remove(key(username));
    }

    private int count(Map<String, Deque<Instant>> counts, String key, int limit, Instant now) {
        if (counts.size() >= MAX_KEYS) {
            Instant since = now.minus(window);
            counts.values().removeIf(times -> quiet(times, since));
        }
        Deque<Instant> times = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private Optional<Duration> wait(Deque<Instant> times, int limit, Instant now) {
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            Duration left = Duration.between(now, times.peekFirst().plus(window));
            return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant since = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.pollFirst();
        }
    }

    private static boolean quiet(Deque<Instant> times, Instant since) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().isAfter(since);
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? "?" : address;
    }
}
