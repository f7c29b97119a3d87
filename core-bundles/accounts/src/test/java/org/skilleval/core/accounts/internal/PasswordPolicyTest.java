package org.skilleval.core.accounts.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.skilleval.core.rules.RuleViolationException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    private String refusal(String username, String password) {
        return assertThrows(RuleViolationException.class, () -> policy.check(username, password, "newPassword"))
                .rule();
    }

    @Test
    void aPasswordNeedsTenCharactersCountingChineseOnes() {
        assertEquals("too-short", refusal("wang", "Abc-12345"));
        assertDoesNotThrow(() -> policy.check("wang", "Abc-123456", "newPassword"));
        assertDoesNotThrow(() -> policy.check("wang", "我的评聘密码很难猜中", "newPassword"));
    }

    @Test
    void theUserNameIsNoPasswordInAnyCase() {
        assertEquals("username", refusal("nanjing-city-admin", "Nanjing-City-Admin"));
    }

    @Test
    void aCommonlyLeakedPasswordIsRefusedIgnoringCase() {
        assertTrue(policy.leakedCount() > 100);
        assertEquals("leaked", refusal("wang", "1234567890"));
        assertEquals("leaked", refusal("wang", "Password123"));
        assertEquals("leaked", refusal("wang", "woaini1314"));
    }

    @Test
    void aPasswordBcryptWouldCutIsRefused() {
        assertEquals("too-long", refusal("wang", "a".repeat(73)));
    }
}
