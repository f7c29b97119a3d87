package org.skilleval.core.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.skilleval.core.rules.RuleViolationException;

/**
 * What a password people choose must be: at least {@link #MIN_LENGTH} characters, not the user
 * name, and not one of the commonly leaked passwords shipped with the bundle
 * ({@code leaked-passwords.txt}, compared ignoring case).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** bcrypt reads 72 bytes at most; beyond that the rest would silently not count. */
    static final int MAX_BYTES = 72;

    private final Set<String> leaked;

    PasswordPolicy(Set<String> leaked) {
        this.leaked = leaked;
    }

    static PasswordPolicy withShippedList() {
        Set<String> leaked = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("leaked-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.trim();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    leaked.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped list of leaked passwords cannot be read", e);
        }
        return new PasswordPolicy(Set.copyOf(leaked));
    }

    int leakedCount() {
        return leaked.size();
    }

    /**
     * @throws RuleViolationException field {@code field}, rule {@code too-short}, {@code too-long},
     *     {@code username} or {@code leaked}
     */
    void check(String username, String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new RuleViolationException(
                    field,
                    "too-short",
                    "密码至少 " + MIN_LENGTH + " 个字符",
                    "The password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new RuleViolationException(
                    field,
                    "too-long",
                    "密码最长 " + MAX_BYTES + " 字节（约 24 个汉字或 72 个英文字符）",
                    "The password may have at most " + MAX_BYTES + " bytes in UTF-8");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new RuleViolationException(field, "username", "密码不能与用户名相同", "The password must not be the user name");
        }
        if (leaked.contains(password.toLowerCase(Locale.ROOT))) {
            throw new RuleViolationException(
                    field,
                    "leaked",
                    "该密码是常见的已泄露密码，请换一个",
                    "This password is on the list of commonly leaked passwords; choose another");
        }
    }
}
