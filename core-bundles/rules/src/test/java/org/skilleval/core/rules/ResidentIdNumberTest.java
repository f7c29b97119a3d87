package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    // The textbook sample of GB 11643-1999: Beijing Chaoyang, born 1949-12-31, female.
    private static final String SAMPLE = "11010519491231002X";

    /** A valid number built with the check character under test, so the tests need no lookup table. */
    private static String valid(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static RuleViolationException refusal(String raw) {
        return assertThrows(RuleViolationException.class, () -> ResidentIdNumber.parse(raw, "idNumber", TODAY));
    }

    @Test
    void theWellKnownSampleIsValid() {
        ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE, "idNumber", TODAY);
        assertEquals(SAMPLE, id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals("110105", id.regionCode());
        assertFalse(id.isMale());
    }

    @Test
    void checkCharacterFollowsIso7064Mod11_2() {
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertEquals('9', ResidentIdNumber.checkCharacter("32010219900307123"));
        assertEquals('1', ResidentIdNumber.checkCharacter("32058119850615001"));
    }

    @Test
    void checkCharacterRefusesAnythingButSeventeenDigits() {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> ResidentIdNumber.checkCharacter("1101051949123100"));
        assertEquals("characters", e.rule());
        assertThrows(RuleViolationException.class, () -> ResidentIdNumber.checkCharacter("1101051949123100A"));
    }

    @Test
    void aJiangsuNumberComputedInTheTestIsValidAndOddSequenceIsMale() {
        ResidentIdNumber id = ResidentIdNumber.parse(valid("32010219900307123"), "idNumber", TODAY);
        assertTrue(id.isMale());
        assertEquals(LocalDate.of(1990, 3, 7), id.birthDate());
        assertEquals("320102", id.regionCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002X1"})
    void wrongLengthIsRefused(String raw) {
        assertEquals("length", refusal(raw).rule());
    }

    @Test
    void nullIsRefusedAsLength() {
        assertEquals("length", refusal(null).rule());
    }

    @Test
    void lowerCaseXIsRefusedWithItsOwnRule() {
        RuleViolationException e = refusal("11010519491231002x");
        assertEquals("lower-case-x", e.rule());
        assertEquals("idNumber", e.field());
        assertTrue(e.messageZh().contains("大写"));
        assertTrue(e.messageEn().contains("upper-case X"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100XX", "110105194912310A2X", "11010519491231002Y", "１10105194912310021"})
    void nonDigitsAreRefused(String raw) {
        assertEquals("characters", refusal(raw).rule());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"00", "10", "16", "20", "24", "30", "38", "47", "55", "60", "66", "70", "72", "80", "83", "99"})
    void aFirstTwoDigitsThatIsNoProvinceIsRefused(String province) {
        assertEquals("region", refusal(valid(province + "010519800101001")).rule());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"11", "15", "21", "23", "31", "32", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82"})
    void everyProvinceLevelCodeIsAccepted(String province) {
        ResidentIdNumber.parse(valid(province + "010519800101001"), "idNumber", TODAY);
    }

    @Test
    void februaryTwentyNinthOfANonLeapYearIsRefused() {
        assertEquals("birth-date", refusal(valid("32010220230229001")).rule());
    }

    @Test
    void februaryTwentyNinthOfALeapYearIsAccepted() {
        assertEquals(
                LocalDate.of(2000, 2, 29),
                ResidentIdNumber.parse(valid("32010220000229001"), "idNumber", TODAY)
                        .birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"19901301", "19900100", "19900431", "18991231"})
    void impossibleOrTooEarlyBirthDatesAreRefused(String yyyyMMdd) {
        assertEquals("birth-date", refusal(valid("320102" + yyyyMMdd + "001")).rule());
    }

    @Test
    void aBirthDateAfterTodayIsRefusedButTodayIsAccepted() {
        assertEquals("birth-date", refusal(valid("32010220260302001")).rule());
        ResidentIdNumber.parse(valid("32010220260301001"), "idNumber", TODAY);
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertEquals("check-digit", refusal("110105194912310021").rule());
        assertEquals("check-digit", refusal("320102199003071230").rule());
    }

    @Test
    void refusalsNeverRepeatTheNumber() {
        RuleViolationException e = refusal("110105194912310021");
        assertFalse(e.messageZh().contains("110105194912310021"));
        assertFalse(e.messageEn().contains("110105194912310021"));
    }

    @Test
    void maskedKeepsFirstFourAndLastTwo() {
        ResidentIdNumber id = ResidentIdNumber.parse(valid("32010219900307123"), "idNumber", TODAY);
        assertEquals("3201************" + id.value().substring(16), id.masked());
        assertEquals(
                "1101************2X", ResidentIdNumber.parse(SAMPLE, "f", TODAY).masked());
    }

    @Test
    void toStringIsMasked() {
        ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE, "idNumber", TODAY);
        assertEquals("1101************2X", id.toString());
        assertFalse(String.valueOf(id).contains("19491231"));
    }

    @Test
    void theConstructorChecksStructureToo() {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> new ResidentIdNumber("110105194912310021"));
        assertEquals("check-digit", e.rule());
        assertEquals("value", e.field());
    }

    @Test
    void aDeclaredBirthYearAndMonthThatMatchIsAcceptedWhateverTheDay() {
        ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE, "idNumber", TODAY);
        id.requireBirthDate(LocalDate.of(1949, 12, 1), "birthDate");
        id.requireBirthDate(YearMonth.of(1949, 12), "birthDate");
    }

    @Test
    void aDeclaredBirthMonthThatDiffersIsRefused() {
        ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE, "idNumber", TODAY);
        RuleViolationException e = assertThrows(
                RuleViolationException.class, () -> id.requireBirthDate(LocalDate.of(1949, 11, 30), "birthDate"));
        assertEquals("birth-date-mismatch", e.rule());
        assertEquals("birthDate", e.field());
        assertEquals(
                "birth-date-mismatch",
                assertThrows(
                                RuleViolationException.class,
                                () -> id.requireBirthDate(LocalDate.of(1950, 12, 31), "birthDate"))
                        .rule());
    }
}
