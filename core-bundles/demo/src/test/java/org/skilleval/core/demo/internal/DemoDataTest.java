package org.skilleval.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.skilleval.core.demo.internal.DemoData.DemoSheet;
import org.skilleval.core.demo.internal.DemoData.Stage;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationFormRules;
import org.skilleval.core.rules.EligibilityRules;
import org.skilleval.core.rules.FormViolation;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;
import org.skilleval.plugin.weightedsum.WeightedSumScheme;

/** The demo's data pass the same checks real ones must, and give the outcomes the demo shows. */
class DemoDataTest {

    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final WorkPlanRecord.Content PLAN = DemoData.plan(DemoData.OCCUPATIONS);

    private final DemoData demo = demo(mock(ProposalListService.class));

    @Test
    void everyDemoFormIsValidAsARealOneMustBe() {
        for (int i = 0; i < 12; i++) {
            var filled = demo.form(i, "车工", LocalDate.of(2020, 3, 1), "31", "32");
            List<FormViolation> problems = ApplicationFormRules.validate(filled, TODAY);
            assertTrue(problems.isEmpty(), "form " + i + ": " + problems);
            assertEquals(YearMonth.from(LocalDate.of(1968 + i, 1 + i % 12, 3 + i)), filled.birthMonth());
        }
    }

