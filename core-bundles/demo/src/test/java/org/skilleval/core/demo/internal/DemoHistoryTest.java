package org.skilleval.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.skilleval.core.demo.internal.DemoData.DemoSheet;
import org.skilleval.core.demo.internal.DemoData.Employee;
import org.skilleval.core.demo.internal.DemoHistory.Timeline;
import org.skilleval.core.lifecycle.AppointmentService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationFormRules;
import org.skilleval.core.rules.EligibilityRules;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.WorkingDayCalendar;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;

/** The demo's past round: its days, its holders and its appointments work on whatever day it is seeded. */
class DemoHistoryTest {

    /** The lifecycle configuration's default review window, in days before the term's end. */
    private static final int REVIEW_DAYS = 90;

    @Test
    void onAnyDayOneAppointmentIsDueAndTheOtherIsNotAndBothStartAfterTheCertificates() {
        for (LocalDate today = LocalDate.of(2025, 1, 1);
                today.isBefore(LocalDate.of(2031, 1, 1));
                today = today.plusDays(1)) {
            int year = DemoHistory.year(today);
            LocalDate issued = Timeline.of(year).certificates();
            assertTrue(year >= today.getYear() - 4 && issued.isBefore(today.minusYears(2)), today + ": " + year);

            LocalDate dueBy = today.plusDays(REVIEW_DAYS);
            LocalDate dueEnd = DemoHistory.dueTermEnd(today, dueBy);
            LocalDate dueStart = DemoHistory.termStart(dueEnd);
            // What AppointmentServiceImpl computes from the start and the enterprise's default term
            LocalDate termEnd = dueStart.plusYears(DemoData.TERM_YEARS).minusDays(1);
            assertTrue(termEnd.isAfter(today) && !termEnd.isAfter(dueBy), today + ": due term ends " + termEnd);
            assertFalse(
                    dueStart.isBefore(issued), today + ": starts " + dueStart + " before the certificate " + issued);

            LocalDate recentStart = today.minusMonths(DemoHistory.RECENT_MONTHS);
            LocalDate recentEnd = recentStart.plusYears(DemoData.TERM_YEARS).minusDays(1);
            assertTrue(recentEnd.isAfter(dueBy), today + ": the recent appointment is not due");
            assertTrue(recentStart.isAfter(dueStart), "the recent one is the later");
        }
    }

    @Test
    void everyStepOfThePastRoundLiesWithinItsPhaseAndThePublicityEndsBeforeTheCertificates() {
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        for (int year = 2022; year <= 2026; year++) {
            RoundSchedule schedule = RoundSchedule.defaultFor(year, 1);
            Timeline days = Timeline.of(year);
            assertFalse(days.recommendation().isAfter(schedule.deadline(RoundPhase.RECOMMENDATION)));
            assertFalse(days.workPlan().isAfter(schedule.deadline(RoundPhase.WORK_PLAN)));
            assertFalse(days.planReview().isAfter(schedule.deadline(RoundPhase.PLAN_REVIEW)));
            // applications, panels, scores, the list and its submission all belong to the evaluation
            assertFalse(days.publicity().isAfter(schedule.deadline(RoundPhase.EVALUATION)));
            assertTrue(days.applications().isBefore(days.assessment())
                    && days.assessment().isBefore(days.publicity()));
            LocalDate publicityEnd = calendar.lastDayOfPeriod(
                    days.publicity(), org.skilleval.core.lifecycle.ProposalListService.MINIMUM_PUBLICITY_WORKING_DAYS);
            assertFalse(publicityEnd.isAfter(schedule.deadline(RoundPhase.PUBLICITY)), year + ": " + publicityEnd);
            assertTrue(publicityEnd.isBefore(days.certificates()), year + ": publicity ends " + publicityEnd);
            assertFalse(days.certificates().isAfter(schedule.deadline(RoundPhase.CERTIFICATION)));
        }
    }

    @Test
    void theHoldersFormsAreValidTheyAreEligibleAndNoneIsAnApplicantOfTheCurrentRound() {
        LocalDate declared = Timeline.of(2023).applications();
        LocalDate reference = RoundSchedule.defaultFor(2023, 1).deadline(RoundPhase.EVALUATION);
        Set<String> currentIds = new HashSet<>();
        IntStream.range(0, 12).forEach(i -> currentIds.add(DemoData.employee(i).idNumber()));
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < DemoHistory.HOLDERS.size(); i++) {
            Employee holder = DemoHistory.HOLDERS.get(i);
            ApplicationForm form = DemoData.form(
                    holder, DemoHistory.OCCUPATIONS.get(i), DemoHistory.postSince(i, reference), declared, "31", "32");
            assertEquals(List.of(), ApplicationFormRules.validate(form, declared), holder.name());
            assertTrue(
                    EligibilityRules.decide(ApplicationFormRules.toEligibilityInput(form, reference, true, null))
                            .eligible(),
                    holder.name());
            ResidentIdNumber.parse(holder.idNumber(), "idNumber", declared); // its check character holds
            assertFalse(currentIds.contains(holder.idNumber()), holder.name() + " is not applying again");
            logins.add(DemoData.applicant(holder).username());
        }
        assertEquals(List.of("demo-E1101", "demo-E1102"), logins, "the history's holders have no README login");
    }

    @Test
    void bothHoldersPassWithValidSheetsFromTheWholePanel() {
        OralDefenseMethod method = new OralDefenseMethod(Map.of());
        for (int i = 0; i < DemoHistory.HOLDERS.size(); i++) {
            List<DemoSheet> sheets = DemoHistory.sheets(i);
            assertEquals(DemoData.panel().size(), sheets.size());
            for (DemoSheet sheet : sheets) {
                assertTrue(sheet.submitted());
                assertEquals(
                        List.of(),
                        method.validate(
                                new ScoreSheet(sheet.expertId(), sheet.points(), sheet.comment()),
                                DemoDataTest.methodConfiguration()));
            }
            FinalResult result = DemoDataTest.evaluate(sheets);
            assertTrue(result.passed(), DemoHistory.HOLDERS.get(i).name() + " totals " + result.total());
        }
    }

    @Test
    void aRefusedStepSkipsTheRestGivesThePlatformItsDaysBackAndAppointsNobody() {
        RoundService rounds = mock(RoundService.class);
        AppointmentService appointments = mock(AppointmentService.class);
        when(rounds.open(any(Caller.class), anyInt(), anyInt(), anyString()))
                .thenThrow(new RuleViolationException("year", "range", "年度须在 2021–2100 之间", "year out of range"));
        List<String> days = new ArrayList<>();
        DemoHistory history = new DemoHistory(null, rounds, null, null, null, null, null, null, null, appointments);

        String outcome = history.seed(LocalDate.of(2026, 12, 7), first -> new DemoHistory.PlatformDays() {
            {
                days.add("from " + first);
            }

            @Override
            public void moveTo(LocalDate day) {
                days.add(day.toString());
            }

            @Override
            public void close() {
                days.add("closed");
            }
        });

        assertEquals("past round 2023 skipped at opening the 2023 round on 2022-11-20 (range)", outcome);
        assertEquals(List.of("from 2022-11-20", "closed"), days);
        verify(appointments, never()).appoint(any(), anyLong(), any());
    }
}
