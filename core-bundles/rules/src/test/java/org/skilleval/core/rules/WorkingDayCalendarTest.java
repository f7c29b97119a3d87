package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar BUNDLED = WorkingDayCalendar.bundled();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream bundledStream() {
        return WorkingDayCalendar.class.getResourceAsStream("cn-holidays.json");
    }

    @Test
    void theBundledCalendarKnows2007To2026() {
        SortedSet<Integer> years = BUNDLED.knownYears();
        assertEquals(2007, years.first());
        assertEquals(2026, years.last());
        assertEquals(20, years.size());
        assertThrows(UnsupportedOperationException.class, () -> years.add(2027));
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
        // Spring Festival 2026: off Sun 15 – Mon 23 Feb, make-up Saturdays 14 and 28 Feb.
        "2026-02-13, true",
        "2026-02-14, true",
        "2026-02-16, false",
        "2026-02-20, false",
        "2026-02-23, false",
        "2026-02-24, true",
        "2026-02-28, true",
        "2026-03-07, false",
        // Mid-Autumn and National Day 2026: make-up Sunday 20 Sep, off Fri 25 Sep, off 1–7 Oct,
        // make-up Saturday 10 Oct.
        "2026-09-20, true",
        "2026-09-25, false",
        "2026-10-01, false",
        "2026-10-07, false",
        "2026-10-08, true",
        "2026-10-10, true",
        "2026-10-11, false",
        // New Year 2026: off Thu 1 – Sat 3 Jan, make-up Sunday 4 Jan.
        "2026-01-02, false",
        "2026-01-04, true",
        // An ordinary week.
        "2026-04-13, true",
        "2026-04-18, false",
        "2026-04-19, false",
    })
    void workingDaysFollowThe2026Notice(String date, boolean working) {
        assertEquals(working, BUNDLED.isWorkingDay(d(date)));
    }

    @Test
    void february2026HasSixteenWorkingDays() {
        // 20 weekdays, less 6 holiday weekdays (16–20, 23), plus make-up Saturdays 14 and 28.
        assertEquals(16, BUNDLED.countWorkingDays(d("2026-02-01"), d("2026-02-28")));
    }

    @Test
    void countingIncludesBothEnds() {
        assertEquals(5, BUNDLED.countWorkingDays(d("2026-04-13"), d("2026-04-17")));
        assertEquals(1, BUNDLED.countWorkingDays(d("2026-04-13"), d("2026-04-13")));
        assertEquals(0, BUNDLED.countWorkingDays(d("2026-04-18"), d("2026-04-19")));
    }

    @Test
    void countingAReversedRangeIsRefused() {
        assertEquals(
                "date-order",
                assertThrows(
                                RuleViolationException.class,
                                () -> BUNDLED.countWorkingDays(d("2026-04-17"), d("2026-04-13")))
                        .rule());
    }

    @Test
    void fiveWorkingDayPublicityFromMondayWithoutHolidayEndsThatFriday() {
        // "from Monday 13 to Friday 17, 5 working days", as Jiangsu's notices count.
        assertEquals(d("2026-04-17"), BUNDLED.lastDayOfPeriod(d("2026-04-13"), 5));
    }

    @Test
    void aPeriodSpanningNationalDayIsExtendedPastTheHoliday() {
        // Mon 28 – Wed 30 Sep count 3, 1–7 Oct are off, Thu 8 and Fri 9 Oct make 5.
        assertEquals(d("2026-10-09"), BUNDLED.lastDayOfPeriod(d("2026-09-28"), 5));
    }

    @Test
    void aMakeUpSaturdayCountsInAPeriod() {
        // Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13 Oct.
        assertEquals(d("2026-10-13"), BUNDLED.lastDayOfPeriod(d("2026-10-08"), 5));
    }

    @Test
    void aPeriodSpanningSpringFestivalSkipsTheHolidayWeekdays() {
        // Thu 12, Fri 13, Sat 14 (make-up), then off to Mon 23, Tue 24, Wed 25 Feb.
        assertEquals(d("2026-02-25"), BUNDLED.lastDayOfPeriod(d("2026-02-12"), 5));
    }

    @Test
    void aPeriodStartingOnASaturdayStartsCountingOnMonday() {
        assertEquals(d("2026-04-17"), BUNDLED.lastDayOfPeriod(d("2026-04-11"), 5));
    }

    @Test
    void aPeriodStartingOnAHolidayStartsCountingAtTheNextWorkingDay() {
        // Off 1–7 Oct; Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13.
        assertEquals(d("2026-10-13"), BUNDLED.lastDayOfPeriod(d("2026-10-01"), 5));
    }

    @Test
    void aOneDayPeriodOnAWorkingDayIsThatDay() {
        assertEquals(d("2026-04-13"), BUNDLED.lastDayOfPeriod(d("2026-04-13"), 1));
    }

    @Test
    void aPeriodOfLessThanOneWorkingDayIsRefused() {
        assertEquals(
                "period-length",
                assertThrows(RuleViolationException.class, () -> BUNDLED.lastDayOfPeriod(d("2026-04-13"), 0))
                        .rule());
    }

    @Test
    void nextWorkingDayOnOrAfter() {
        assertEquals(d("2026-04-13"), BUNDLED.nextWorkingDayOnOrAfter(d("2026-04-13")));
        assertEquals(d("2026-04-13"), BUNDLED.nextWorkingDayOnOrAfter(d("2026-04-11")));
        assertEquals(d("2026-02-24"), BUNDLED.nextWorkingDayOnOrAfter(d("2026-02-15")));
        assertEquals(d("2026-10-08"), BUNDLED.nextWorkingDayOnOrAfter(d("2026-10-01")));
    }

    @Test
    void anUnknownYearIsRefusedAndTellsTheOperatorWhatToAdd() {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> BUNDLED.isWorkingDay(d("2027-03-01")));
        assertEquals("calendar-year-unknown", e.rule());
        assertTrue(e.messageEn().contains("2027"), e.messageEn());
        assertTrue(e.messageEn().contains("etc/skilleval-holidays/"), e.messageEn());
        assertTrue(e.messageZh().contains("2027年"), e.messageZh());
        assertTrue(e.messageZh().contains("国务院办公厅"), e.messageZh());
        assertTrue(e.messageZh().contains("etc/skilleval-holidays/"), e.messageZh());
        assertEquals(
                "calendar-year-unknown",
                assertThrows(RuleViolationException.class, () -> BUNDLED.isWorkingDay(d("2006-12-29")))
                        .rule());
    }

    @Test
    void aPeriodRunningIntoAnUnknownYearIsRefused() {
        // Mon 28 – Thu 31 Dec 2026 are 4 working days; the 5th would be in 2027.
        assertEquals(
                "calendar-year-unknown",
                assertThrows(RuleViolationException.class, () -> BUNDLED.lastDayOfPeriod(d("2026-12-28"), 5))
                        .rule());
        assertEquals(d("2026-12-31"), BUNDLED.lastDayOfPeriod(d("2026-12-28"), 4));
        assertEquals(
                "calendar-year-unknown",
                assertThrows(
                                RuleViolationException.class,
                                () -> BUNDLED.countWorkingDays(d("2026-12-01"), d("2027-01-05")))
                        .rule());
        assertEquals(
                "calendar-year-unknown",
                assertThrows(RuleViolationException.class, () -> BUNDLED.nextWorkingDayOnOrAfter(d("2027-01-01")))
                        .rule());
    }

    @Test
    void aLaterSourceReplacesAYearAndAddsNewYears() {
        WorkingDayCalendar calendar = WorkingDayCalendar.load(
                List.of(
                        bundledStream(),
                        json(
                                """
                {"years": {
                  "2026": {"off": ["2026-04-14"], "work": ["2026-04-18"]},
                  "2027": {"off": ["2027-01-01"], "work": []}
                }}""")));
        // The 2026 notice is replaced as a whole: National Day is no longer off.
        assertTrue(calendar.isWorkingDay(d("2026-10-01")));
        assertFalse(calendar.isWorkingDay(d("2026-04-14")));
        assertTrue(calendar.isWorkingDay(d("2026-04-18")));
        // Other years are untouched.
        assertFalse(calendar.isWorkingDay(d("2025-10-01")));
        // And 2027 is now known.
        assertFalse(calendar.isWorkingDay(d("2027-01-01")));
        assertTrue(calendar.isWorkingDay(d("2027-01-04")));
        assertEquals(2027, calendar.knownYears().last());
    }

    @Test
    void anEarlierSourceDoesNotOverrideALaterOne() {
        WorkingDayCalendar calendar = WorkingDayCalendar.load(
                List.of(json("{\"years\": {\"2026\": {\"off\": [], \"work\": []}}}"), bundledStream()));
        assertFalse(calendar.isWorkingDay(d("2026-10-01")));
    }

    @Test
    void anEmptySourceListKnowsNoYear() {
        WorkingDayCalendar calendar = WorkingDayCalendar.load(List.of());
        assertTrue(calendar.knownYears().isEmpty());
        assertEquals(
                "calendar-year-unknown",
                assertThrows(RuleViolationException.class, () -> calendar.isWorkingDay(d("2026-04-13")))
                        .rule());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"years\": {\"2026\": {\"off\": [\"2026-01-01\"], \"work\": []}}|source[2]",
                "[1, 2]|source[2]",
                "{\"year\": {}}|years",
                "{\"years\": [2026]}|years",
                "{\"years\": {\"20x6\": {\"off\": [], \"work\": []}}}|years.20x6",
                "{\"years\": {\"2026\": [\"2026-01-01\"]}}|years.2026",
                "{\"years\": {\"2026\": {\"work\": []}}}|years.2026.off",
                "{\"years\": {\"2026\": {\"off\": \"2026-01-01\", \"work\": []}}}|years.2026.off",
                "{\"years\": {\"2026\": {\"off\": [\"2026-01-01\", \"2026-02-30\"], \"work\": []}}}|years.2026.off[1]",
                "{\"years\": {\"2026\": {\"off\": [\"2026-01-01\"], \"work\": [20260104]}}}|years.2026.work[0]",
                "{\"years\": {\"2026\": {\"off\": [\"2026/01/01\"], \"work\": []}}}|years.2026.off[0]",
                "{\"years\": {\"2026\": {\"off\": [\"2027-01-01\"], \"work\": []}}}|years.2026.off[0]",
                "{\"years\": {\"2026\": {\"off\": [\"2026-01-04\"], \"work\": [\"2026-01-04\"]}}}|years.2026",
                "{\"years\": {\"2026\": {\"off\": [], \"work\": []}, \"2026\": {\"off\": [], \"work\": []}}}|source[2]",
                "{\"years\": {}} trailing|source[2]",
            })
    void malformedInputIsRefusedNamingTheBadEntry(String text, String where) {
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> WorkingDayCalendar.load(List.of(json("{\"years\": {}}"), json(text))));
        assertEquals("calendar-format", e.rule());
        assertEquals("source[2]", e.field());
        assertTrue(e.messageEn().contains(where), e.messageEn());
        assertTrue(e.messageZh().contains(where), e.messageZh());
    }

    @Test
    void aWellFormedSourceWithNoDaysOffIsAccepted() {
        WorkingDayCalendar calendar = WorkingDayCalendar.load(
                List.of(json("{\"description\": \"test\", \"years\": {\"2030\": {\"off\": [], \"work\": []}}}")));
        assertTrue(calendar.isWorkingDay(d("2030-01-01")));
        assertFalse(calendar.isWorkingDay(d("2030-01-05")));
    }
}
