package org.skilleval.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.core.rules.ApplicationFormRules;
import org.skilleval.core.rules.FormViolation;

/** The demo's forms pass the same checks a real applicant's must. */
class DemoDataTest {

    @Test
    void everyDemoFormIsValidAsARealOneMustBe() {
        DemoData demo = new DemoData(
                null,
                null,
                null,
                null,
                null,
                java.time.Clock.fixed(
                        LocalDate.of(2026, 11, 25)
                                .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                                .toInstant(),
                        ZoneId.of("Asia/Shanghai")));
        for (int i = 0; i < 12; i++) {
            var filled = demo.form(i, "车工", LocalDate.of(2020, 3, 1), "31", "32");
            List<FormViolation> problems = ApplicationFormRules.validate(filled, LocalDate.of(2026, 11, 25));
            assertTrue(problems.isEmpty(), "form " + i + ": " + problems);
            assertEquals(YearMonth.from(LocalDate.of(1968 + i, 1 + i % 12, 3 + i)), filled.birthMonth());
        }
    }
}
