package org.skilleval.core.accounts.internal;

import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * bcrypt, as Karaf's JAAS hashes {@code etc/users.properties} (the same spring-security-crypto
 * bundle). Passwords people choose are hashed at the configured cost; one-time passwords are 16
 * random characters (about 92 bits) that no dictionary holds, so they need no work factor and are
 * hashed at bcrypt's minimum cost: that keeps a bulk import of 10,000 accounts within seconds.
 */
final class Passwords {

    static final int ONE_TIME_COST = 4;
    private static final int ONE_TIME_LENGTH = 16;
    /** No 0/O, 1/l/I: read off a screen or a printed list without doubt. */
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final int cost;
    private final SecureRandom random = new SecureRandom();
    /**
     * Checked against when the user name is unknown, so that the answer takes as long; only the
     * sign-in has one ({@link #forSignIn}), hashed at the configured cost beside the boot. {@code
     * null} for the services that only hash.
     */
    private final CompletableFuture<String> decoy;

    Passwords(int cost) {
        this(cost, false);
    }

    private Passwords(int cost, boolean withDecoy) {
        this.cost = cost;
        String decoyPassword = "decoy-" + random.nextLong();
        this.decoy = withDecoy ? CompletableFuture.supplyAsync(() -> hash(decoyPassword)) : null;
    }

    /** Passwords that can also {@link #spendCheck spend a check} on a user name without an account. */
    static Passwords forSignIn(int cost) {
        return new Passwords(cost, true);
    }

    String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(cost, random));
    }

    String hashOneTime(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(ONE_TIME_COST, random));
    }

    boolean matches(String password, String hash) {
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }

    /** Spends the time of a check for a user name that has no account. */
    void spendCheck(String password) {
        if (decoy == null) {
            throw new IllegalStateException("Passwords made without a decoy: use Passwords.forSignIn");
        }
        BCrypt.checkpw(password, decoy.join());
    }

    String oneTime() {
        char[] chars = new char[ONE_TIME_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