    @Test
    void everyStageIsShownAndOnlyEligibleApplicantsAreEndorsed() {
        LocalDate reference = RoundSchedule.defaultFor(TODAY.getYear() + 2, 1).deadline(RoundPhase.EVALUATION);
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Stage stage = DemoData.stage(i);
            stages.add(stage);
            ApplicationForm form =
                    demo.form(i, DemoData.occupation(i), DemoData.postSince(i, reference, TODAY), "31", "32");
            boolean eligible = EligibilityRules.decide(
                            ApplicationFormRules.toEligibilityInput(form, reference, true, null))
                    .eligible();
            if (stage.endorsed()) {
                assertTrue(eligible, "endorsed demo applicant " + i + " is eligible");
            }
            if (i == 5) {
                assertFalse(eligible, "the sixth applicant is a few months short of the five years");
            }
        }
        assertTrue(stages.containsAll(EnumSet.allOf(Stage.class)), "every stage appears: " + stages);
        long awaitingTheEnterprise = IntStream.range(0, 12)
                .filter(i -> DemoData.stage(i) == Stage.SUBMITTED && i != 5)
                .count();
        assertTrue(awaitingTheEnterprise >= 1, "an eligible submission still awaits the enterprise");
    }

    @Test
    void everyDemoSheetIsValidForThePlansOralDefenceSheet() {
        OralDefenseMethod method = new OralDefenseMethod(Map.of());
        Parameters configuration = methodConfiguration();
        Set<String> panel =
                Set.copyOf(DemoData.panel().stream().map(PanelMember::expertId).toList());
        for (int i = 0; i < 12; i++) {
            List<DemoSheet> sheets = DemoData.sheets(i);
            assertEquals(DemoData.stage(i).scored(), !sheets.isEmpty(), "applicant " + i + " is scored by its stage");
            for (DemoSheet sheet : sheets) {
                assertTrue(panel.contains(sheet.expertId()), sheet.expertId() + " sits on the panel");
                List<Violation> violations = method.validate(
                        new ScoreSheet(sheet.expertId(), sheet.points(), sheet.comment()), configuration);
                assertTrue(violations.isEmpty(), "applicant " + i + ", " + sheet.expertId() + ": " + violations);
                assertFalse(sheet.comment().isBlank());
            }
        }
    }

    @Test
    void theScoresGiveTheIntendedVerdictUnderThePlansPassLine() {
        assertEquals("75", PLAN.scheme().configuration().get("passLine"));
        for (int i = 0; i < 12; i++) {
            Stage stage = DemoData.stage(i);
            if (stage != Stage.PASSED && stage != Stage.FAILED) {
                continue;
            }
            List<DemoSheet> sheets = DemoData.sheets(i);
            assertEquals(DemoData.panel().size(), sheets.size(), "every member scores applicant " + i);
            assertTrue(sheets.stream().allMatch(DemoSheet::submitted));
            FinalResult result = evaluate(sheets);
            assertEquals(stage == Stage.PASSED, result.passed(), "applicant " + i + " totals " + result.total());
        }
    }

    @Test
    void thePartlyScoredCandidateHasTwoOfFiveSheetsSubmittedAndOneDraft() {
        for (int i = 0; i < 12; i++) {
            if (DemoData.stage(i) == Stage.PARTLY_SCORED) {
                List<DemoSheet> sheets = DemoData.sheets(i);
                assertEquals(2, sheets.stream().filter(DemoSheet::submitted).count());
                assertEquals(1, sheets.stream().filter(s -> !s.submitted()).count());
            }
        }
    }

    @Test
    void thePanelIsOneTheServiceAcceptsAndEveryExpertCanSignIn() throws IOException {
        List<PanelMember> members = DemoData.panel();
        int minExperts = Integer.parseInt(PLAN.methods().get(0).configuration().get("minExperts"));
        assertEquals(5, members.size());
        assertTrue(members.size() >= minExperts, "the panel gives the oral defence its minimum of sheets");
        assertEquals(
                List.of("NJ-EXP-01"),
                members.stream()
                        .filter(PanelMember::chair)
                        .map(PanelMember::expertId)
                        .toList());
        assertTrue(members.stream()
                .allMatch(m -> !m.name().isBlank() && !m.organisation().isBlank()));

        DemoData.PANEL.forEach((login, member) -> assertTrue(
                DemoAccounts.logins().stream()
                        .anyMatch(l -> l.username().equals(login)
                                && member.expertId().equals(l.account().expertId())),
                "the demo creates a login " + login + " for expert " + member.expertId()));
    }

    @Test
    void aPublicityTheCalendarCannotComputeLeavesTheListADraftWithoutFailingTheDemo() {
        ProposalListService proposals = mock(ProposalListService.class);
        ProposalListRecord draft = TestRecords.proposalList()
                .id(41)
                .version(0)
                .roundId(1)
                .participationId(2)
                .creditCode(DemoData.NANJING_EQUIPMENT)
                .enterpriseName(DemoData.EQUIPMENT_NAME)
                .build();
        when(proposals.create(any(Caller.class), eq(2L), eq(List.of(7L, 11L)))).thenReturn(draft);
        when(proposals.submit(any(Caller.class), eq(41L), eq(0L), eq(LocalDate.of(2026, 12, 28)), eq(null)))
                .thenThrow(new RuleViolationException(
                        "calendar", "calendar-year-unknown", "日历未包含 2027 年", "The calendar does not know 2027"));
        Caller hr = Caller.fromJaasRoles(
                "nanjing-equipment-hr", List.of("enterprise", "enterprise:" + DemoData.NANJING_EQUIPMENT));

        String outcome = demo(proposals).publicise(2, hr, List.of(7L, 11L), LocalDate.of(2026, 12, 28));

        assertEquals("proposal list 41 left DRAFT (publicity skipped: calendar-year-unknown)", outcome);
        verify(proposals, never()).publish(any(), anyLong(), anyLong(), any(), any());
    }

    static FinalResult evaluate(List<DemoSheet> sheets) {
        MethodResult oral = new OralDefenseMethod(Map.of())
                .evaluate(
                        sheets.stream()
                                .map(s -> new ScoreSheet(s.expertId(), s.points(), s.comment()))
                                .toList(),
                        methodConfiguration());
        return new WeightedSumScheme(Map.of())
                .combine(List.of(oral), Parameters.of(PLAN.scheme().configuration()));
    }

    static Parameters methodConfiguration() {
        PluginChoice oral = PLAN.methods().get(0);
        assertEquals(DemoData.ORAL_DEFENSE, oral.pluginId());
        return Parameters.of(oral.configuration());
    }

    private static DemoData demo(ProposalListService proposals) {
        return new DemoData(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                proposals,
                null,
                Clock.fixed(TODAY.atStartOfDay(JIANGSU).toInstant(), JIANGSU));
    }
}
