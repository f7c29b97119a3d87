package org.skilleval.core.rest.internal;

import java.time.Instant;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenClaims;

/** What a mocked token service answers for a valid token of this caller. */
final class TestTokens {

    private TestTokens() {}

    static TokenClaims claims(Caller caller) {
        return new TokenClaims(
                caller, "token-of-" + caller.username(), Instant.now().plusSeconds(3600), false);
    }
}
