package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoundScheduleTest {

    @Test
    void theFirstBatchFollowsTheSeedTimeline() {
        RoundSchedule schedule = RoundSchedule.defaultFor(2022, 1);

        assertEquals(LocalDate.of(2021, 11, 30), schedule.deadline(RoundPhase.RECOMMENDATION));
        assertEquals(LocalDate.of(2021, 12, 31), schedule.deadline(RoundPhase.WORK_PLAN));
        assertEquals(LocalDate.of(2022, 1, 10), schedule.deadline(RoundPhase.PLAN_REVIEW));
        assertEquals(LocalDate.of(2022, 2, 28), schedule.deadline(RoundPhase.EVALUATION));
        assertEquals(LocalDate.of(2022, 3, 10), schedule.deadline(RoundPhase.PUBLICITY));
        assertEquals(LocalDate.of(2022, 3, 31), schedule.deadline(RoundPhase.CERTIFICATION));
    }

    @Test
    void evaluationEndsOnTheLastDayOfFebruaryInALeapYear() {
        assertEquals(
                LocalDate.of(2028, 2, 29), RoundSchedule.defaultFor(2028, 1).deadline(RoundPhase.EVALUATION));
    }

    @Test
    void theSecondBatchIsSixMonthsLater() {
        RoundSchedule schedule = RoundSchedule.defaultFor(2026, 2);

        assertEquals(LocalDate.of(2026, 5, 31), schedule.deadline(RoundPhase.RECOMMENDATION));
        assertEquals(LocalDate.of(2026, 8, 31), schedule.deadline(RoundPhase.EVALUATION));
        assertEquals(LocalDate.of(2026, 9, 30), schedule.deadline(RoundPhase.CERTIFICATION));
    }

    @Test
    void anActionOnTheDeadlineIsAcceptedAndTheDayAfterRefused() {
        RoundSchedule schedule = RoundSchedule.defaultFor(2027, 1);

        schedule.requireOpen(RoundPhase.RECOMMENDATION, LocalDate.of(2026, 11, 30));
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> schedule.requireOpen(RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 1)));
        assertEquals("deadline-passed", refused.rule());
    }

    @Test
    void anExtendedDeadlineAcceptsLaterActions() {
        RoundSchedule extended =
                RoundSchedule.defaultFor(2027, 1).withDeadline(RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 15));

        extended.requireOpen(RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 10));
    }

    @Test
    void deadlinesOutOfPhaseOrderAreRefused() {
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> RoundSchedule.defaultFor(2027, 1)
                        .withDeadline(RoundPhase.WORK_PLAN, LocalDate.of(2026, 11, 1)));
        assertEquals("order", refused.rule());
    }

    @Test
    void onlyTwoBatchesAYearAreKnown() {
        assertEquals(
                "range",
                assertThrows(RuleViolationException.class, () -> RoundSchedule.defaultFor(2027, 3))
                        .rule());
    }
}
