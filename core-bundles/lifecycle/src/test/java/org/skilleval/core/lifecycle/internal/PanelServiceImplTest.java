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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.persistence.ExpertPoolStore;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.Violation;

class PanelServiceImplTest {

    private static final String CODE = "91320100MA1NJ0001M";
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
    private static final Caller OTHER_HR =
            Caller.fromJaasRoles("other", List.of("enterprise", "enterprise:91320500MA1PX00038"));
    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");
    private static final RoundRecord ROUND = new RoundRecord(7, 1, 2027, 1, "2027", RoundSchedule.defaultFor(2027, 1));
    private static final ParticipationRecord PARTICIPATION =
            TestRecords.participation().creditCode(CODE).build();

    private static final PanelChecks RULES = new PanelChecks(new BigDecimal("5"))
            .with(new SameDepartmentRule())
            .with(new DeclaredRelationRule())
            .with(new SuzhouWorkshopRule(), "3205");

    private final RoundStore rounds = mock(RoundStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final WorkPlanStore plans = mock(WorkPlanStore.class);
    private final PanelStore panels = mock(PanelStore.class);
    private final ExpertPoolStore pool = mock(ExpertPoolStore.class);
    private PanelServiceImpl service = at("2027-02-01T02:00:00Z");

    @BeforeEach
    void anApprovedPlanForTwoOccupations() {
        when(pool.find(anyString())).thenAnswer(i -> {
            String id = i.getArgument(0);
            return id.startsWith("e") ? Optional.of(pooled(id, true)) : Optional.empty();
        });
        when(rounds.find(7)).thenReturn(Optional.of(ROUND));
        when(participations.find(3)).thenReturn(Optional.of(PARTICIPATION));
        when(plans.findByParticipation(3)).thenReturn(Optional.of(plan(WorkPlanStatus.APPROVED)));
        when(panels.create(any(), anyString(), any(), any()))
                .thenAnswer(i -> new PanelRecord(21, 1, 7, 3, CODE, "3201", i.getArgument(1), i.getArgument(2), false));
    }

    @Test
    void membersArePickedFromThePoolAndAnExpertOutsideItOrDisabledIsRefusedByName() {
        List<PanelMember> members = new ArrayList<>(members(5, 1));
        members.set(1, new PanelMember("x-91", "外来专家", "某厂", "", false));
        when(pool.find("e4")).thenReturn(Optional.of(pooled("e4", false)));
        members.set(2, new PanelMember("e2", "", "", "", false));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> service.compose(HR, 3, "车工", members));

        assertEquals(
                List.of("members[1].expertId not-in-pool", "members[4].expertId not-in-pool"),
                refused.violations().stream()
                        .map(v -> v.field() + " " + v.rule())
                        .toList());
        assertTrue(refused.violations().get(0).message().zh().contains("x-91"));
        assertTrue(refused.violations().get(0).message().en().contains("x-91"));
        verify(panels, never()).create(any(), anyString(), any(), any());

        members.set(1, members(5, 1).get(1));
        members.set(4, new PanelMember("e7", "专家7", "南京工业大学", "", false));
        members.set(2, new PanelMember("e2", "", "", "", false));
        when(pool.find("e2"))
                .thenReturn(Optional.of(
                        new PoolExpertRecord(1, 0, "e2", "专家2", "钳工", "南京工业大学", "研究员", "3201", List.of(), true)));
        PanelMember filled = service.compose(HR, 3, "车工", members).members().get(2);
        assertEquals(
                List.of("专家2", "南京工业大学", "研究员"),
                List.of(filled.name(), filled.organisation(), filled.title()),
                "what the enterprise left blank is the pool's");
    }

    @Test
    void anEnterpriseComposesAPanelOfAnOccupationOfItsPlan() {
        PanelRecord panel = service.compose(HR, 3, " 车工 ", members(5, 1));

        assertEquals("车工", panel.occupation());
        assertEquals("e0", panel.chair().orElseThrow().expertId());
        verify(panels).create(eq(PARTICIPATION), eq("车工"), eq(members(5, 1)), any());
    }

    @Test
    void everyProblemOfTheMembersIsListedAtOnce() {
        List<PanelMember> bad = new ArrayList<>(members(6, 2));
        bad.set(3, new PanelMember("e0", "", "厂", "", false));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> service.compose(HR, 3, "车工", bad));

        assertEquals(
                List.of("odd", "duplicate", "required", "chair"),
                refused.violations().stream().map(Violation::rule).toList());
        assertEquals(
                "size",
                assertThrows(InvalidInputException.class, () -> service.compose(HR, 3, "车工", members(3, 1)))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals(
                "size",
                assertThrows(InvalidInputException.class, () -> service.compose(HR, 3, "车工", members(17, 1)))
                        .violations()
                        .get(0)
                        .rule());
        verify(panels, never()).create(any(), anyString(), any(), any());
    }

