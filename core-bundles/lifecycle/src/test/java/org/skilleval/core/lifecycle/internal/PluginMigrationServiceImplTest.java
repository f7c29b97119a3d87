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
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.persistence.AssessmentResultStore;
import org.skilleval.core.persistence.CityExtensionStore;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ScoreSheetStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.pluginhost.ShadowEvaluation;
import org.skilleval.core.pluginhost.ShadowEvaluation.CandidateShadow;
import org.skilleval.core.pluginhost.internal.PluginExecutor;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;
import org.skilleval.plugin.weightedsum.WeightedSumScheme;

/** Moving an approved plan to another version of a plugin, and previewing what that would change. */
class PluginMigrationServiceImplTest {

    private static final String CODE = "91320100MA1NJ0001M";
    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
    private static final List<String> EXPERTS = List.of("e1", "e2", "e3");
    private static final PluginChoice ORAL = new PluginChoice("oral-defense", Map.of("minExperts", "3"), "1.0.0");
    private static final PluginChoice WEIGHTED =
            new PluginChoice("weighted-sum", Map.of("weight.oral-defense", "100", "passLine", "60"), "1.0.0");
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

    private final WorkPlanStore plans = mock(WorkPlanStore.class);
    private final PanelStore panels = mock(PanelStore.class);
    private final ScoreSheetStore sheets = mock(ScoreSheetStore.class);
    private final AssessmentResultStore results = mock(AssessmentResultStore.class);
    private final PluginRegistry registry = mock(PluginRegistry.class);
    private final PluginExecutor executor = new PluginExecutor(registry, 5_000, 2);
    private final PluginMigrationServiceImpl service = new PluginMigrationServiceImpl(
            plans,
            panels,
            sheets,
            results,
            registry,
            mock(CityExtensionStore.class),
            PluginHostForTests.calls(registry, executor),
            PluginHostForTests.migrations(registry, PluginHostForTests.calls(registry, executor)));
    private final List<ApplicationRecord> candidates = new ArrayList<>();
    private WorkPlanRecord current = PLAN;

    @BeforeEach
    void threeCandidatesScoredUnderOralDefenseOneWithTwoBesideIt() {
        register("1.0.0", new OralDefenseMethod(Map.of()));
        register("2.0.0", new InnovationOnly());
        when(registry.scheme("weighted-sum", "1.0.0")).thenReturn(Optional.of(new WeightedSumScheme(Map.of())));
        when(registry.describe(PluginKind.SCORING_SCHEME, "weighted-sum", "1.0.0"))
                .thenReturn(Optional.of(descriptor(PluginKind.SCORING_SCHEME, "weighted-sum", "1.0.0")));
        when(plans.find(11)).thenAnswer(i -> Optional.of(current));
        when(panels.findFor(3, "车工")).thenReturn(Optional.of(PANEL));
        when(panels.candidates(eq(7L), isNull(), eq(CODE), isNull(), any(), anyInt(), anyInt()))
                .thenAnswer(i -> new Page<>(List.copyOf(candidates), candidates.size(), 0, 200));
        when(results.findByApplication(anyLong())).thenReturn(Optional.empty());
        // Strong on knowledge, weak on innovation: 84 now, 20 under 2.0.0.
        candidate(31, "张三", "30", "30", "4", "20");
        // Weak but innovative: 50 now, 100 under 2.0.0.
        candidate(32, "李四", "10", "10", "20", "10");
        // Even: 65 under both.
        candidate(33, "王五", "20", "20", "13", "12");
    }

    @AfterEach
    void stopThePools() {
        executor.deactivate();
    }

    @Test
    void theShadowEvaluationShowsEachCandidateUnderBothVersionsAndHowTheRankingMoves() {
        ShadowEvaluation shadow = service.shadow(PROVINCE, 11, "oral-defense", "2.0.0");

        assertEquals("1.0.0", shadow.fromVersion());
        assertEquals("2.0.0", shadow.toVersion());
        assertEquals(
                List.of(32L, 33L, 31L),
                shadow.candidates().stream().map(CandidateShadow::applicationId).toList());
        CandidateShadow risen = shadow.candidates().get(0);
        assertEquals("李四", risen.name());
        assertFalse(risen.maskedIdNumber().contains("0307"), risen.maskedIdNumber());
        assertEquals(ShadowEvaluation.Inputs.SHEETS, risen.inputs());
        assertEquals(0, new BigDecimal("50").compareTo(risen.before().total()));
        assertFalse(risen.before().passed());
        assertEquals(0, new BigDecimal("100").compareTo(risen.after().total()));
        assertTrue(risen.after().passed());
        assertEquals(3, risen.rankBefore());
        assertEquals(1, risen.rankAfter());
        assertEquals(2, risen.rankMovement());
        CandidateShadow fallen = shadow.candidates().get(2);
        assertEquals(1, fallen.rankBefore());
        assertEquals(3, fallen.rankAfter());
        assertEquals(-2, fallen.rankMovement());
        assertEquals(0, shadow.candidates().get(1).rankMovement());
        assertEquals(new ShadowEvaluation.Summary(3, 0, 0, 1, 1, 2, 2), shadow.summary());
        // Why: the method's score and items, the total, the verdict, and the scheme's own reason.
        List<String> why = risen.why().stream().map(LocalizedText::en).toList();
        assertTrue(why.get(0).startsWith("oral-defense: score 50/"), why.toString());
        assertTrue(why.contains("total 50 → 100"), why.toString());
        assertTrue(why.contains("verdict: failed → passed"), why.toString());
        assertTrue(why.get(why.size() - 1).startsWith("scoring scheme: "), why.toString());
        assertEquals(List.of(), shadow.candidates().get(1).why(), "王五 scores 65 under both: nothing to explain");
        // A preview changes nothing.
        verify(plans, never()).update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }

