package org.skilleval.core.security.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SessionToken;
import org.skilleval.core.security.TokenService;

/**
 * Tokens are {@code base64url(payload) "." base64url(HMAC-SHA256(payload))}: the payload carries
 * the user name, the JAAS roles (scopes included) and the expiry, so verifying a request needs no
 * lookup at all. The key lives in a file so that tokens survive a restart.
 */
// The metatype of the shared PID is designated once, by JaasAuthenticator.
@Component(service = TokenService.class, configurationPid = SecurityConfiguration.PID)
public class HmacTokenService implements TokenService {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final String FORMAT_VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

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

    @Override
    public SessionToken issue(Caller caller) {
        Instant expiresAt = clock.instant().plus(lifetime);
        String payload = "v=" + FORMAT_VERSION
                + "&u=" + URLEncoder.encode(caller.username(), StandardCharsets.UTF_8)
                + "&r=" + URLEncoder.encode(String.join(",", caller.jaasRoles()), StandardCharsets.UTF_8)
                + "&exp=" + expiresAt.getEpochSecond();
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return new SessionToken(
                ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(sign(payloadBytes)),
                Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    @Override
    public Caller verify(String token) throws AuthenticationException {
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
        if (!clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(fields.get("exp"))))) {
            throw new AuthenticationException("Token expired");
        }
        String roles = fields.getOrDefault("r", "");
        return Caller.fromJaasRoles(
                fields.get("u"), roles.isEmpty() ? java.util.List.of() : Arrays.asList(roles.split(",")));
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

    /** Reads the key, or creates it readable by the owner only; a concurrent creator's key wins. */
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
            Files.write(staged, key);
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(staged);
        }
        return key;
    }
}