    @Test
    void aPanelNeedsAnApprovedPlanAnOccupationOfItAndAnOpenEvaluationPhase() {
        assertEquals(
                "occupation-not-in-plan",
                assertThrows(RuleViolationException.class, () -> service.compose(HR, 3, "焊工", members(5, 1)))
                        .rule());
        assertEquals(
                "deadline-passed",
                assertThrows(RuleViolationException.class, () -> at("2028-01-01T02:00:00Z")
                                .compose(HR, 3, "车工", members(5, 1)))
                        .rule());
        when(plans.findByParticipation(3)).thenReturn(Optional.of(plan(WorkPlanStatus.SUBMITTED)));
        assertEquals(
                "plan-not-approved",
                assertThrows(RuleViolationException.class, () -> service.compose(HR, 3, "车工", members(5, 1)))
                        .rule());
        assertThrows(NotFoundException.class, () -> service.compose(OTHER_HR, 3, "车工", members(5, 1)));
        verify(panels, never()).create(any(), anyString(), any(), any());
    }

    @Test
    void aPanelIsLockedOnceASheetWasSubmitted() {
        PanelRecord locked = new PanelRecord(21, 2, 7, 3, CODE, "3201", "车工", members(5, 1), true);
        when(panels.find(21)).thenReturn(Optional.of(locked));
        when(panels.update(eq(21L), eq(2L), any(), any(), any(), any()))
                .thenAnswer(i -> i.<UnaryOperator<PanelRecord>>getArgument(5).apply(locked));

        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> service.revise(HR, 21, 2, members(7, 1)));

