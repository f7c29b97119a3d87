package org.skilleval.core.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of every table, fired from every state, by every actor, before and after its phase's
 * deadline and with each guard failing: only what the row names goes through.
 */
class StateMachineTest {

    private static final RoundSchedule SCHEDULE = RoundSchedule.defaultFor(2026, 1);
    private static final LocalDate BEFORE_EVERY_DEADLINE = LocalDate.of(2025, 11, 1);
    private static final LocalDate AFTER_EVERY_DEADLINE = LocalDate.of(2026, 4, 1);

    @TestFactory
    Stream<DynamicTest> everyTransitionFromEveryState() {
        List<DynamicTest> tests = new ArrayList<>();
        for (StateMachine<?> machine : Lifecycles.ALL) {
            addStateTests(machine, tests);
        }
        return tests.stream();
    }

    private static <S extends Enum<S>> void addStateTests(StateMachine<S> machine, List<DynamicTest> tests) {
        for (StateMachine.Transition<S> t : machine.transitions()) {
            if (t.creates()) {
                tests.add(DynamicTest.dynamicTest(
                        t + " creates in " + t.to(), () -> assertEquals(t.to(), t.target(null))));
                continue;
            }
            for (S state : machine.statusType().getEnumConstants()) {
                tests.add(DynamicTest.dynamicTest(t + " from " + state, () -> {
                    if (t.from().contains(state)) {
                        assertEquals(t.to() == null ? state : t.to(), t.target(state));
                    } else {
                        RuleViolationException refused =
                                assertThrows(RuleViolationException.class, () -> t.target(state));
                        assertEquals("state", refused.rule());
                        assertEquals("status", refused.field());
                        assertTrue(
                                refused.messageZh().contains("“" + machine.nameZh(state) + "”"), refused.messageZh());
                        assertTrue(refused.messageEn().endsWith("it is " + state), refused.messageEn());
                    }
                }));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTransitionByEveryActorInAndOutOfItsPhaseAndWithEachGuardFailing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (StateMachine<?> machine : Lifecycles.ALL) {
            for (StateMachine.Transition<?> t : machine.transitions()) {
                tests.add(DynamicTest.dynamicTest(t.toString(), () -> checkGates(t)));
            }
        }
        return tests.stream();
    }

    private static <S extends Enum<S>> void checkGates(StateMachine.Transition<S> t) {
        S start = t.creates() ? null : t.from().iterator().next();
        for (Actor actor : Actor.values()) {
            if (t.allows(actor)) {
                assertDoesNotThrow(() -> t.fire(start, actor, SCHEDULE, BEFORE_EVERY_DEADLINE, guard -> true));
            } else {
                assertEquals(
                        "actor-not-allowed",
                        assertThrows(
                                        RuleViolationException.class,
                                        () -> t.fire(start, actor, SCHEDULE, BEFORE_EVERY_DEADLINE, guard -> true))
                                .rule());
            }
        }
        Actor allowed = t.actors().iterator().next();
        if (t.phase() == null) {
            assertDoesNotThrow(() -> t.fire(start, allowed, null, AFTER_EVERY_DEADLINE, guard -> true));
        } else {
            assertEquals(
                    "deadline-passed",
                    assertThrows(
                                    RuleViolationException.class,
                                    () -> t.fire(start, allowed, SCHEDULE, AFTER_EVERY_DEADLINE, guard -> true))
                            .rule());
        }
        for (Guard failing : t.guards()) {
            RuleViolationException refused = assertThrows(
                    RuleViolationException.class,
                    () -> t.fire(start, allowed, SCHEDULE, BEFORE_EVERY_DEADLINE, guard -> guard != failing));
            assertEquals(failing.rule(), refused.rule());
            assertEquals(failing.field(), refused.field());
        }
    }

    @Test
    void everyStateOfEveryTableHasAChineseNameAndIsReachable() {
        for (StateMachine<?> machine : Lifecycles.ALL) {
            assertEveryStateReachable(machine);
        }
    }

    private static <S extends Enum<S>> void assertEveryStateReachable(StateMachine<S> machine) {
        Set<S> reached = EnumSet.noneOf(machine.statusType());
        for (StateMachine.Transition<S> t : machine.transitions()) {
            if (t.creates()) {
                reached.addAll(machine.reachableFrom(t.to()));
            }
        }
        assertEquals(EnumSet.allOf(machine.statusType()), reached, machine.aggregate());
        for (S state : machine.statusType().getEnumConstants()) {
            assertFalse(machine.nameZh(state).isBlank());
        }
    }

    @Test
    void anApplicationGoesFromDraftToCertificateAndASanctionEndsItAnywhere() {
        assertEquals(ApplicationStatus.SUBMITTED, ApplicationLifecycle.SUBMIT.target(ApplicationStatus.RETURNED));
        assertEquals(ApplicationStatus.RETURNED, ApplicationLifecycle.RETURN.target(ApplicationStatus.SUBMITTED));
        assertEquals(ApplicationStatus.PROPOSED, ApplicationLifecycle.PROPOSE.target(ApplicationStatus.PASSED));
        assertEquals(ApplicationStatus.REMOVED, ApplicationLifecycle.REMOVE.target(ApplicationStatus.PROPOSED));
        assertEquals(ApplicationStatus.CERTIFIED, ApplicationLifecycle.CERTIFY.target(ApplicationStatus.PROPOSED));
        assertEquals(EnumSet.complementOf(EnumSet.of(ApplicationStatus.CANCELLED)), ApplicationLifecycle.CANCEL.from());
        assertEquals(EnumSet.of(ApplicationStatus.CANCELLED), ApplicationLifecycle.MACHINE.finalStates());
        assertEquals(
                EnumSet.of(ApplicationStatus.ENDORSED, ApplicationStatus.PASSED, ApplicationStatus.FAILED),
                ApplicationLifecycle.UNDER_ASSESSMENT);
        Set<ApplicationStatus> afterEndorsement =
                ApplicationLifecycle.MACHINE.reachableFrom(ApplicationStatus.ENDORSED);
        afterEndorsement.remove(ApplicationStatus.CANCELLED);
        assertEquals(afterEndorsement, ApplicationLifecycle.ENTERED_ASSESSMENT);
        assertTrue(ApplicationLifecycle.ENTERED_ASSESSMENT.containsAll(ApplicationLifecycle.ONCE_PROPOSED));
    }

    @Test
    void anAcceptedEnterpriseWhosePlanIsRejectedLeavesThePilot() {
        assertEquals(ParticipationStatus.WITHDRAWN, ParticipationLifecycle.LEAVE.target(ParticipationStatus.ACCEPTED));
        assertEquals(RoundPhase.PLAN_REVIEW, ParticipationLifecycle.LEAVE.phase());
        assertEquals(RoundPhase.PLAN_REVIEW, WorkPlanLifecycle.REJECT.phase());
        assertEquals(
                ParticipationStatus.CANCELLED, ParticipationLifecycle.CANCEL.target(ParticipationStatus.WITHDRAWN));
        assertEquals(EnumSet.of(ParticipationStatus.ACCEPTED), ParticipationLifecycle.TAKING_PART);
    }

    @Test
    void theRoundPhasesOfTheTablesFollowTheSeedsTimeline() {
        assertEquals(RoundPhase.WORK_PLAN, WorkPlanLifecycle.SUBMIT.phase());
        assertEquals(RoundPhase.PUBLICITY, ProposalListLifecycle.PUBLISH.phase());
        assertEquals(RoundPhase.CERTIFICATION, ProposalListLifecycle.CERTIFY.phase());
        assertEquals(RoundPhase.CERTIFICATION, CertificateLifecycle.ISSUE.phase());
        assertNull(ObjectionLifecycle.UPHOLD.phase());
        assertEquals(Set.of(Actor.PUBLIC), ObjectionLifecycle.SUBMIT.actors());
    }

    @Test
    void transitionNamesAreUniqueAndUnknownOnesAreRefused() {
        for (StateMachine<?> machine : Lifecycles.ALL) {
            List<String> names = machine.transitions().stream()
                    .map(StateMachine.Transition::name)
                    .toList();
            assertEquals(
                    names.size(), names.stream().collect(Collectors.toSet()).size());
        }
        assertThrows(IllegalArgumentException.class, () -> ApplicationLifecycle.MACHINE.transition("approve"));
        assertThrows(IllegalStateException.class, () -> StateMachine.of(ObjectionStatus.class, "x", "x")
                .state(ObjectionStatus.OPEN, "待处理")
                .build());
    }

    @Test
    void lifecyclesNameEveryStatusInChinese() {
        assertEquals("已退回", Lifecycles.nameZh(ApplicationStatus.RETURNED));
        assertEquals("已退出试点", Lifecycles.nameZh(ParticipationStatus.WITHDRAWN));
        assertThrows(IllegalArgumentException.class, () -> Lifecycles.nameZh(RoundPhase.PUBLICITY));
    }
}
