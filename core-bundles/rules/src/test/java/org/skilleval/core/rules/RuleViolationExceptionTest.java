package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RuleViolationExceptionTest {

    @Test
    void carriesFieldRuleAndBothMessagesAndGetMessageIsEnglish() {
        RuleViolationException e = new RuleViolationException("idNumber", "length", "须为18位", "must be 18");
        assertEquals("idNumber", e.field());
        assertEquals("length", e.rule());
        assertEquals("须为18位", e.messageZh());
        assertEquals("must be 18", e.messageEn());
        assertEquals("must be 18", e.getMessage());
    }

    @Test
    void refusesToBeBuiltWithoutRuleOrMessages() {
        assertThrows(NullPointerException.class, () -> new RuleViolationException("f", null, "zh", "en"));
        assertThrows(NullPointerException.class, () -> new RuleViolationException("f", "r", null, "en"));
        assertThrows(NullPointerException.class, () -> new RuleViolationException("f", "r", "zh", null));
    }
}