        assertEquals("state", refused.rule());
        PanelRecord open = new PanelRecord(21, 2, 7, 3, CODE, "3201", "车工", members(5, 1), false);
        when(panels.update(eq(21L), eq(2L), any(), any(), any(), any()))
                .thenAnswer(i -> i.<UnaryOperator<PanelRecord>>getArgument(5).apply(open));
        assertEquals(7, service.revise(HR, 21, 2, members(7, 1)).members().size());
    }

    @Test
    void aCompositionWithConflictsIsRefusedListingEveryMemberCandidateAndRule() {
        when(panels.candidatesOf(7, CODE, 3, "车工", PanelServiceImpl.CANDIDATES))
                .thenReturn(List.of(PanelChecksTest.candidate(41, "机加车间"), PanelChecksTest.candidate(42, "装配车间")));
        List<PanelMember> members = new ArrayList<>(members(5, 1));
        members.set(1, new PanelMember("e1", "专家1", "南京某装备集团", "", false, " 机加车间", List.of()));
        members.set(
                3,
                new PanelMember(
                        "e3",
                        "专家3",
                        "南京某装备集团",
                        "",
                        false,
                        "",
                        List.of(
                                new ExpertRelation(42, ExpertRelation.Kind.APPRENTICE, ""),
                                new ExpertRelation(41, ExpertRelation.Kind.RELATIVE, "表兄弟"))));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> service.compose(HR, 3, "车工", members));

        assertEquals(
                List.of(
                        "members[1]/coi.same-department",
                        "members[3]/coi.declared-relation",
                        "members[3]/coi.declared-relation"),
                refused.violations().stream()
                        .map(v -> v.field() + "/" + v.rule())
                        .toList());
        String relative = refused.violations().get(1).message().zh();
        assertTrue(
                relative.contains("专家3（e3）") && relative.contains("候选人41（申报 41）") && relative.contains("亲属"), relative);
        assertTrue(refused.violations().get(2).message().en().contains("application 42"));
        verify(panels, never()).create(any(), anyString(), any(), any());
        // 3201 is not Suzhou: its workshop rule does not apply here
        members.set(1, new PanelMember("e1", "专家1", "南京某装备集团", "", false, "机加车间/班组长", List.of()));
        members.set(3, members(5, 1).get(3));
        assertEquals(5, service.compose(HR, 3, "车工", members).members().size());
    }

    @Test
    void aLockedPanelMayOnlyReplaceMembersWhoMustStandAside() {
        List<PanelMember> before = new ArrayList<>(members(5, 1));
        before.set(2, new PanelMember("e2", "专家2", "厂", "", false, "机加车间", List.of()));
        PanelRecord locked = new PanelRecord(21, 2, 7, 3, CODE, "3201", "车工", before, true);
        when(panels.find(21)).thenReturn(Optional.of(locked));
        when(panels.update(eq(21L), eq(2L), any(), any(), any(), any()))
                .thenAnswer(i -> i.<UnaryOperator<PanelRecord>>getArgument(5).apply(locked));
        // A candidate of e2's department was endorsed after the panel was composed.
        when(panels.candidatesOf(7, CODE, 3, "车工", PanelServiceImpl.CANDIDATES))
                .thenReturn(List.of(PanelChecksTest.candidate(41, "机加车间")));
        Caller e2 = Caller.fromJaasRoles("e2", List.of("expert", "expert:e2"));
        Caller e3 = Caller.fromJaasRoles("e3", List.of("expert", "expert:e3"));

        assertEquals(
                List.of("e2"),
                service.conflicts(HR, 21).stream().map(c -> c.expertId()).toList());
        assertEquals(1, service.conflicts(e2, 21).size());
        assertEquals(List.of(), service.conflicts(e3, 21));

        assertEquals(
                "coi.same-department",
                assertThrows(InvalidInputException.class, () -> service.revise(HR, 21, 2, before))
                        .violations()
                        .get(0)
                        .rule());
        List<PanelMember> replaceOther = new ArrayList<>(before);
        replaceOther.set(2, new PanelMember("e9", "专家9", "大学", "", false));
        replaceOther.set(4, new PanelMember("e8", "专家8", "大学", "", false));
        RuleViolationException refused =
                assertThrows(RuleViolationException.class, () -> service.revise(HR, 21, 2, replaceOther));
        assertEquals("state", refused.rule());
        assertTrue(refused.messageZh().contains("e2"), refused.messageZh());

        List<PanelMember> replaceE2 = new ArrayList<>(before);
        replaceE2.set(2, new PanelMember("e9", "专家9", "大学", "", false));
        assertEquals("e9", service.revise(HR, 21, 2, replaceE2).members().get(2).expertId());
        List<PanelMember> replaceE2AndMoveChair = new ArrayList<>(replaceE2);
        replaceE2AndMoveChair.set(0, new PanelMember("e0", "专家0", "南京工业大学", "教授", false));
        replaceE2AndMoveChair.set(1, new PanelMember("e1", "专家1", "南京工业大学", "", true));
        assertThrows(RuleViolationException.class, () -> service.revise(HR, 21, 2, replaceE2AndMoveChair));
    }

    @Test
    void expertsSeeOnlyThePanelsTheySitOnAndApplicantsNone() {
        Caller e3 = Caller.fromJaasRoles("e3", List.of("expert", "expert:e3"));
        Caller e9 = Caller.fromJaasRoles("e9", List.of("expert", "expert:e9"));
        PanelRecord panel = new PanelRecord(21, 2, 7, 3, CODE, "3201", "车工", members(5, 1), false);
        when(panels.find(21)).thenReturn(Optional.of(panel));
        when(panels.list(anyLong(), any(), any(), any(), any(), Mockito_anyInt(), Mockito_anyInt()))
                .thenReturn(new Page<>(List.of(panel), 1, 0, 50));

        assertEquals(21, service.find(e3, 21).id());
        assertThrows(NotFoundException.class, () -> service.find(e9, 21));
        assertThrows(NotFoundException.class, () -> service.find(OTHER_HR, 21));
        service.list(e3, 7, null, 0, 50);
        verify(panels).list(7, null, null, null, "e3", 0, 50);
        service.list(HR, 7, 3L, 0, 50);
        verify(panels).list(7, null, CODE, 3L, null, 0, 50);
        assertThrows(
                AccessDeniedException.class,
                () -> service.list(Caller.fromJaasRoles("a", List.of("applicant", "applicant:x")), 7, null, 0, 50));
    }

    private static int Mockito_anyInt() {
        return org.mockito.ArgumentMatchers.anyInt();
    }

    private PanelServiceImpl at(String instant) {
        return new PanelServiceImpl(
                rounds,
                participations,
                plans,
                panels,
                pool,
                RULES,
                5,
                15,
                Clock.fixed(Instant.parse(instant), JIANGSU));
    }

    private static PoolExpertRecord pooled(String expertId, boolean enabled) {
        return new PoolExpertRecord(
                1,
                0,
                expertId,
                "专家" + expertId.substring(1),
                "车工",
                "南京工业大学",
                expertId.equals("e0") ? "教授" : "",
                "3201",
                List.of(),
                enabled);
    }

    private static WorkPlanRecord plan(WorkPlanStatus status) {
        return TestRecords.workPlan()
                .id(11)
                .version(4)
                .creditCode(CODE)
                .occupations(List.of("车工", "钳工"))
                .methods(List.of(new PluginChoice("oral-defense", Map.of(), "1.0.0")))
                .scheme(new PluginChoice("weighted-sum", Map.of("weight.oral-defense", "100"), "1.0.0"))
                .status(status)
                .build();
    }

    private static List<PanelMember> members(int size, int chairs) {
        List<PanelMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(new PanelMember("e" + i, "专家" + i, "南京工业大学", i == 0 ? "教授" : "", i < chairs));
        }
        return members;
    }
}
