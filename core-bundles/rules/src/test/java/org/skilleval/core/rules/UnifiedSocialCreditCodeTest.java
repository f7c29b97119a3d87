package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    // The sample printed in GB 32100-2015 (a Fuzhou enterprise); checked by hand against the
    // standard's weights, so it tests checkCharacter independently of itself.
    private static final String STANDARD_SAMPLE = "91350100M000100Y43";

    /** A valid code built with the check character under test, so the tests need no lookup table. */
    private static String valid(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static RuleViolationException refusal(String raw) {
        return assertThrows(RuleViolationException.class, () -> UnifiedSocialCreditCode.parse(raw, "creditCode"));
    }

    @Test
    void theStandardsSampleIsValidAndSplitsIntoItsParts() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(STANDARD_SAMPLE, "creditCode");
        assertEquals(STANDARD_SAMPLE, code.value());
        assertEquals('9', code.registrationAuthorityCode());
        assertEquals('1', code.typeCode());
        assertEquals("350100", code.divisionCode());
        assertEquals("M000100Y4", code.organisationCode());
    }

    @Test
    void checkCharacterFollowsTheWeightsOfGb32100() {
        assertEquals('3', UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4"));
        assertEquals('B', UnifiedSocialCreditCode.checkCharacter("91110000802100433"));
        assertEquals('X', UnifiedSocialCreditCode.checkCharacter("9132010072170090X"));
    }

    @Test
    void aRemainderOfZeroGivesCheckCharacterZeroNotThirtyOne() {
        // All zeros weigh nothing: sum 0, 31 - 0 = 31, which the standard writes as '0'.
        assertEquals('0', UnifiedSocialCreditCode.checkCharacter("00000000000000000"));
        assertEquals(
                "000000",
                UnifiedSocialCreditCode.parse("000000000000000000", "creditCode")
                        .divisionCode());
    }

    @Test
    void aJiangsuCodeComputedInTheTestIsValid() {
        String raw = valid("91320200MA1N2P3Q4");
        assertEquals("320200", UnifiedSocialCreditCode.parse(raw, "creditCode").divisionCode());
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        RuleViolationException e = refusal("91350100M000100Y44");
        assertEquals("check-character", e.rule());
        assertEquals("creditCode", e.field());
        assertTrue(e.messageZh().contains("校验位"));
        assertTrue(e.messageEn().contains("check character"));
    }

    @Test
    void swappingTwoCharactersIsCaught() {
        assertEquals("check-character", refusal("91350100M001000Y43").rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y431"})
    void wrongLengthIsRefused(String raw) {
        assertEquals("length", refusal(raw).rule());
    }

    @Test
    void nullIsRefusedAsLength() {
        assertEquals("length", refusal(null).rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "Z", "S", "V", "m", "-", "０"})
    void charactersOutsideTheCodesSetAreRefused(String bad) {
        String raw = "91350100" + bad + "000100Y43";
        RuleViolationException e = refusal(raw);
        assertEquals("characters", e.rule());
        assertTrue(e.messageZh().contains("大写字母"));
    }

    @Test
    void aLetterInTheDivisionCodeIsRefused() {
        RuleViolationException e = refusal(valid("9132A200MA1N2P3Q4"));
        assertEquals("division", e.rule());
        assertTrue(e.messageEn().contains("division"));
    }

    @Test
    void theCanonicalConstructorChecksToo() {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> new UnifiedSocialCreditCode("91350100M000100Y44"));
        assertEquals("value", e.field());
    }

    @Test
    void checkCharacterRefusesAnythingButSeventeenCodeCharacters() {
        assertEquals(
                "characters",
                assertThrows(RuleViolationException.class, () -> UnifiedSocialCreditCode.checkCharacter("9135010"))
                        .rule());
        assertThrows(RuleViolationException.class, () -> UnifiedSocialCreditCode.checkCharacter("91350100I000100Y4"));
        assertFalse(UnifiedSocialCreditCode.CHARACTERS.contains("I"));
    }
}
