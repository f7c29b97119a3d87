package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.AssessmentView;
import org.skilleval.core.lifecycle.CandidateSummary;
import org.skilleval.core.lifecycle.RecomputeOutcome;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AssessmentResultStore;
import org.skilleval.core.persistence.PanelSize;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.ScoreSheetStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginFingerprints;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;
import org.skilleval.plugin.weightedsum.WeightedSumScheme;

/** The assessment of a candidate on the real shipped plugins, pinned at 1.0.0. */
class AssessmentServiceImplTest {

    private static final String CODE = "91320100MA1NJ0001M";
    private static final String ID_NUMBER = "32010219900307123" + ResidentIdNumber.checkCharacter("32010219900307123");
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));
    private static final Caller OUTSIDER = Caller.fromJaasRoles("x", List.of("expert", "expert:x9"));
    private static final List<String> EXPERTS = List.of("e1", "e2", "e3", "e4", "e5");
    // 2027-02-01 in Jiangsu: the 2027 first round's evaluation phase is open.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final RoundRecord ROUND = new RoundRecord(7, 1, 2027, 1, "2027", RoundSchedule.defaultFor(2027, 1));
    private static final ParticipationRecord PARTICIPATION =
            TestRecords.participation().creditCode(CODE).build();
    private static final PluginChoice ORAL = new PluginChoice("oral-defense", Map.of("minExperts", "5"), "1.0.0");
    private static final PluginChoice WEIGHTED =
            new PluginChoice("weighted-sum", Map.of("weight.oral-defense", "100", "passLine", "75"), "1.0.0");
    private static final WorkPlanRecord PLAN = TestRecords.workPlan()
            .id(11)
            .version(4)
            .creditCode(CODE)
            .methods(List.of(ORAL))
            .scheme(WEIGHTED)
            .build();
    private static final PanelRecord PANEL = new PanelRecord(
            21,
            1,
            7,
            3,
            CODE,
            "3201",
            "车工",
            EXPERTS.stream()
                    .map(e -> new PanelMember(e, "专家" + e, "南京工业大学", "", e.equals("e1")))
                    .toList(),
            false);

    private final RoundStore rounds = mock(RoundStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final WorkPlanStore plans = mock(WorkPlanStore.class);
    private final ApplicationStore applications = mock(ApplicationStore.class);
    private final PanelStore panels = mock(PanelStore.class);
    private final PluginRegistry registry = mock(PluginRegistry.class);
    private final Map<Long, ApplicationRecord> stored = new HashMap<>();
    private final MemorySheets sheets = new MemorySheets();
    private final PanelChecks checks =
            new PanelChecks(new BigDecimal("5")).with(new SameDepartmentRule()).with(new DeclaredRelationRule());
    private final MemoryResults results = new MemoryResults();
    private AssessmentServiceImpl service;

    @BeforeEach
    void anEndorsedCandidateWithAPanelOfFive() {
        when(rounds.find(7)).thenReturn(Optional.of(ROUND));
        when(participations.find(3)).thenReturn(Optional.of(PARTICIPATION));
        when(plans.findByParticipation(3)).thenReturn(Optional.of(PLAN));
        when(panels.findFor(3, "车工")).thenReturn(Optional.of(PANEL));
        when(applications.find(anyLong())).thenAnswer(i -> Optional.ofNullable(stored.get(i.<Long>getArgument(0))));
        stored.put(31L, candidate(31, ApplicationStatus.ENDORSED));
        pluginsAt("1.0.0", new OralDefenseMethod(Map.of()), new WeightedSumScheme(Map.of()));
        service = new AssessmentServiceImpl(
                rounds,
                participations,
                plans,
                applications,
                panels,
                sheets,
                results,
                PluginHostForTests.calls(registry),
                checks,
                CLOCK);
    }

    @Test
    void aCandidateWhoseSheetsAreAllInPassesWithTheProvenanceOfEveryPlugin() {
        EXPERTS.forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));

        AssessmentResultRecord result = service.evaluate(HR, 31);

        assertEquals(new BigDecimal("88.00"), result.total());
        assertTrue(result.passed());
        assertEquals(ApplicationStatus.PASSED, stored.get(31L).status());
        assertEquals(2, result.provenance().size());
        AssessmentResultRecord.Provenance method = result.provenance().get(0);
        assertEquals("ASSESSMENT_METHOD", method.kind());
        assertEquals("org.skilleval.plugin.oraldefense", method.bundleSymbolicName());
        assertEquals("1.0.0", method.bundleVersion());
        assertEquals(PluginFingerprints.configurationSha256(Map.of("minExperts", "5")), method.configurationSha256());
        assertEquals(64, method.configurationSha256().length());
        assertEquals(
                "org.skilleval.plugin.weightedsum", result.provenance().get(1).bundleSymbolicName());
        // the plan leaves honourVetoes unset: the scheme's default it ran with is recorded and hashed
        assertEquals(
                Map.of("weight.oral-defense", "100", "passLine", "75", "honourVetoes", "true"),
                result.provenance().get(1).configuration());
        assertEquals(5, result.inputs().size());
        assertEquals(PluginFingerprints.inputsSha256(result.inputs()), result.inputsSha256());
        assertEquals("oral-defense", result.methods().get(0).methodId());
        assertEquals(
                Map.of(
                        "e1", new BigDecimal("88.00"),
                        "e2", new BigDecimal("88.00"),
                        "e3", new BigDecimal("88.00"),
                        "e4", new BigDecimal("88.00"),
                        "e5", new BigDecimal("88.00")),
                result.methods().get(0).expertTotals());
        assertEquals(result, service.result(PROVINCE, 31));
    }

    @Test
    void theEvaluationNamesEveryoneWhoHasNotSubmittedAndChangesNothing() {
        List.of("e1", "e2", "e3").forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        service.saveDraft(expert("e4"), 31, "oral-defense", null, points("20", "20", "10", "10"), "");

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31));

        assertEquals("sheets-missing", refused.rule());
        assertTrue(refused.messageEn().contains("专家e4 (e4): oral-defense"), refused.messageEn());
        assertTrue(refused.messageEn().contains("(e5)"), refused.messageEn());
        assertFalse(refused.messageEn().contains("(e1)"));
        assertTrue(results.byApplication.isEmpty());
        assertEquals(ApplicationStatus.ENDORSED, stored.get(31L).status());
    }

    @Test
    void anInvalidSheetIsRefusedWithTheMethodsMessagesAndStaysADraft() {
        ScoreSheetRecord draft = service.saveDraft(
                expert("e2"), 31, "oral-defense", null, Map.of("innovation", new BigDecimal("25")), "");

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service.submit(expert("e2"), 31, "oral-defense", draft.version()));

        assertTrue(refused.violations().stream()
                .anyMatch(v -> v.field().equals("points.innovation") && v.rule().equals("range")));
        assertTrue(refused.violations().stream()
                .anyMatch(v -> v.rule().equals("required") && v.message().zh().contains("未打分")));
        assertEquals(
                ScoreSheetRecord.Status.DRAFT,
                sheets.find(31, "oral-defense", "e2").orElseThrow().status());
    }

    @Test
    void onlyTheChairUnlocksASheetWithAReasonAndARevisedSheetCanFlipTheResult() {
        EXPERTS.forEach(e -> fillAndSubmit(e, "24", "24", "16", "16"));
        assertTrue(service.evaluate(HR, 31).passed());
        ScoreSheetRecord e3 = sheets.find(31, "oral-defense", "e3").orElseThrow();

        assertThrows(
                AccessDeniedException.class,
                () -> service.unlock(expert("e2"), 31, "oral-defense", "e3", e3.version(), "分数录错"));
        assertEquals(
                "required",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.unlock(expert("e1"), 31, "oral-defense", "e3", e3.version(), " "))
                        .rule());
        assertEquals(
                "state",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.saveDraft(
                                        expert("e3"), 31, "oral-defense", e3.version(), points("0", "0", "0", "0"), ""))
                        .rule());
        ScoreSheetRecord unlocked = service.unlock(expert("e1"), 31, "oral-defense", "e3", e3.version(), "分数录错");
        assertEquals("分数录错", unlocked.unlockReason());
        assertEquals("unlock", sheets.actions.get(sheets.actions.size() - 1));
        assertEquals(
                "sheets-missing",
                assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31))
                        .rule());

        ScoreSheetRecord revised =
                service.saveDraft(expert("e3"), 31, "oral-defense", unlocked.version(), points("0", "0", "0", "0"), "");
        service.submit(expert("e3"), 31, "oral-defense", revised.version());
        keep("e3"); // 0 points diverge from the panel's 24 and 16
        AssessmentResultRecord again = service.evaluate(HR, 31);

        assertEquals(new BigDecimal("64.00"), again.total());
        assertFalse(again.passed());
        assertEquals(ApplicationStatus.FAILED, stored.get(31L).status());
        assertEquals(1, results.byApplication.size());
    }

    @Test
    void aPinnedVersionThatIsGoneRefusesAndKeepsEveryScoreEntered() {
        ScoreSheetRecord draft =
                service.saveDraft(expert("e2"), 31, "oral-defense", null, points("27", "26", "18", "17"), "");
        pluginsAt("2.0.0", new OralDefenseMethod(Map.of()), new WeightedSumScheme(Map.of()));

        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> service.submit(expert("e2"), 31, "oral-defense", draft.version()));

        assertEquals("plugin-unavailable", refused.rule());
        assertTrue(refused.messageEn().contains("oral-defense"));
        assertTrue(refused.messageZh().contains("1.0.0"));
        ScoreSheetRecord kept = sheets.find(31, "oral-defense", "e2").orElseThrow();
        assertEquals(new BigDecimal("27"), kept.points().get("professional-knowledge"));
        AssessmentView view = service.view(HR, 31);
        assertNull(view.methods().get(0).schema());
        assertTrue(view.methods().get(0).problem().en().contains("1.0.0"));
    }

    @Test
    void aPinnedPlanKeepsItsVersionBesideANewerOneUntilTheProvinceMigratesIt() {
        EXPERTS.forEach(e -> fillAndSubmit(e, "27", "26", "8", "17"));
        // Version 2.0.0 of oral-defense is installed beside 1.0.0: both are registered and active.
        pluginsAt("1.0.0", new OralDefenseMethod(Map.of()), new WeightedSumScheme(Map.of()));
        addVersion("2.0.0", new InnovationOnlyOralDefense());

        AssessmentResultRecord pinned = service.evaluate(HR, 31);

        assertEquals("1.0.0", pinned.provenance().get(0).bundleVersion());
        assertEquals(new BigDecimal("78.00"), pinned.total());
        assertTrue(pinned.passed());

        AtomicLong planVersion = new AtomicLong(PLAN.version());
        WorkPlanRecord[] current = {PLAN};
        when(plans.find(11)).thenAnswer(i -> Optional.of(current[0]));
        when(plans.findByParticipation(3)).thenAnswer(i -> Optional.of(current[0]));
        when(plans.update(eq(11L), anyLong(), eq("migrate-plugin"), anyString(), any(), any()))
                .thenAnswer(i -> {
                    @SuppressWarnings("unchecked")
                    UnaryOperator<WorkPlanRecord> change = i.getArgument(5);
                    current[0] = change.apply(current[0]);
                    planVersion.incrementAndGet();
                    return current[0];
                });
        PluginMigrationServiceImpl migrations = new PluginMigrationServiceImpl(
                plans,
                panels,
                sheets,
                results,
                registry,
                org.mockito.Mockito.mock(org.skilleval.core.persistence.CityExtensionStore.class),
                PluginHostForTests.calls(registry),
                PluginHostForTests.migrations(registry, PluginHostForTests.calls(registry)));
        // The migration computes the plan's assessed candidates under 2.0.0 first.
        when(panels.candidates(anyLong(), any(), anyString(), any(), any(), anyInt(), anyInt()))
                .thenAnswer(i -> new org.skilleval.core.domain.Page<>(List.of(stored.get(31L)), 1, 0, 200));
        migrations.migrate(PROVINCE, 11, PLAN.version(), "oral-defense", "2.0.0", "innovation counts alone");

        // The stored result keeps naming the version that computed it, and recomputes identically on it.
        assertEquals("1.0.0", service.result(PROVINCE, 31).provenance().get(0).bundleVersion());
        RecomputeOutcome again = service.recompute(PROVINCE, 31);
        assertTrue(again.identical(), again.differences().toString());
        // A new evaluation runs on 2.0.0.
        AssessmentResultRecord migrated = service.evaluate(HR, 31);
        assertEquals("2.0.0", migrated.provenance().get(0).bundleVersion());
        assertEquals(0, new BigDecimal("40").compareTo(migrated.total()));
        assertFalse(migrated.passed());
        assertEquals(ApplicationStatus.FAILED, stored.get(31L).status());
    }

    @Test
    void theCandidateListsLinesAreTheCandidatesWithoutTheFormAndMaskedForExperts() {
        List.of("e1", "e2").forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        ApplicationRecord application = stored.get(31L);
        when(panels.candidates(anyLong(), any(), any(), any(), any(), anyInt(), anyInt()))
                .thenAnswer(i -> new org.skilleval.core.domain.Page<>(List.of(stored.get(31L)), 1, 0, 20));
        when(panels.candidateSummaries(anyLong(), any(), any(), any(), any(), anyInt(), anyInt()))
                .thenAnswer(i -> new org.skilleval.core.domain.Page<>(
                        List.of(ApplicationSummary.of(stored.get(31L))), 1, 0, 20));
        when(panels.sizes(any()))
                .thenReturn(List.of(
                        new PanelSize(PANEL.id(), 3, "车工", PANEL.members().size())));
        when(plans.methodCounts(any())).thenReturn(Map.of(3L, PLAN.methods().size()));

        for (Caller caller : List.of(HR, PROVINCE, expert("e3"))) {
            List<CandidateSummary> expected = service.candidates(caller, 7, 0, 20).items().stream()
                    .map(c -> new CandidateSummary(
                            ApplicationSummary.of(c.application()),
                            c.panelId(),
                            c.sheetsExpected(),
                            c.sheetsSubmitted()))
                    .toList();
            org.skilleval.core.domain.Page<CandidateSummary> lines = service.candidateSummaries(caller, 7, 0, 20);
            assertEquals(expected, lines.items(), caller.username());
            assertEquals(1, lines.total());
            CandidateSummary line = lines.items().get(0);
            assertEquals(PANEL.id(), line.panelId());
            assertEquals(5, line.sheetsExpected()); // five experts, one method
            assertEquals(2, line.sheetsSubmitted());
        }
        assertEquals(
                application.form().idNumber(),
                service.candidateSummaries(HR, 7, 0, 20)
                        .items()
                        .get(0)
                        .application()
                        .idNumber());
        assertEquals(
                ResidentIdNumber.mask(ID_NUMBER),
                service.candidateSummaries(expert("e3"), 7, 0, 20)
                        .items()
                        .get(0)
                        .application()
                        .idNumber());
        // the list's read passes the expert on, so that only the panels they sit on count
        verify(panels, atLeastOnce()).candidateSummaries(7, null, null, "e3", AssessmentContexts.LISTED, 0, 20);
    }

    @Test
    void reinstallingTheSameVersionResumesTheAssessmentWithEveryScoreKept() {
        List.of("e1", "e2", "e3", "e4").forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        ScoreSheetRecord draft =
                service.saveDraft(expert("e5"), 31, "oral-defense", null, points("27", "26", "18", "17"), "");
        pluginsAt("2.0.0", new OralDefenseMethod(Map.of()), new WeightedSumScheme(Map.of()));
        assertEquals(
                "plugin-unavailable",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.submit(expert("e5"), 31, "oral-defense", draft.version()))
                        .rule());

        pluginsAt("1.0.0", new OralDefenseMethod(Map.of()), new WeightedSumScheme(Map.of()));
        service.submit(expert("e5"), 31, "oral-defense", draft.version());
        AssessmentResultRecord result = service.evaluate(HR, 31);

        assertEquals(new BigDecimal("88.00"), result.total());
        assertEquals(5, result.inputs().size());
    }

    @Test
    void aPluginThatThrowsOrAnswersWronglyChangesNothing() {
        EXPERTS.forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        AssessmentMethod broken = mock(AssessmentMethod.class);
        when(broken.evaluate(any(), any())).thenThrow(new IllegalStateException("division by zero"));
        pluginsAt("1.0.0", broken, new WeightedSumScheme(Map.of()));

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31));

        assertEquals("plugin-failed", refused.rule());
        assertTrue(refused.messageEn().contains("oral-defense (org.skilleval.plugin.oraldefense 1.0.0)"));
        assertTrue(refused.messageEn().contains("division by zero"));

        AssessmentMethod wrongId = mock(AssessmentMethod.class);
        when(wrongId.evaluate(any(), any()))
                .thenReturn(new MethodResult("other", BigDecimal.ONE, BigDecimal.TEN, Map.of(), false, List.of()));
        pluginsAt("1.0.0", wrongId, new WeightedSumScheme(Map.of()));
        assertEquals(
                "plugin-failed",
                assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31))
                        .rule());

        ScoringScheme refusing = mock(ScoringScheme.class);
        when(refusing.combine(any(), any()))
                .thenThrow(new InvalidInputException(
                        "weight.oral-defense",
                        "required",
                        org.skilleval.plugin.api.dto.LocalizedText.of("缺少权重", "weight missing")));
        pluginsAt("1.0.0", new OralDefenseMethod(Map.of()), refusing);
        RuleViolationException schemeFailed =
                assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31));
        assertEquals("plugin-failed", schemeFailed.rule());
        assertTrue(schemeFailed.messageEn().contains("weight missing"));

        assertTrue(results.byApplication.isEmpty());
        assertEquals(ApplicationStatus.ENDORSED, stored.get(31L).status());
    }

    @Test
    void aResultOutsideItsDeclaredScaleIsRefusedAndNothingIsStored() {
        EXPERTS.forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        // A scheme on the hundred-point scale that totals 852, and passes the candidate with it.
        pluginsAt("1.0.0", new OralDefenseMethod(Map.of()), new WeightedSumScheme(Map.of()) {
            @Override
            public FinalResult combine(List<MethodResult> results, Parameters configuration) {
                return new FinalResult(new BigDecimal("852"), true, List.of());
            }
        });
        RuleViolationException total = assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31));
        assertEquals("plugin-failed", total.rule());
        assertTrue(total.messageEn().contains("852 lies outside its declared scale [0, 100]"), total.messageEn());
        assertTrue(total.messageZh().contains("总分 852 不在其声明的量程 [0, 100] 内"), total.messageZh());

        // A method that gives itself a larger maximum than it declares, to fit 852 in.
        pluginsAt(
                "1.0.0",
                new OralDefenseMethod(Map.of()) {
                    @Override
                    public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                        MethodResult honest = super.evaluate(sheets, configuration);
                        return new MethodResult(
                                honest.methodId(),
                                new BigDecimal("852"),
                                new BigDecimal("1000"),
                                honest.itemScores(),
                                false,
                                List.of());
                    }
                },
                new WeightedSumScheme(Map.of()));
        RuleViolationException method = assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31));
        assertEquals("plugin-failed", method.rule());
        assertTrue(method.messageEn().contains("maximum 1000 is not its declared maximum 100"), method.messageEn());

        // An item score above the item's maximum, or for an item not on the sheet.
        for (Map<String, BigDecimal> items :
                List.of(Map.of("innovation", new BigDecimal("852")), Map.of("bribery", BigDecimal.ONE))) {
            pluginsAt(
                    "1.0.0",
                    new OralDefenseMethod(Map.of()) {
                        @Override
                        public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                            MethodResult honest = super.evaluate(sheets, configuration);
                            return new MethodResult(
                                    honest.methodId(), honest.score(), honest.maxScore(), items, false, List.of());
                        }
                    },
                    new WeightedSumScheme(Map.of()));
            RuleViolationException item = assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31));
            assertEquals("plugin-failed", item.rule());
            assertTrue(
                    item.messageEn()
                            .contains("item " + items.keySet().iterator().next()),
                    item.messageEn());
        }

        // A scale that is no scale.
        pluginsAt("1.0.0", new OralDefenseMethod(Map.of()), new WeightedSumScheme(Map.of()) {
            @Override
            public BigDecimal maxTotal(Parameters configuration) {
                return BigDecimal.ZERO;
            }
        });
        assertEquals(
                "plugin-failed",
                assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31))
                        .rule());

        assertTrue(results.byApplication.isEmpty());
        assertEquals(ApplicationStatus.ENDORSED, stored.get(31L).status());
    }

    @Test
    void recomputingWithTheSamePluginsIsIdenticalAndADriftedPluginIsReported() {
        EXPERTS.forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        AssessmentResultRecord result = service.evaluate(HR, 31);

        RecomputeOutcome same = service.recompute(PROVINCE, 31);

        assertTrue(same.identical(), same.differences().toString());
        assertEquals(List.of("identical"), results.recomputeNotes);

        // The same bundle version now computes differently (e.g. rebuilt from changed sources).
        AssessmentMethod drifted = mockOralDefense();
        when(drifted.evaluate(any(), any()))
                .thenReturn(new MethodResult(
                        "oral-defense", new BigDecimal("70"), new BigDecimal("100"), Map.of(), false, List.of()));
        pluginsAt("1.0.0", drifted, new WeightedSumScheme(Map.of()));
        RecomputeOutcome drift = service.recompute(PROVINCE, 31);

        assertFalse(drift.identical());
        assertTrue(
                drift.differences().contains("total 88 -> 70"),
                drift.differences().toString());
        assertTrue(drift.differences().contains("passed true -> false"));
        assertEquals(result, results.findByApplication(31).orElseThrow(), "the stored result is unchanged");
        assertEquals(ApplicationStatus.PASSED, stored.get(31L).status());
        assertTrue(results.recomputeNotes.get(1).startsWith("differs: total 88 -> 70"));
        assertThrows(AccessDeniedException.class, () -> service.recompute(HR, 31));
    }

    @Test
    void expertTotalsTakePartInTheRecomputeAndAnOlderResultWithoutThemSaysSo() {
        EXPERTS.forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        AssessmentResultRecord result = service.evaluate(HR, 31);
        assertTrue(service.recompute(PROVINCE, 31).identical());

        // As stored before expert totals were recorded: the same result without them.
        AssessmentResultRecord older = new AssessmentResultRecord(
                result.id(),
                result.version(),
                result.applicationId(),
                result.roundId(),
                result.participationId(),
                result.creditCode(),
                result.cityCode(),
                result.total(),
                result.passed(),
                result.reasons(),
                result.methods().stream()
                        .map(m -> new AssessmentResultRecord.MethodOutcome(
                                m.methodId(), m.score(), m.maxScore(), m.itemScores(), m.vetoed(), m.reasons()))
                        .toList(),
                result.provenance(),
                result.inputs(),
                result.inputsSha256(),
                result.evaluatedAt(),
                result.evaluatedBy());
        results.byApplication.put(31L, older);

        RecomputeOutcome outcome = service.recompute(PROVINCE, 31);

        assertFalse(outcome.identical());
        assertEquals(List.of("expert totals of oral-defense (none stored)"), outcome.differences());

        // A method whose per-expert totals drift while its score does not is caught as well.
        AssessmentMethod drifted = mockOralDefense();
        when(drifted.evaluate(any(), any())).thenAnswer(call -> {
            MethodResult real = new OralDefenseMethod(Map.of()).evaluate(call.getArgument(0), call.getArgument(1));
            Map<String, BigDecimal> totals = new HashMap<>(real.expertTotals());
            totals.put("e3", new BigDecimal("87.99"));
            return new MethodResult(
                    real.methodId(),
                    real.score(),
                    real.maxScore(),
                    real.itemScores(),
                    real.vetoed(),
                    real.reasons(),
                    totals);
        });
        results.byApplication.put(31L, result);
        pluginsAt("1.0.0", drifted, new WeightedSumScheme(Map.of()));
        assertEquals(
                List.of("expert totals of oral-defense"),
                service.recompute(PROVINCE, 31).differences());
    }

    @Test
    void anExpertSeesTheEvidenceButNoContactDataAndOnlyTheirOwnSheets() {
        fillAndSubmit("e1", "27", "26", "18", "17");
        fillAndSubmit("e2", "20", "20", "12", "12");

        AssessmentView view = service.view(expert("e2"), 31);

        ApplicationForm form = view.application().form();
        assertEquals(ResidentIdNumber.mask(ID_NUMBER), form.idNumber());
        assertNull(form.phone());
        assertNull(form.email());
        assertNull(form.address());
        assertEquals("攻克高精度主轴加工难题", form.achievements());
        assertEquals(1, form.educationAndCareer().size());
        assertEquals(
                List.of("e2"),
                view.methods().get(0).sheets().stream()
                        .map(ScoreSheetRecord::expertId)
                        .toList());
        assertEquals(4, view.methods().get(0).schema().items().size());
        assertEquals(2, service.view(HR, 31).methods().get(0).sheets().size());
        assertEquals(ID_NUMBER, service.view(HR, 31).application().form().idNumber());
        EXPERTS.stream().skip(2).forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        keep("e2"); // e2 scored far below the panel
        service.evaluate(HR, 31);
        assertEquals(
                List.of("e2"),
                service.result(expert("e2"), 31).inputs().stream()
                        .map(AssessmentResultRecord.SheetInput::expertId)
                        .toList());
        assertEquals(
                List.of("e2"),
                service.view(expert("e2"), 31).result().inputs().stream()
                        .map(AssessmentResultRecord.SheetInput::expertId)
                        .toList());
        assertEquals(5, service.result(HR, 31).inputs().size());
        // Of the experts' totals too, an expert sees only their own; the panel's score stays.
        AssessmentResultRecord.MethodOutcome own =
                service.result(expert("e2"), 31).methods().get(0);
        assertEquals(Map.of("e2", new BigDecimal("64.00")), own.expertTotals());
        assertEquals(new BigDecimal("83.20"), own.score());
        assertEquals(
                Map.of("e2", new BigDecimal("64.00")),
                service.view(expert("e2"), 31).result().methods().get(0).expertTotals());
        assertEquals(5, service.result(HR, 31).methods().get(0).expertTotals().size());
        assertEquals(
                new BigDecimal("64.00"),
                service.result(PROVINCE, 31).methods().get(0).expertTotals().get("e2"));
        assertThrows(NotFoundException.class, () -> service.view(OUTSIDER, 31));
        assertThrows(NotFoundException.class, () -> service.view(SUZHOU, 31));
        assertThrows(
                NotFoundException.class,
                () -> service.saveDraft(OUTSIDER, 31, "oral-defense", null, points("1", "1", "1", "1"), ""));
    }

    @Test
    void anExpertWhoDeclaresARelationStandsAsideFromThenOnButNotAfterSubmitting() {
        AtomicReference<PanelRecord> panel = new AtomicReference<>(PANEL);
        List<String> changes = new ArrayList<>();
        when(panels.findFor(3, "车工")).thenAnswer(i -> Optional.of(panel.get()));
        when(panels.update(eq(21L), anyLong(), anyString(), anyString(), any(), any()))
                .thenAnswer(i -> {
                    changes.add(i.<String>getArgument(2) + " by "
                            + i.<AuditActor>getArgument(4).username());
                    panel.set(i.<UnaryOperator<PanelRecord>>getArgument(5).apply(panel.get()));
                    return panel.get();
                });
        service.saveDraft(expert("e2"), 31, "oral-defense", null, points("20", "20", "10", "10"), "");

        service.declareRelation(expert("e2"), 31, ExpertRelation.Kind.RELATIVE, " 表兄弟 ");
        service.declareRelation(expert("e2"), 31, ExpertRelation.Kind.RELATIVE, "again");

        assertEquals(
                List.of(new ExpertRelation(31, ExpertRelation.Kind.RELATIVE, "表兄弟")),
                panel.get().member("e2").orElseThrow().relations());
        assertEquals(List.of("declare-relation by e2"), changes, "declared once, audited on the panel");
        assertEquals(
                "conflict-of-interest",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.saveDraft(
                                        expert("e2"), 31, "oral-defense", 1L, points("2", "2", "2", "2"), ""))
                        .rule());
        assertEquals(
                List.of("e2/coi.declared-relation"),
                service.view(HR, 31).conflicts().stream()
                        .map(c -> c.expertId() + "/" + c.ruleId())
                        .toList());

        fillAndSubmit("e3", "27", "26", "18", "17");
        RuleViolationException late = assertThrows(
                RuleViolationException.class,
                () -> service.declareRelation(expert("e3"), 31, ExpertRelation.Kind.MENTOR, ""));
        assertEquals("sheet-submitted", late.rule());
        assertTrue(panel.get().member("e3").orElseThrow().relations().isEmpty());
        assertThrows(
                NotFoundException.class, () -> service.declareRelation(OUTSIDER, 31, ExpertRelation.Kind.MENTOR, ""));
    }

    @Test
    void anExpertWhoMustStandAsideCanNeitherSaveNorSubmitAndTheViewSaysWhy() {
        ScoreSheetRecord draft =
                service.saveDraft(expert("e3"), 31, "oral-defense", null, points("1", "1", "1", "1"), "");
        // e3 turns out to work in the candidate's department (机加车间) and e4 to be their mentor.
        List<PanelMember> members = new ArrayList<>(PANEL.members());
        members.set(2, new PanelMember("e3", "专家e3", "南京某装备集团", "", false, "机加车间 ", List.of()));
        members.set(
                3,
                new PanelMember(
                        "e4",
                        "专家e4",
                        "南京某装备集团",
                        "",
                        false,
                        "",
                        List.of(new ExpertRelation(31, ExpertRelation.Kind.MENTOR, ""))));
        when(panels.findFor(3, "车工")).thenReturn(Optional.of(PANEL.withMembers(members)));

        RuleViolationException save = assertThrows(
                RuleViolationException.class,
                () -> service.saveDraft(
                        expert("e3"), 31, "oral-defense", draft.version(), points("2", "2", "2", "2"), ""));
        assertEquals("conflict-of-interest", save.rule());
        assertTrue(save.messageZh().contains("机加车间"), save.messageZh());
        assertEquals(
                "conflict-of-interest",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.submit(expert("e3"), 31, "oral-defense", draft.version()))
                        .rule());
        assertEquals(
                "conflict-of-interest",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.saveDraft(
                                        expert("e4"), 31, "oral-defense", null, points("2", "2", "2", "2"), ""))
                        .rule());
        assertEquals(
                ScoreSheetRecord.Status.DRAFT,
                sheets.find(31, "oral-defense", "e3").orElseThrow().status());
        assertEquals(
                new BigDecimal("1"),
                sheets.find(31, "oral-defense", "e3").orElseThrow().points().get("innovation"));

        assertEquals(
                List.of("e3/coi.same-department", "e4/coi.declared-relation"),
                service.view(HR, 31).conflicts().stream()
                        .map(c -> c.expertId() + "/" + c.ruleId())
                        .toList());
        List<org.skilleval.core.lifecycle.PanelConflict> own =
                service.view(expert("e3"), 31).conflicts();
        assertEquals(List.of("e3"), own.stream().map(c -> c.expertId()).toList());
        assertFalse(own.toString().contains(ID_NUMBER));
        assertEquals(List.of(), service.view(expert("e2"), 31).conflicts());
    }

    @Test
    void aSheetFarFromThePanelsMedianIsFlaggedAndTheChairsOutcomeIsNeededToEvaluate() {
        List.of("e1", "e2", "e3", "e4").forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        assertTrue(sheets.byId.values().stream().allMatch(s -> s.divergence() == null));
        fillAndSubmit("e5", "20", "26", "18", "11");

        DivergenceFlag flag =
                sheets.find(31, "oral-defense", "e5").orElseThrow().divergence();
        assertEquals(
                Map.of(
                        "expression", new DivergenceFlag.Item(new BigDecimal("11"), new BigDecimal("17")),
                        "professional-knowledge", new DivergenceFlag.Item(new BigDecimal("20"), new BigDecimal("27"))),
                flag.items());
        assertTrue(flag.undecided());
        assertEquals(
                1,
                sheets.byId.values().stream()
                        .filter(s -> s.divergence() != null)
                        .count());
        // Everyone on the panel sees the flag and the medians; only e5 and the enterprise see e5's points.
        AssessmentView.FlaggedSheet seenByE2 =
                service.view(expert("e2"), 31).divergences().get(0);
        assertEquals("e5", seenByE2.expertId());
        assertNull(seenByE2.flag().items().get("expression").points());
        assertEquals(
                new BigDecimal("17"), seenByE2.flag().items().get("expression").median());
        assertEquals(
                new BigDecimal("11"),
                service.view(expert("e5"), 31)
                        .divergences()
                        .get(0)
                        .flag()
                        .items()
                        .get("expression")
                        .points());
        assertEquals(
                new BigDecimal("11"),
                service.view(expert("e5"), 31)
                        .methods()
                        .get(0)
                        .sheets()
                        .get(0)
                        .divergence()
                        .items()
                        .get("expression")
                        .points());
        assertEquals(
                new BigDecimal("11"),
                service.view(HR, 31)
                        .divergences()
                        .get(0)
                        .flag()
                        .items()
                        .get("expression")
                        .points());

        RuleViolationException open = assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31));
        assertEquals("divergence-open", open.rule());
        assertTrue(
                open.messageEn().contains("(e5): oral-defense on expression, professional-knowledge"),
                open.messageEn());
        assertTrue(results.byApplication.isEmpty());

        long version = sheets.find(31, "oral-defense", "e5").orElseThrow().version();
        assertThrows(
                AccessDeniedException.class,
                () -> service.decideDivergence(
                        expert("e5"), 31, "oral-defense", "e5", version, DivergenceFlag.Outcome.KEPT, "我坚持"));
        assertEquals(
                "required",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.decideDivergence(
                                        expert("e1"),
                                        31,
                                        "oral-defense",
                                        "e5",
                                        version,
                                        DivergenceFlag.Outcome.KEPT,
                                        ""))
                        .rule());
        long e2Version = sheets.find(31, "oral-defense", "e2").orElseThrow().version();
        assertEquals(
                "state",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.decideDivergence(
                                        expert("e1"),
                                        31,
                                        "oral-defense",
                                        "e2",
                                        e2Version,
                                        DivergenceFlag.Outcome.KEPT,
                                        "无分歧"))
                        .rule());

        ScoreSheetRecord unlocked = service.decideDivergence(
                expert("e1"), 31, "oral-defense", "e5", version, DivergenceFlag.Outcome.REVISED, "请核对表达项");
        assertEquals(ScoreSheetRecord.Status.DRAFT, unlocked.status());
        assertEquals("请核对表达项", unlocked.unlockReason());
        assertEquals(DivergenceFlag.Outcome.REVISED, unlocked.divergence().outcome());
        assertEquals("e1", unlocked.divergence().decidedBy());
        assertEquals("divergence-revised", sheets.actions.get(sheets.actions.size() - 1));
        assertEquals(
                "sheets-missing",
                assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31))
                        .rule());

        ScoreSheetRecord revised = service.saveDraft(
                expert("e5"), 31, "oral-defense", unlocked.version(), points("26", "26", "18", "15"), "");
        ScoreSheetRecord resubmitted = service.submit(expert("e5"), 31, "oral-defense", revised.version());

        assertNull(resubmitted.divergence());
        assertTrue(service.evaluate(HR, 31).passed());
    }

    @Test
    void aKeptSheetCountsAsItIsAndAGapOfZeroFlagsNothing() {
        List.of("e1", "e2", "e3", "e4").forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        fillAndSubmit("e5", "0", "0", "0", "0");
        ScoreSheetRecord flagged = sheets.find(31, "oral-defense", "e5").orElseThrow();

        ScoreSheetRecord kept = service.decideDivergence(
                expert("e1"), 31, "oral-defense", "e5", flagged.version(), DivergenceFlag.Outcome.KEPT, "复议后维持原分");

        assertEquals(ScoreSheetRecord.Status.SUBMITTED, kept.status());
        assertEquals("复议后维持原分", kept.divergence().note());
        assertEquals(new BigDecimal("70.40"), service.evaluate(HR, 31).total());

        AssessmentServiceImpl noGap = new AssessmentServiceImpl(
                rounds,
                participations,
                plans,
                applications,
                panels,
                sheets,
                results,
                PluginHostForTests.calls(registry),
                new PanelChecks(BigDecimal.ZERO),
                CLOCK);
        stored.put(32L, candidate(32, ApplicationStatus.ENDORSED));
        for (String e : EXPERTS) {
            ScoreSheetRecord draft = noGap.saveDraft(
                    expert(e),
                    32,
                    "oral-defense",
                    null,
                    e.equals("e5") ? points("0", "0", "0", "0") : points("27", "26", "18", "17"),
                    "");
            noGap.submit(expert(e), 32, "oral-defense", draft.version());
        }
        assertNull(sheets.find(32, "oral-defense", "e5").orElseThrow().divergence());
        assertEquals(new BigDecimal("70.40"), noGap.evaluate(HR, 32).total());
    }

    @Test
    void aCandidateBeyondTheAssessmentCannotBeScoredOrEvaluatedAgain() {
        EXPERTS.forEach(e -> fillAndSubmit(e, "27", "26", "18", "17"));
        stored.put(31L, candidate(31, ApplicationStatus.PROPOSED));

        assertEquals(
                "state",
                assertThrows(RuleViolationException.class, () -> service.evaluate(HR, 31))
                        .rule());
        ScoreSheetRecord e2 = sheets.find(31, "oral-defense", "e2").orElseThrow();
        assertEquals(
                "state",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.unlock(expert("e1"), 31, "oral-defense", "e2", e2.version(), "重新打分"))
                        .rule());
        assertTrue(results.byApplication.isEmpty());
    }

    @Test
    void aSecondDraftWithoutTheVersionIsADuplicateAndAStaleVersionIsRefused() {
        ScoreSheetRecord draft =
                service.saveDraft(expert("e2"), 31, "oral-defense", null, points("1", "1", "1", "1"), "");
        service.saveDraft(expert("e2"), 31, "oral-defense", draft.version(), points("2", "2", "2", "2"), "");

        assertThrows(
                ConflictException.class,
                () -> service.saveDraft(expert("e2"), 31, "oral-defense", null, points("3", "3", "3", "3"), ""));
        assertEquals(
                ConflictException.Kind.STALE_VERSION,
                assertThrows(
                                ConflictException.class,
                                () -> service.submit(expert("e2"), 31, "oral-defense", draft.version()))
                        .kind());
        assertThrows(
                NotFoundException.class,
                () -> service.saveDraft(expert("e2"), 31, "performance-review", null, Map.of(), ""));
    }

    private void fillAndSubmit(
            String expertId, String knowledge, String problems, String innovation, String expression) {
        ScoreSheetRecord draft = service.saveDraft(
                expert(expertId), 31, "oral-defense", null, points(knowledge, problems, innovation, expression), "");
        service.submit(expert(expertId), 31, "oral-defense", draft.version());
    }

    /** The chair records that the panel keeps the expert's flagged sheet. */
    private void keep(String expertId) {
        ScoreSheetRecord flagged = sheets.find(31, "oral-defense", expertId).orElseThrow();
        service.decideDivergence(
                expert("e1"), 31, "oral-defense", expertId, flagged.version(), DivergenceFlag.Outcome.KEPT, "复议后维持");
    }

    private static Map<String, BigDecimal> points(
            String knowledge, String problems, String innovation, String expression) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("professional-knowledge", new BigDecimal(knowledge));
        points.put("problem-solving", new BigDecimal(problems));
        points.put("innovation", new BigDecimal(innovation));
        points.put("expression", new BigDecimal(expression));
        return points;
    }

    private static Caller expert(String id) {
        return Caller.fromJaasRoles(id, List.of("expert", "expert:" + id));
    }

    /** A mock oral defence on the real one's scale; each test stubs {@code evaluate}. */
    private static AssessmentMethod mockOralDefense() {
        AssessmentMethod mock = mock(AssessmentMethod.class);
        OralDefenseMethod real = new OralDefenseMethod(Map.of());
        when(mock.maxScore(any())).thenAnswer(i -> real.maxScore(i.getArgument(0)));
        when(mock.scoreSheet(any())).thenAnswer(i -> real.scoreSheet(i.getArgument(0)));
        return mock;
    }

    private void pluginsAt(String version, AssessmentMethod method, ScoringScheme scheme) {
        when(registry.method(anyString(), anyString())).thenReturn(Optional.empty());
        when(registry.scheme(anyString(), anyString())).thenReturn(Optional.empty());
        when(registry.describe(any(), anyString(), anyString())).thenReturn(Optional.empty());
        when(registry.method("oral-defense", version)).thenReturn(Optional.of(method));
        when(registry.scheme("weighted-sum", version)).thenReturn(Optional.of(scheme));
        when(registry.describe(PluginKind.ASSESSMENT_METHOD, "oral-defense", version))
                .thenReturn(
                        Optional.of(descriptor(PluginKind.ASSESSMENT_METHOD, "oral-defense", "oraldefense", version)));
        when(registry.describe(PluginKind.SCORING_SCHEME, "weighted-sum", version))
                .thenReturn(Optional.of(descriptor(PluginKind.SCORING_SCHEME, "weighted-sum", "weightedsum", version)));
    }

    /** Registers another version of oral-defense beside the ones {@link #pluginsAt} registered. */
    private void addVersion(String version, AssessmentMethod method) {
        when(registry.method("oral-defense", version)).thenReturn(Optional.of(method));
        when(registry.describe(PluginKind.ASSESSMENT_METHOD, "oral-defense", version))
                .thenReturn(
                        Optional.of(descriptor(PluginKind.ASSESSMENT_METHOD, "oral-defense", "oraldefense", version)));
    }

    /** A later oral defence that scores innovation alone, scaled to 100. */
    static final class InnovationOnlyOralDefense extends OralDefenseMethod {

        InnovationOnlyOralDefense() {
            super(Map.of());
        }

        @Override
        public MethodResult evaluate(
                List<org.skilleval.plugin.api.dto.ScoreSheet> sheets,
                org.skilleval.plugin.api.Parameters configuration) {
            MethodResult v1 = super.evaluate(sheets, configuration);
            BigDecimal score = v1.itemScores().get("innovation").multiply(BigDecimal.valueOf(5));
            return new MethodResult(
                    v1.methodId(), score, v1.maxScore(), v1.itemScores(), v1.vetoed(), v1.reasons(), Map.of());
        }
    }

    private static PluginDescriptor descriptor(PluginKind kind, String id, String bundle, String version) {
        return new PluginDescriptor(
                kind,
                id,
                org.skilleval.plugin.api.dto.LocalizedText.of(id, id),
                "org.skilleval.plugin." + bundle,
                version,
                40,
                11,
                PluginState.ACTIVE,
                "");
    }

    private static ApplicationRecord candidate(long id, ApplicationStatus status) {
        ApplicationForm form = new ApplicationForm(
                "王师傅",
                ID_NUMBER,
                "photo-1",
                YearMonth.of(1970, 12),
                "大专",
                null,
                "高级工程师",
                new ApplicationForm.Qualification("高级技师", "车工", "1532000000100001", LocalDate.of(2015, 6, 1)),
                "南京某装备集团",
                "机加车间",
                "南京市江宁区",
                "wang@example.com",
                "13912345678",
                "精密车削",
                List.of(new ApplicationForm.CareerEntry(YearMonth.of(1990, 7), null, "南京某装备集团", "车工")),
                List.of(),
                "攻克高精度主轴加工难题",
                List.of(),
                List.of(),
                List.of(),
                new ApplicationForm.Declaration(true, LocalDate.of(2027, 1, 20)),
                "车工 ",
                EligibilityPath.A_SENIOR_TECHNICIAN,
                LocalDate.of(2015, 7, 1),
                true,
                null,
                List.of());
        return new ApplicationRecord(
                id,
                1,
                7,
                3,
                CODE,
                "3201",
                "applicant-" + id,
                form,
                status,
                new EligibilityDecision(true, Set.of(EligibilityPath.A_SENIOR_TECHNICIAN), List.of(), List.of(), null),
                "同意推荐");
    }

    /** Sheets kept in memory with the store's contract: one per application, method and expert; versions. */
    private static final class MemorySheets implements ScoreSheetStore {
        final Map<Long, ScoreSheetRecord> byId = new HashMap<>();
        final List<String> actions = new ArrayList<>();
        final AtomicLong ids = new AtomicLong();

        @Override
        public ScoreSheetRecord create(
                long applicationId,
                long panelId,
                String methodId,
                String expertId,
                Map<String, BigDecimal> points,
                String comment,
                AuditActor actor) {
            if (find(applicationId, methodId, expertId).isPresent()) {
                throw new ConflictException(ConflictException.Kind.DUPLICATE, "评分表已存在", "sheet exists");
            }
            ScoreSheetRecord created = new ScoreSheetRecord(
                    ids.incrementAndGet(),
                    1,
                    applicationId,
                    panelId,
                    methodId,
                    expertId,
                    points,
                    comment,
                    ScoreSheetRecord.Status.DRAFT,
                    null,
                    "");
            byId.put(created.id(), created);
            actions.add("create");
            return created;
        }

        @Override
        public ScoreSheetRecord update(
                long id,
                long expectedVersion,
                String action,
                String note,
                AuditActor actor,
                UnaryOperator<ScoreSheetRecord> change) {
            ScoreSheetRecord current = byId.get(id);
            if (current.version() != expectedVersion) {
                throw new ConflictException(ConflictException.Kind.STALE_VERSION, "已被修改", "stale");
            }
            ScoreSheetRecord changed = change.apply(current);
            ScoreSheetRecord next = new ScoreSheetRecord(
                    id,
                    current.version() + 1,
                    current.applicationId(),
                    current.panelId(),
                    current.methodId(),
                    current.expertId(),
                    changed.points(),
                    changed.comment(),
                    changed.status(),
                    changed.submittedAt(),
                    changed.unlockReason(),
                    changed.divergence());
            byId.put(id, next);
            actions.add(action);
            return next;
        }

        @Override
        public List<ScoreSheetRecord> reflag(
                long applicationId,
                String methodId,
                Function<List<ScoreSheetRecord>, Map<Long, DivergenceFlag>> flags,
                AuditActor actor) {
            List<ScoreSheetRecord> method = ofApplication(applicationId).stream()
                    .filter(s -> s.methodId().equals(methodId))
                    .toList();
            Map<Long, DivergenceFlag> wanted = flags.apply(method);
            List<ScoreSheetRecord> after = new ArrayList<>();
            for (ScoreSheetRecord sheet : method) {
                DivergenceFlag flag = wanted.get(sheet.id());
                after.add(
                        java.util.Objects.equals(flag, sheet.divergence())
                                ? sheet
                                : update(
                                        sheet.id(),
                                        sheet.version(),
                                        flag == null ? "divergence-clear" : "divergence-flag",
                                        "",
                                        actor,
                                        s -> s.withDivergence(flag)));
            }
            return after;
        }

        @Override
        public Optional<ScoreSheetRecord> find(long applicationId, String methodId, String expertId) {
            return byId.values().stream()
                    .filter(s -> s.applicationId() == applicationId
                            && s.methodId().equals(methodId)
                            && s.expertId().equals(expertId))
                    .findFirst();
        }

        @Override
        public List<ScoreSheetRecord> ofApplication(long applicationId) {
            return byId.values().stream()
                    .filter(s -> s.applicationId() == applicationId)
                    .sorted(Comparator.comparing(ScoreSheetRecord::methodId).thenComparing(ScoreSheetRecord::expertId))
                    .toList();
        }

        @Override
        public Map<Long, Long> submittedCounts(Collection<Long> applicationIds) {
            Map<Long, Long> counts = new HashMap<>();
            byId.values().stream()
                    .filter(s -> applicationIds.contains(s.applicationId())
                            && s.status() == ScoreSheetRecord.Status.SUBMITTED)
                    .forEach(s -> counts.merge(s.applicationId(), 1L, Long::sum));
            return counts;
        }
    }

    /** Results kept in memory; the application's change is applied to the test's applications, as one step. */
    private final class MemoryResults implements AssessmentResultStore {
        final Map<Long, AssessmentResultRecord> byApplication = new HashMap<>();
        final List<String> recomputeNotes = new ArrayList<>();

        @Override
        public AssessmentResultRecord record(
                AssessmentResultRecord result, UnaryOperator<ApplicationRecord> applicationChange, AuditActor actor) {
            ApplicationRecord changed = applicationChange.apply(stored.get(result.applicationId()));
            stored.put(changed.id(), changed);
            AssessmentResultRecord previous = byApplication.get(result.applicationId());
            AssessmentResultRecord saved = previous == null
                    ? result.withIdentity(100 + result.applicationId(), 1)
                    : result.withIdentity(previous.id(), previous.version() + 1);
            byApplication.put(result.applicationId(), saved);
            return saved;
        }

        @Override
        public Optional<AssessmentResultRecord> findByApplication(long applicationId) {
            return Optional.ofNullable(byApplication.get(applicationId));
        }

        @Override
        public void recordRecompute(long resultId, String note, AuditActor actor) {
            recomputeNotes.add(note);
        }

        @Override
        public List<org.skilleval.core.persistence.RankedCandidate> ranking(long roundId) {
            throw new UnsupportedOperationException("the assessment service does not rank");
        }
    }
}
