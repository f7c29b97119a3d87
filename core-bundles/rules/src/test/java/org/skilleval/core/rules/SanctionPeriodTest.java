package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SanctionPeriodTest {

    private static final LocalDate FOUND = LocalDate.of(2023, 3, 15);
    private final SanctionPeriod period = SanctionPeriod.fromFinding(FOUND);

    @Test
    void banEndsFiveYearsAfterTheFinding() {
        assertEquals(LocalDate.of(2028, 3, 15), period.bannedUntilExclusive());
    }

    @Test
    void findingDateIsActive() {
        assertTrue(period.isActiveOn(FOUND));
    }

    @Test
    void dayBeforeTheFindingIsNotActive() {
        assertFalse(period.isActiveOn(FOUND.minusDays(1)));
    }

    @Test
    void dayBeforeTheEndIsActive() {
        assertTrue(period.isActiveOn(LocalDate.of(2028, 3, 14)));
    }

    @Test
    void endDateIsNotActive() {
        assertFalse(period.isActiveOn(LocalDate.of(2028, 3, 15)));
    }

    @Test
    void leapDayFindingEndsOnTwentyEighthOfFebruary() {
        assertEquals(
                LocalDate.of(2029, 2, 28),
                SanctionPeriod.fromFinding(LocalDate.of(2024, 2, 29)).bannedUntilExclusive());
    }

    @Test
    void periodWithAnEndOtherThanFiveYearsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SanctionPeriod(FOUND, FOUND.plusYears(3)));
    }

    @Test
    void reasonNamesTheFindingDateAndTheEndOfTheBan() {
        Reason reason = period.reason();

        assertEquals("sanctioned", reason.code());
        assertTrue(reason.zh().contains("2023年3月15日"), reason.zh());
        assertTrue(reason.zh().contains("2028年3月14日"), reason.zh());
        assertTrue(reason.zh().contains("2028年3月15日"), reason.zh());
        assertTrue(reason.en().contains("2023-03-15"), reason.en());
        assertTrue(reason.en().contains("2028-03-15"), reason.en());
    }
}
