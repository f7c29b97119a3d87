package org.skilleval.core.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The web console's session: the same signed token API clients send as a bearer token, carried in
 * a cookie that page scripts cannot read ({@code HttpOnly}) and that browsers never send with a
 * request started by another site ({@code SameSite=Strict}), limited to {@code /api}.
 *
 * <p>Against cross-site request forgery the cookie alone never authorises a change: every unsafe
 * request (anything but GET, HEAD, OPTIONS) must also carry {@value #CSRF_HEADER} with the
 * session's CSRF token, a digest of the session token. A page of another site can neither read
 * the cookie nor the token, so it cannot forge the header; the console reads the token from the
 * sign-in answer or from {@code GET /api/auth/session}.
 */
final class SessionCookie {

    static final String NAME = "SKILLEVAL_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String PATH = "/api";

    /** The request property under which {@link SessionCookieFilter} leaves the session token it accepted. */
    static final String TOKEN_PROPERTY = SessionCookie.class.getName() + ".token";

    private SessionCookie() {}

    /** The {@code Set-Cookie} value that starts a session lasting until the token expires. */
    static String issue(String token, Instant expiresAt, Instant now, boolean secure) {
        long maxAge = Math.max(0, Duration.between(now, expiresAt).getSeconds());
        return NAME + "=" + token + "; Path=" + PATH + "; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that ends the session in the browser. */
    static String clear(boolean secure) {
        return NAME + "=; Path=" + PATH + "; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The CSRF token of a session: unguessable without the session token, the same for its whole life. */
    static String csrfToken(String sessionToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("skilleval-csrf\n" + sessionToken).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a request of this method may change something, and so needs the CSRF header. */
    static boolean unsafe(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    /** Compares in constant time, so the answer's timing tells nothing about the expected token. */
    static boolean matches(String expected, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