    @Test
    void aCandidateTheNewVersionFailsOnShowsTheErrorAndTheOthersAreStillComputed() {
        register("2.0.0", new InnovationOnly() {
            @Override
            public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
                if (sheets.get(0).points().get("innovation").intValue() == 13) {
                    throw new ArithmeticException("cannot score 13");
                }
                return super.evaluate(sheets, configuration);
            }
        });

        ShadowEvaluation shadow = service.shadow(PROVINCE, 11, "oral-defense", "2.0.0");

        CandidateShadow broken = shadow.candidates().get(2);
        assertEquals(33L, broken.applicationId());
        assertEquals("plugin-failed", broken.after().rule());
        assertTrue(broken.after().error().en().contains("cannot score 13"));
        assertNull(broken.rankAfter());
        assertEquals(2, broken.rankBefore());
        assertEquals(1, shadow.summary().failed());
        assertEquals(1, shadow.candidates().get(0).rankAfter());
        assertEquals(2, shadow.candidates().get(1).rankAfter());
    }

    @Test
    void aCandidateWithoutAllSheetsIsComputedFromItsStoredResultOrLeftOut() {
        candidates.add(application(34, "赵六"));
        when(sheets.ofApplication(34)).thenReturn(List.of());

        ShadowEvaluation shadow = service.shadow(NANJING, 11, "oral-defense", "2.0.0");

        assertEquals(3, shadow.candidates().size());
        assertEquals(1, shadow.summary().incomplete());
    }

    @Test
    void theProvinceMigratesAndTheAuditNamesBothPins() {
        List<String> notes = new ArrayList<>();
        when(plans.update(eq(11L), anyLong(), eq("migrate-plugin"), anyString(), any(), any()))
                .thenAnswer(i -> {
                    notes.add(i.getArgument(3));
                    @SuppressWarnings("unchecked")
                    UnaryOperator<WorkPlanRecord> change = i.getArgument(5);
                    current = change.apply(current);
                    return current;
                });

        WorkPlanRecord migrated =
                service.migrate(PROVINCE, 11, 4, "oral-defense", "2.0.0", "more weight on innovation");

        assertEquals("2.0.0", migrated.methods().get(0).pinnedVersion());
        assertEquals(ORAL.configuration(), migrated.methods().get(0).configuration());
        assertEquals("1.0.0", migrated.scheme().pinnedVersion());
        assertEquals(WorkPlanStatus.APPROVED, migrated.status());
        assertEquals(List.of("oral-defense 1.0.0 -> 2.0.0: more weight on innovation"), notes);
        verify(plans)
                .update(
                        eq(11L),
                        eq(4L),
                        eq("migrate-plugin"),
                        anyString(),
                        eq(new AuditActor("province", "province")),
                        any());
        // Back again: a migration to the older version is allowed too.
        service.migrate(PROVINCE, 11, 5, "oral-defense", "1.0", "");
        assertEquals("1.0.0", current.methods().get(0).pinnedVersion());
    }

    @Test
    void aMigrationIsRefusedForAnUnapprovedPlanTheSameOrAMissingVersionOrAPluginNotInThePlan() {
        assertEquals("same-version", refusal(() -> service.migrate(PROVINCE, 11, 4, "oral-defense", "1.0", "")));
        assertEquals(
                "plugin-unavailable", refusal(() -> service.migrate(PROVINCE, 11, 4, "oral-defense", "3.0.0", "")));
        assertEquals("format", refusal(() -> service.migrate(PROVINCE, 11, 4, "oral-defense", "latest!", "")));
        assertEquals("not-in-plan", refusal(() -> service.migrate(PROVINCE, 11, 4, "panel-vote", "2.0.0", "")));
        assertEquals("plugin-unavailable", refusal(() -> service.shadow(PROVINCE, 11, "oral-defense", "3.0.0")));
        current = TestRecords.workPlan()
                .id(11)
                .version(4)
                .creditCode(CODE)
                .methods(List.of(ORAL))
                .scheme(WEIGHTED)
                .status(WorkPlanStatus.SUBMITTED)
                .build();
        assertEquals("state", refusal(() -> service.migrate(PROVINCE, 11, 4, "oral-defense", "2.0.0", "")));
        verify(plans, never()).update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }

    @Test
    void aVersionThatRefusesThePlansConfigurationIsNotMigratedTo() {
        register("2.0.0", new InnovationOnly() {
            @Override
            public ScoreSheetSchema scoreSheet(Parameters configuration) {
                throw new InvalidInputException(List.of(new org.skilleval.plugin.api.dto.Violation(
                        "minExperts", "range", LocalizedText.of("至少 5 位评委", "at least 5 experts"))));
            }
        });

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service.migrate(PROVINCE, 11, 4, "oral-defense", "2.0.0", ""));

        assertEquals(
                "methods[0].configuration.minExperts",
                refused.violations().get(0).field());
        verify(plans, never()).update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }

    @Test
    void aVersionThatScoresOutsideItsDeclaredScaleShowsAsFailedAndIsNotMigratedTo() {
        // 2.0.0 scores 852 of a declared 100 for every candidate.
        register("2.0.0", new InnovationOnly() {
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
        });

        ShadowEvaluation shadow = service.shadow(PROVINCE, 11, "oral-defense", "2.0.0");
        assertEquals(3, shadow.summary().failed());
        shadow.candidates()
                .forEach(row -> assertEquals("plugin-failed", row.after().rule()));

        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> service.migrate(PROVINCE, 11, 4, "oral-defense", "2.0.0", ""));
        assertEquals("plugin-failed", refused.rule());
        assertTrue(refused.messageEn().contains("not its declared maximum 100"), refused.messageEn());
        verify(plans, never()).update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }

    @Test
    void onlyTheProvinceMigratesAndAShadowOutsideTheCallersScopeDoesNotExist() {
        assertThrows(AccessDeniedException.class, () -> service.migrate(NANJING, 11, 4, "oral-defense", "2.0.0", ""));
        assertThrows(AccessDeniedException.class, () -> service.migrate(HR, 11, 4, "oral-defense", "2.0.0", ""));
        assertThrows(NotFoundException.class, () -> service.shadow(SUZHOU, 11, "oral-defense", "2.0.0"));
        assertEquals(
                3, service.shadow(HR, 11, "oral-defense", "2.0.0").candidates().size());
    }

    private static String refusal(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(RuleViolationException.class, call).rule();
    }

    private void register(String version, AssessmentMethod method) {
        when(registry.method("oral-defense", version)).thenReturn(Optional.of(method));
        when(registry.describe(PluginKind.ASSESSMENT_METHOD, "oral-defense", version))
                .thenReturn(Optional.of(descriptor(PluginKind.ASSESSMENT_METHOD, "oral-defense", version)));
    }

    private void candidate(
            long id, String name, String knowledge, String problems, String innovation, String expression) {
        candidates.add(application(id, name));
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        points.put("professional-knowledge", new BigDecimal(knowledge));
        points.put("problem-solving", new BigDecimal(problems));
        points.put("innovation", new BigDecimal(innovation));
        points.put("expression", new BigDecimal(expression));
        when(sheets.ofApplication(id))
                .thenReturn(EXPERTS.stream()
                        .map(e -> new ScoreSheetRecord(
                                id * 10 + EXPERTS.indexOf(e),
                                2,
                                id,
                                21,
                                "oral-defense",
                                e,
                                points,
                                "",
                                ScoreSheetRecord.Status.SUBMITTED,
                                Instant.parse("2027-02-01T02:00:00Z"),
                                ""))
                        .toList());
    }

    private static ApplicationRecord application(long id, String name) {
        String body = "320102199003071" + String.format("%02d", id % 100);
        ApplicationForm form = new ApplicationForm(
                name,
                body + ResidentIdNumber.checkCharacter(body),
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
                "车工",
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
                ApplicationStatus.PASSED,
                new EligibilityDecision(true, Set.of(EligibilityPath.A_SENIOR_TECHNICIAN), List.of(), List.of(), null),
                "同意推荐");
    }

    private static PluginDescriptor descriptor(PluginKind kind, String id, String version) {
        return new PluginDescriptor(
                kind,
                id,
                LocalizedText.of(id, id),
                "org.skilleval.plugin." + id.replace("-", ""),
                version,
                40,
                version.hashCode(),
                PluginState.ACTIVE,
                "");
    }

    /** A later oral defence that scores innovation alone, scaled to 100. */
    private static class InnovationOnly extends OralDefenseMethod {

        InnovationOnly() {
            super(Map.of());
        }

        @Override
        public MethodResult evaluate(List<ScoreSheet> sheets, Parameters configuration) {
            MethodResult v1 = super.evaluate(sheets, configuration);
            BigDecimal score = v1.itemScores().get("innovation").multiply(BigDecimal.valueOf(5));
            return new MethodResult(
                    v1.methodId(), score, v1.maxScore(), v1.itemScores(), v1.vetoed(), v1.reasons(), Map.of());
        }
    }
}
