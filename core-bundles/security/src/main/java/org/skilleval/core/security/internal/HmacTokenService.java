package org.skilleval.core.security.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.skilleval.core.security.AccountSessions;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SessionToken;
import org.skilleval.core.security.TokenClaims;
import org.skilleval.core.security.TokenService;

/**
 * Tokens are {@code base64url(payload) "." base64url(HMAC-SHA256(payload))}: the payload carries
 * the user name, the JAAS roles (scopes included) and the expiry, so verifying a request needs no
 * lookup at all. The key lives in a file so that tokens survive a restart.
 *
 * <p>The payload also carries a random token id and the account's token epoch. When an
 * {@link AccountSessions} service is present (the accounts bundle), a token whose epoch is below
 * the account's current one (password changed, reset, account disabled) or whose id was signed out
 * is refused. The accounts bundle answers as of the last commit of any node (from the database when
 * it is shared), so that a sign-out or a password change on one node is refused on every node at
 * the very next request.
 *
 * <p>Several nodes verify each other's tokens: they must sign with one key, so they name one shared
 * key file ({@link SecurityConfiguration#signingKeyFile()}, docs/operations.md).
 */
// The metatype of the shared PID is designated once, by JaasAuthenticator.
@Component(service = TokenService.class, configurationPid = SecurityConfiguration.PID)
public class HmacTokenService implements TokenService {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final String FORMAT_VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private volatile SecretKeySpec key;
    private volatile Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile AccountSessions sessions;

    @Activate
    public HmacTokenService(SecurityConfiguration configuration) throws IOException {
        this(
                loadOrCreateKey(keyFile(configuration)),
                Duration.ofMinutes(configuration.tokenLifetimeMinutes()),
                Clock.systemUTC());
    }

    HmacTokenService(byte[] key, Duration lifetime, Clock clock) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("The signing key needs at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /**
     * A change of the security configuration (the realm, say) must not restart this service: every
     * REST resource depends on it, so the API would be away for a moment. The key file and the
     * lifetime are read again instead.
     */
    @Modified
    void modified(SecurityConfiguration configuration) throws IOException {
        this.key = new SecretKeySpec(loadOrCreateKey(keyFile(configuration)), ALGORITHM);
        this.lifetime = Duration.ofMinutes(configuration.tokenLifetimeMinutes());
    }

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSessions(AccountSessions added) {
        this.sessions = added;
    }

    void unbindSessions(AccountSessions removed) {
        if (this.sessions == removed) {
            this.sessions = null;
        }
    }

    @Override
    public SessionToken issue(Caller caller) {
        Instant expiresAt = clock.instant().plus(lifetime);
        AccountSessions current = sessions;
        long epoch = current == null ? 0 : current.tokenEpoch(caller.username());
        boolean passwordChange = current != null && current.passwordChangeRequired(caller.username());
        byte[] id = new byte[12];
        random.nextBytes(id);
        String payload = "v=" + FORMAT_VERSION
                + "&u=" + URLEncoder.encode(caller.username(), StandardCharsets.UTF_8)
                + "&r=" + URLEncoder.encode(String.join(",", caller.jaasRoles()), StandardCharsets.UTF_8)
                + "&exp=" + expiresAt.getEpochSecond()
                + "&id=" + ENCODER.encodeToString(id)
                + "&e=" + epoch
                + (passwordChange ? "&pc=1" : "");
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return new SessionToken(
                ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(sign(payloadBytes)),
                Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    @Override
    public Caller verify(String token) throws AuthenticationException {
        return claims(token).caller();
    }

    @Override
    public void revoke(String token) throws AuthenticationException {
        TokenClaims claims = claims(token);
        AccountSessions current = sessions;
        if (current != null) {
            current.signOut(claims.caller().username(), claims.tokenId(), claims.expiresAt());
        }
    }

    @Override
    public TokenClaims claims(String token) throws AuthenticationException {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new AuthenticationException("Malformed token");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new AuthenticationException("Malformed token");
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw new AuthenticationException("Token signature does not match");
        }
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(payload, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (!FORMAT_VERSION.equals(fields.get("v")) || fields.get("u") == null || fields.get("exp") == null) {
            throw new AuthenticationException("Unknown token format");
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields.get("exp")));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new AuthenticationException("Token expired");
        }
        String username = fields.get("u");
        // Tokens of the first format carry no id: their signature stands in for one.
        String tokenId = fields.getOrDefault("id", token.substring(dot + 1));
        AccountSessions current = sessions;
        if (current != null) {
            long epoch = Long.parseLong(fields.getOrDefault("e", "0"));
            Optional<String> refusal = current.refusal(username, epoch, tokenId);
            if (refusal.isPresent()) {
                throw new AuthenticationException(refusal.get());
            }
        }
        String roles = fields.getOrDefault("r", "");
        Caller caller =
                Caller.fromJaasRoles(username, roles.isEmpty() ? java.util.List.of() : Arrays.asList(roles.split(",")));
        return new TokenClaims(caller, tokenId, expiresAt, "1".equals(fields.get("pc")));
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    private static Path keyFile(SecurityConfiguration configuration) {
        if (!configuration.signingKeyFile().isBlank()) {
            return Path.of(configuration.signingKeyFile());
        }
        String data = System.getProperty("karaf.data", "data");
        return Path.of(data, "security", "token-signing.key");
    }

    /**
     * Reads the key, or creates it readable by the owner only. Several nodes may start at once on one
     * shared key file: the key is written to a staged file and published with a hard link, which
     * (unlike a rename, which replaces silently) fails when the file already exists, so exactly one
     * creator's key is published and every other node reads that one.
     */
    static byte[] loadOrCreateKey(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readAllBytes(file);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path staged = Files.createTempFile(file.toAbsolutePath().getParent(), "token", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(staged, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions protect the file
            }
            Files.write(staged, key, StandardOpenOption.SYNC);
            Files.createLink(file, staged);
        } catch (FileAlreadyExistsException raced) {
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(staged);
        }
        return key;
    }
}
