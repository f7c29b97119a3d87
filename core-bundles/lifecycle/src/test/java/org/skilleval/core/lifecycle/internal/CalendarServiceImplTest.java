package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skilleval.core.rules.RuleViolationException;

class CalendarServiceImplTest {

    /** 2027's schedule as an operator would add it (dates are only this test's, not the official ones). */
    private static final String YEAR_2027 = "{\"years\":{\"2027\":{\"off\":[\"2027-01-01\"],\"work\":[]}}}";

    @Test
    void aYearTheOperatorAddsIsUsedWithoutARestart(@TempDir Path etc) throws Exception {
        CalendarServiceImpl service = new CalendarServiceImpl(etc.resolve("skilleval-holidays"));
        assertFalse(service.calendar().knownYears().contains(2027));
        assertEquals(
                "calendar-year-unknown",
                assertThrows(RuleViolationException.class, () -> service.calendar()
                                .lastDayOfPeriod(LocalDate.of(2026, 12, 28), 5))
                        .rule());

        Files.createDirectories(etc.resolve("skilleval-holidays"));
        Files.writeString(etc.resolve("skilleval-holidays/2027.json"), YEAR_2027);

        assertTrue(service.calendar().knownYears().contains(2027));
        // Mon 28 to Thu 31 December, then Fri 1 January is a holiday: the fifth working day is Mon 4 January.
        assertEquals(LocalDate.of(2027, 1, 4), service.calendar().lastDayOfPeriod(LocalDate.of(2026, 12, 28), 5));
    }

    @Test
    void aCorrectedFileReplacesTheYear(@TempDir Path etc) throws Exception {
        Path directory = Files.createDirectories(etc.resolve("skilleval-holidays"));
        Path file = directory.resolve("2027.json");
        Files.writeString(file, YEAR_2027);
        CalendarServiceImpl service = new CalendarServiceImpl(directory);
        assertFalse(service.calendar().isWorkingDay(LocalDate.of(2027, 1, 1)));

        Files.writeString(file, "{\"years\":{\"2027\":{\"off\":[],\"work\":[]}}}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertTrue(service.calendar().isWorkingDay(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void theShippedScheduleIsThereWithoutAnyFile(@TempDir Path etc) {
        CalendarServiceImpl service = new CalendarServiceImpl(etc.resolve("missing"));

        assertTrue(service.calendar().knownYears().containsAll(java.util.List.of(2024, 2025, 2026)));
        // National Day 2026: 1–7 October off, Saturday 10 October worked.
        assertFalse(service.calendar().isWorkingDay(LocalDate.of(2026, 10, 7)));
    }
}
