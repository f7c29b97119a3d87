package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"+7", "７", "-7", "0", " 7", "7 ", "../7", "99999999999999999999", "7e0"})
    void anIdIsAsciiDigitsOnly(String raw) {
        ApiException refused = assertThrows(ApiException.class, () -> Requests.id("id", raw));
        assertEquals(400, refused.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "123456789"})
    void aPlainIdIsRead(String raw) {
        assertEquals(Long.parseLong(raw), Requests.id("id", raw));
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 1_000_000})
    void aRefusedIdIsEchoedOnlyAsAShortPrefix(int length) {
        ApiException refused = assertThrows(ApiException.class, () -> Requests.id("id", "x".repeat(length)));
        assertTrue(refused.toProblem().errors().get(0).message().en().length() < 120);
    }
}
