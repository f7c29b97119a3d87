package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.persistence.CityExtensionStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;
import org.skilleval.plugin.weightedsum.WeightedSumScheme;

/** Work plans checked against the real shipped plugins. */
class WorkPlanServiceImplTest {

    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");
    private static final String CODE = "91320100MA1NJ0001M";
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
    private static final Caller OTHER_HR =
            Caller.fromJaasRoles("other", List.of("enterprise", "enterprise:91320500MA1PX00038"));
    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final RoundRecord ROUND = new RoundRecord(7, 1, 2027, 1, "2027", RoundSchedule.defaultFor(2027, 1));
    private static final WorkPlanRecord.Content GOOD = new WorkPlanRecord.Content(
            List.of("车工"),
            "业绩突出",
            List.of(new PluginChoice("oral-defense", Map.of("minExperts", "5"), "")),
            new PluginChoice("weighted-sum", Map.of("weight.oral-defense", "100", "passLine", "75"), ""),
            "评审委员会",
            "2027年1月至2月");

    private final RoundStore rounds = mock(RoundStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final WorkPlanStore plans = mock(WorkPlanStore.class);
    private final PluginRegistry registry = mock(PluginRegistry.class);
    private final CityExtensionStore extensions = mock(CityExtensionStore.class);

    @BeforeEach
    void theShippedPluginsAreInstalled() {
        when(rounds.find(7)).thenReturn(Optional.of(ROUND));
        when(registry.method("oral-defense")).thenReturn(Optional.of(new OralDefenseMethod(Map.of())));
        when(registry.scheme("weighted-sum")).thenReturn(Optional.of(new WeightedSumScheme(Map.of())));
        when(registry.plugins())
                .thenReturn(List.of(
                        descriptor(PluginKind.ASSESSMENT_METHOD, "oral-defense", "1.0.0"),
                        descriptor(PluginKind.ASSESSMENT_METHOD, "oral-defense", "1.2.0"),
                        descriptor(PluginKind.SCORING_SCHEME, "weighted-sum", "2.0.0")));
        when(participations.find(3)).thenReturn(Optional.of(participation(ParticipationStatus.ACCEPTED)));
    }

    @Test
    void employeesReadTheirEnterprisesPublishedPlanButNeverADraftOrAnotherEnterprises() {
        Caller employee = Caller.fromJaasRoles("wang", List.of("applicant", "applicant:" + CODE + "-E1001"));
        Caller stranger = Caller.fromJaasRoles("zhao", List.of("applicant", "applicant:91320500MA1PX00038-S2001"));
        when(plans.list(7, null, CODE, null, 0, 500))
                .thenReturn(new Page<>(List.of(plan(WorkPlanStatus.APPROVED)), 1, 0, 500));
        when(plans.list(7, null, "91320500MA1PX00038", null, 0, 500)).thenReturn(new Page<>(List.of(), 0, 0, 500));
        when(plans.find(9)).thenReturn(Optional.of(plan(WorkPlanStatus.APPROVED)));
        WorkPlanServiceImpl service = service("2027-01-20");

        assertEquals(1, service.list(employee, 7, null, null, 0, 50).total());
        assertEquals(9, service.find(employee, 9).id());
        assertThrows(NotFoundException.class, () -> service.find(stranger, 9));
        assertEquals(0, service.list(stranger, 7, null, null, 0, 50).total());

        when(plans.find(9)).thenReturn(Optional.of(plan(WorkPlanStatus.DRAFT)));
        assertThrows(NotFoundException.class, () -> service.find(employee, 9));
    }

    @Test
    void anEnterpriseDraftsAPlanTheInstalledPluginsAccept() {
        service("2026-12-20").save(HR, 3, null, GOOD);

        verify(plans).create(any(), any(), any());
    }

    @Test
    void everyProblemOfAPlanIsNamedAtOnceIncludingThePluginsOwnChecks() {
        WorkPlanRecord.Content bad = new WorkPlanRecord.Content(
                List.of(),
                "",
                List.of(
                        new PluginChoice("oral-defense", Map.of("minExperts", "many"), ""),
                        new PluginChoice("technical-challenge", Map.of(), "")),
                new PluginChoice("weighted-sum", Map.of("weight.oral-defense", "60"), ""),
                "",
                "");

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2026-12-20").save(HR, 3, null, bad));

        List<String> fields =
                refused.violations().stream().map(Violation::field).toList();
        assertTrue(fields.contains("occupations"), fields.toString());
        assertTrue(fields.contains("methods[0].configuration.minExperts"), fields.toString());
        assertTrue(fields.contains("methods[1].pluginId"), fields.toString());
        assertTrue(refused.violations().stream().anyMatch(v -> v.rule().equals("not-installed")));
        assertTrue(
                refused.violations().stream().anyMatch(v -> v.field().startsWith("scheme.configuration.")),
                fields.toString());
        verify(plans, never()).create(any(), any(), any());
    }

    @Test
    void theSeniorsDeclaredPerOccupationMustNameThePlansOccupationsAndFitTheEnterprisesTotal() {
        WorkPlanRecord.Content foreign = withSeniors(Map.of("车工", 12, "电工", 3));
        WorkPlanRecord.Content negative = withSeniors(Map.of("车工", -1));
        // the enterprise was recommended with 40 高级技师
        WorkPlanRecord.Content tooMany = withSeniors(Map.of("车工", 41));

        assertEquals(List.of("seniorTechnicians.电工"), fields(assertThrows(InvalidInputException.class, () -> service(
                        "2026-12-20")
                .save(HR, 3, null, foreign))));
        assertEquals(List.of("seniorTechnicians.车工"), fields(assertThrows(InvalidInputException.class, () -> service(
                        "2026-12-20")
                .save(HR, 3, null, negative))));
        InvalidInputException total = assertThrows(
                InvalidInputException.class, () -> service("2026-12-20").save(HR, 3, null, tooMany));
        assertEquals(List.of("seniorTechnicians"), fields(total));
        assertTrue(
                total.violations().get(0).message().zh().contains("41"),
                total.violations().toString());
        verify(plans, never()).create(any(), any(), any());

        service("2026-12-20").save(HR, 3, null, withSeniors(Map.of("车工", 40)));
        verify(plans).create(any(), any(), any());
    }

    private static WorkPlanRecord.Content withSeniors(Map<String, Integer> seniors) {
        return new WorkPlanRecord.Content(
                GOOD.occupations(),
                GOOD.criteria(),
                GOOD.methods(),
                GOOD.scheme(),
                GOOD.organisation(),
                GOOD.schedule(),
                seniors);
    }

    private static List<String> fields(InvalidInputException refused) {
        return refused.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aPluginThatThrowsIsReportedOnItsFieldAndBreaksNothing() {
        org.skilleval.plugin.api.AssessmentMethod broken = mock(org.skilleval.plugin.api.AssessmentMethod.class);
        when(broken.scoreSheet(any())).thenThrow(new NullPointerException());
        when(registry.method("oral-defense")).thenReturn(Optional.of(broken));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2026-12-20").save(HR, 3, null, GOOD));

        assertEquals("plugin-error", refused.violations().get(0).rule());
    }

    @Test
    void anotherEnterprisesParticipationDoesNotExist() {
        assertThrows(NotFoundException.class, () -> service("2026-12-20").save(OTHER_HR, 3, null, GOOD));
    }

    @Test
    void aPlanAfterTheWorkPlanDeadlineIsRefused() {
        assertEquals(
                "deadline-passed",
                assertThrows(RuleViolationException.class, () -> service("2027-01-01")
                                .save(HR, 3, null, GOOD))
                        .rule());
    }

    @Test
    void aPlanIsSubmittedOnlyOnceTheEnterpriseIsAccepted() {
        when(participations.find(3)).thenReturn(Optional.of(participation(ParticipationStatus.RECOMMENDED)));
        when(plans.find(9)).thenReturn(Optional.of(plan(WorkPlanStatus.PUBLISHED)));

        assertEquals(
                "state",
                assertThrows(RuleViolationException.class, () -> service("2026-12-20")
                                .submit(HR, 9, 1))
                        .rule());
    }

    @Test
    void onlyAPublishedPlanIsSubmitted() {
        when(plans.find(9)).thenReturn(Optional.of(plan(WorkPlanStatus.DRAFT)));
        applyChangesTo(plan(WorkPlanStatus.DRAFT));

        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> service("2026-12-20").submit(HR, 9, 1));

        assertTrue(refused.messageEn().contains("PUBLISHED"));
    }

    @Test
    void approvalPinsTheHighestActiveVersionOfEachPlugin() {
        when(plans.find(9)).thenReturn(Optional.of(plan(WorkPlanStatus.SUBMITTED)));
        applyChangesTo(plan(WorkPlanStatus.SUBMITTED));

        WorkPlanRecord approved = service("2027-01-05").review(PROVINCE, 9, 1, true, "方案可行");

        assertEquals(WorkPlanStatus.APPROVED, approved.status());
        assertEquals("1.2.0", approved.methods().get(0).pinnedVersion());
        assertEquals("2.0.0", approved.scheme().pinnedVersion());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRejectedPlanTakesItsEnterpriseOutOfThePilotInTheSameUnitOfWork() {
        when(plans.find(9)).thenReturn(Optional.of(plan(WorkPlanStatus.SUBMITTED)));
        when(participations.find(3)).thenReturn(Optional.of(participation(ParticipationStatus.ACCEPTED)));
        applyChangesTo(plan(WorkPlanStatus.SUBMITTED));
        when(participations.update(anyLong(), anyLong(), anyString(), anyString(), any(), any()))
                .thenAnswer(call -> ((UnaryOperator<ParticipationRecord>) call.getArgument(5))
                        .apply(participation(ParticipationStatus.ACCEPTED)));
        InlineUnitOfWork unit = new InlineUnitOfWork();

        WorkPlanRecord rejected = service("2027-01-05", unit).review(PROVINCE, 9, 1, false, "考核方式与职业不符");

        assertEquals(WorkPlanStatus.REJECTED, rejected.status());
        ArgumentCaptor<UnaryOperator<ParticipationRecord>> leave = ArgumentCaptor.forClass(UnaryOperator.class);
        verify(participations).update(eq(3L), eq(1L), eq("leave"), eq("考核方式与职业不符"), any(), leave.capture());
        assertEquals(
                ParticipationStatus.WITHDRAWN,
                leave.getValue()
                        .apply(participation(ParticipationStatus.ACCEPTED))
                        .status());
        assertEquals(1, unit.units, "the plan and the participation commit together");
    }

    @Test
    void anApprovedPlanLeavesTheParticipationAccepted() {
        when(plans.find(9)).thenReturn(Optional.of(plan(WorkPlanStatus.SUBMITTED)));
        applyChangesTo(plan(WorkPlanStatus.SUBMITTED));

        service("2027-01-05").review(PROVINCE, 9, 1, true, "方案可行");

        verify(participations, never()).update(anyLong(), anyLong(), anyString(), anyString(), any(), any());
    }

    @Test
    void aWithdrawnEnterpriseWritesNoNewPlan() {
        when(participations.find(3)).thenReturn(Optional.of(participation(ParticipationStatus.WITHDRAWN)));

        assertEquals(
                "state",
                assertThrows(RuleViolationException.class, () -> service("2026-12-20")
                                .save(HR, 3, null, GOOD))
                        .rule());
        verify(plans, never()).create(any(), any(), any());
    }

    @Test
    void aRejectionNeedsAReasonAndOnlyTheProvinceReviews() {
        when(plans.find(9)).thenReturn(Optional.of(plan(WorkPlanStatus.SUBMITTED)));

        assertEquals(
                "required",
                assertThrows(RuleViolationException.class, () -> service("2027-01-05")
                                .review(PROVINCE, 9, 1, false, ""))
                        .rule());
        assertThrows(AccessDeniedException.class, () -> service("2027-01-05").review(HR, 9, 1, true, ""));
    }

    @Test
    void aCityExtensionOfAnotherCityIsRefusedNamingTheCityAndPlugin() {
        installSuzhouExtension();

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2026-12-20").save(HR, 3, null, WITH_EXTENSION));

        Violation violation = refused.violations().get(0);
        assertEquals("methods[1].pluginId", violation.field());
        assertEquals("extension-not-enabled", violation.rule());
        assertTrue(violation.message().zh().contains("苏州市"), violation.message().zh());
        assertTrue(violation.message().zh().contains("南京市"), violation.message().zh());
        assertTrue(
                violation.message().en().contains("suzhou-master-studio"),
                violation.message().en());
        verify(plans, never()).create(any(), any(), any());
    }

    @Test
    void aCityExtensionIsRefusedUntilTheCitysAgencyEnablesIt() {
        installSuzhouExtension();
        when(participations.find(3)).thenReturn(Optional.of(suzhouParticipation()));
        when(extensions.find("3205", "suzhou-master-studio")).thenReturn(Optional.of(enablement(false)));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2026-12-20").save(SUZHOU_HR, 3, null, WITH_EXTENSION));

        assertEquals("extension-not-enabled", refused.violations().get(0).rule());
        assertTrue(refused.violations().get(0).message().zh().contains("尚未启用"));

        when(extensions.find("3205", "suzhou-master-studio")).thenReturn(Optional.of(enablement(true)));
        service("2026-12-20").save(SUZHOU_HR, 3, null, WITH_EXTENSION);

        verify(plans).create(any(), any(), any());
    }

    @Test
    void approvalRechecksThatTheCityStillEnablesTheExtension() {
        installSuzhouExtension();
        WorkPlanRecord submitted = suzhouPlan(WorkPlanStatus.SUBMITTED);
        when(plans.find(9)).thenReturn(Optional.of(submitted));
        applyChangesTo(submitted);
        when(extensions.find("3205", "suzhou-master-studio")).thenReturn(Optional.of(enablement(true)));

        WorkPlanRecord approved = service("2027-01-05").review(PROVINCE, 9, 1, true, "");
        assertEquals("1.0.0", approved.methods().get(1).pinnedVersion());

        when(extensions.find("3205", "suzhou-master-studio")).thenReturn(Optional.of(enablement(false)));
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2027-01-05").review(PROVINCE, 9, 1, true, ""));
        assertEquals("extension-not-enabled", refused.violations().get(0).rule());
    }

    @Test
    void anEnterprisePluginIsUsableOnlyInItsOwnEnterprisesPlans() {
        // The Suzhou enterprise's own plugin, under the id the Nanjing plan chooses
        when(registry.method("suzhou-master-studio")).thenReturn(Optional.of(new OralDefenseMethod(Map.of()) {
            @Override
            public String id() {
                return "suzhou-master-studio";
            }
        }));
        when(registry.plugins())
                .thenReturn(List.of(
                        descriptor(PluginKind.ASSESSMENT_METHOD, "oral-defense", "1.2.0"),
                        new PluginDescriptor(
                                PluginKind.ASSESSMENT_METHOD,
                                "suzhou-master-studio",
                                LocalizedText.of("企业自有方式", "Own method"),
                                "com.example.own",
                                "1.0.0",
                                2,
                                2,
                                PluginState.ACTIVE,
                                "",
                                List.of(),
                                SUZHOU_CODE),
                        descriptor(PluginKind.SCORING_SCHEME, "weighted-sum", "2.0.0")));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> service("2026-12-20").save(HR, 3, null, WITH_EXTENSION));
        assertEquals("enterprise-plugin", refused.violations().get(0).rule());
        assertEquals("methods[1].pluginId", refused.violations().get(0).field());

        when(participations.find(3)).thenReturn(Optional.of(suzhouParticipation()));
        service("2026-12-20").save(SUZHOU_HR, 3, null, WITH_EXTENSION);
        verify(plans).create(any(), any(), any());
    }

    private static final String SUZHOU_CODE = "91320500MA1PX00038";
    private static final Caller SUZHOU_HR =
            Caller.fromJaasRoles("suzhou-hr", List.of("enterprise", "enterprise:" + SUZHOU_CODE));
    private static final WorkPlanRecord.Content WITH_EXTENSION = new WorkPlanRecord.Content(
            GOOD.occupations(),
            GOOD.criteria(),
            List.of(GOOD.methods().get(0), new PluginChoice("suzhou-master-studio", Map.of(), "")),
            new PluginChoice(
                    "weighted-sum",
                    Map.of("weight.oral-defense", "60", "weight.suzhou-master-studio", "40", "passLine", "75"),
                    ""),
            GOOD.organisation(),
            GOOD.schedule());

    private void installSuzhouExtension() {
        when(registry.method("suzhou-master-studio")).thenReturn(Optional.of(new OralDefenseMethod(Map.of()) {
            @Override
            public String id() {
                return "suzhou-master-studio";
            }
        }));
        when(registry.plugins())
                .thenReturn(List.of(
                        descriptor(PluginKind.ASSESSMENT_METHOD, "oral-defense", "1.2.0"),
                        new PluginDescriptor(
                                PluginKind.ASSESSMENT_METHOD,
                                "suzhou-master-studio",
                                LocalizedText.of("技能大师工作室建设成效评价", "Master studio"),
                                "bundle.suzhou",
                                "1.0.0",
                                2,
                                2,
                                PluginState.ACTIVE,
                                "",
                                List.of("3205")),
                        descriptor(PluginKind.SCORING_SCHEME, "weighted-sum", "2.0.0")));
    }

    private static CityExtensionRecord enablement(boolean enabled) {
        return new CityExtensionRecord(
                1, 1, "3205", "suzhou-master-studio", enabled, "suzhou", java.time.Instant.EPOCH);
    }

    private static ParticipationRecord suzhouParticipation() {
        return TestRecords.participation()
                .enterpriseId(12)
                .creditCode(SUZHOU_CODE)
                .enterpriseName("苏州某精密机械公司")
                .cityCode("3205")
                .recommendedBy("suzhou")
                .build();
    }

    private static WorkPlanRecord suzhouPlan(WorkPlanStatus status) {
        return TestRecords.workPlan()
                .creditCode(SUZHOU_CODE)
                .cityCode("3205")
                .content(WITH_EXTENSION)
                .status(status)
                .build();
    }

    private static PluginDescriptor descriptor(PluginKind kind, String id, String version) {
        return new PluginDescriptor(
                kind, id, LocalizedText.of("名", "name"), "bundle." + id, version, 1, 1, PluginState.ACTIVE, "");
    }

    private static ParticipationRecord participation(ParticipationStatus status) {
        return TestRecords.participation()
                .enterpriseId(11)
                .creditCode(CODE)
                .status(status)
                .build();
    }

    private static WorkPlanRecord plan(WorkPlanStatus status) {
        return TestRecords.workPlan()
                .creditCode(CODE)
                .content(GOOD)
                .status(status)
                .build();
    }

    @SuppressWarnings("unchecked")
    private void applyChangesTo(WorkPlanRecord stored) {
        when(plans.update(anyLong(), anyLong(), anyString(), anyString(), any(), any()))
                .thenAnswer(call -> ((UnaryOperator<WorkPlanRecord>) call.getArgument(5)).apply(stored));
    }

    private WorkPlanServiceImpl service(String today) {
        return service(today, new InlineUnitOfWork());
    }

    private WorkPlanServiceImpl service(String today, InlineUnitOfWork unitOfWork) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay(JIANGSU).toInstant(), JIANGSU);
        return new WorkPlanServiceImpl(
                rounds,
                participations,
                plans,
                registry,
                extensions,
                PluginHostForTests.calls(registry),
                unitOfWork,
                clock);
    }
}
