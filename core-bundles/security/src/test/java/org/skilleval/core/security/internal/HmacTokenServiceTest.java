package org.skilleval.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SessionToken;

class HmacTokenServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Caller NANJING = Caller.fromJaasRoles("南京鉴定站 王", List.of("city", "city:3201"));

    private final HmacTokenService tokens = service(KEY, NOW);

    @Test
    void anIssuedTokenVerifiesToTheSameCallerWithScopes() throws Exception {
        SessionToken token = tokens.issue(NANJING);

        assertEquals(NANJING, tokens.verify(token.token()));
        assertEquals(NOW.plus(Duration.ofHours(8)), token.expiresAt());
    }

    @Test
    void aTokenWhosePayloadWasEditedIsRefused() {
        String token = tokens.issue(NANJING).token();
        String payload = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                payload.replace("city%3A3201", "city%3A3205").getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));

        assertThrows(AuthenticationException.class, () -> tokens.verify(forged));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
        otherKey[0] ^= 1;
        String token = service(otherKey, NOW).issue(NANJING).token();

        assertThrows(AuthenticationException.class, () -> tokens.verify(token));
    }

    @Test
    void aTokenIsRefusedFromTheMomentItExpires() throws Exception {
        String token = tokens.issue(NANJING).token();

        service(KEY, NOW.plus(Duration.ofHours(8)).minusSeconds(1)).verify(token);
        assertThrows(AuthenticationException.class, () -> service(KEY, NOW.plus(Duration.ofHours(8)))
                .verify(token));
    }

    @Test
    void malformedTokensAreRefused() {
        for (String junk : new String[] {null, "", "abc", "a.b.c", "!!!.???", ".sig"}) {
            assertThrows(AuthenticationException.class, () -> tokens.verify(junk), String.valueOf(junk));
        }
    }

    @Test
    void theSigningKeyIsCreatedOnceOwnerReadableAndReusedAfterARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("security/token-signing.key");

        byte[] first = HmacTokenService.loadOrCreateKey(file);
        byte[] second = HmacTokenService.loadOrCreateKey(file);

        assertEquals(32, first.length);
        assertArrayEquals(first, second);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void nodesStartingAtOnceOnOneSharedKeyFileAllSignWithOneKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shared/token-signing.key");
        int nodes = 8;
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService starting = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<byte[]>> keys = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                keys.add(starting.submit(() -> {
                    together.await();
                    return HmacTokenService.loadOrCreateKey(file);
                }));
            }
            List<byte[]> signedWith = new ArrayList<>();
            for (Future<byte[]> key : keys) {
                signedWith.add(key.get());
            }
            for (byte[] key : signedWith) {
                assertArrayEquals(Files.readAllBytes(file), key);
            }
        } finally {
            starting.shutdownNow();
        }
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no staged key file is left behind");
        }
    }

    private static HmacTokenService service(byte[] key, Instant now) {
        return new HmacTokenService(key, Duration.ofHours(8), Clock.fixed(now, ZoneOffset.UTC));
    }
}
