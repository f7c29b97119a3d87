package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.lifecycle.WorkPlanService;
import org.skilleval.core.persistence.CityExtensionStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.UnitOfWork;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.rules.ParticipationLifecycle;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.StateMachine;
import org.skilleval.core.rules.WorkPlanLifecycle;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

@Component(service = WorkPlanService.class)
public class WorkPlanServiceImpl implements WorkPlanService {

    private static final String OBJECT_TYPE = "WorkPlan";
    /** An enterprise has one plan per participation, one participation per round: a page holds them all. */
    private static final int EMPLOYEE_PLANS_MAX = 500;

    /** The participations that may still write a plan: recommended (awaiting the decision) or accepted. */
    private static final Set<ParticipationStatus> PLANNING =
            EnumSet.of(ParticipationStatus.RECOMMENDED, ParticipationStatus.ACCEPTED);

    private final RoundStore rounds;
    private final ParticipationStore participations;
    private final WorkPlanStore plans;
    private final PluginChecks plugins;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Activate
    public WorkPlanServiceImpl(
            @Reference Today today,
            @Reference RoundStore rounds,
            @Reference ParticipationStore participations,
            @Reference WorkPlanStore plans,
            @Reference PluginRegistry registry,
            @Reference CityExtensionStore extensions,
            @Reference PluginCalls calls,
            @Reference UnitOfWork unitOfWork) {
        this(rounds, participations, plans, registry, extensions, calls, unitOfWork, today.clock());
    }

    WorkPlanServiceImpl(
            RoundStore rounds,
            ParticipationStore participations,
            WorkPlanStore plans,
            PluginRegistry registry,
            CityExtensionStore extensions,
            PluginCalls calls,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.plans = plans;
        this.plugins = new PluginChecks(registry, extensions, calls);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public WorkPlanRecord save(Caller caller, long participationId, Long version, WorkPlanRecord.Content content) {
        StateMachine.Transition<WorkPlanStatus> transition =
                version == null ? WorkPlanLifecycle.CREATE : WorkPlanLifecycle.REVISE;
        Transitions.requireActor(caller, transition);
        ParticipationRecord participation = ownParticipation(caller, participationId);
        Transitions.requirePhaseOpen(rounds, participation.roundId(), transition, LocalDate.now(clock));
        if (!PLANNING.contains(participation.status())) {
            throw WorkPlanLifecycle.PARTICIPATION_OPEN.refusal();
        }
        requirePlausibleSeniors(content, participation);
        plugins.requireValid(content, participation.cityCode(), participation.creditCode());
        AuditActor actor = actor(caller, Role.ENTERPRISE);
        if (version == null) {
            return plans.create(participation, content, actor);
        }
        WorkPlanRecord plan = plans.findByParticipation(participationId)
                .orElseThrow(() -> NotFoundException.described(
                        OBJECT_TYPE, "试点企业 " + participationId + " 的", "of pilot enterprise " + participationId));
        return plans.update(plan.id(), version, "revise", "", actor, current -> {
            WorkPlanLifecycle.REVISE.target(current.status());
            return current.withContent(content);
        });
    }

    /**
     * The 高级技师 a plan declares per occupation are the base of the province's ratio against
     * 普遍晋升: each must name an occupation of the plan, and together they cannot exceed the
     * 高级技师 the enterprise was recommended with.
     */
    static void requirePlausibleSeniors(WorkPlanRecord.Content content, ParticipationRecord participation) {
        List<Violation> violations = new ArrayList<>();
        Set<String> occupations = new HashSet<>(content.occupations());
        long total = 0;
        for (Map.Entry<String, Integer> declared : content.seniorTechnicians().entrySet()) {
            String occupation = declared.getKey();
            String field = "seniorTechnicians." + occupation;
            if (!occupations.contains(occupation)) {
                violations.add(new Violation(
                        field,
                        "occupation",
                        LocalizedText.of(
                                "职业（工种）" + occupation + " 不在本方案的评审职业（工种）中",
                                "occupation " + occupation + " is not one this plan evaluates")));
            } else if (declared.getValue() < 0) {
                violations.add(new Violation(
                        field,
                        "range",
                        LocalizedText.of("高级技师人数不能为负数", "the number of senior technicians cannot be negative")));
            } else {
                total += declared.getValue();
            }
        }
        int recommended = participation.evidence().seniorTechnicianCount();
        if (violations.isEmpty() && total > recommended) {
            violations.add(new Violation(
                    "seniorTechnicians",
                    "total",
                    LocalizedText.of(
                            "各职业（工种）高级技师人数合计 " + total + " 人，超过企业推荐时申报的高级技师总数 " + recommended + " 人",
                            "the senior technicians per occupation add up to " + total + ", more than the "
                                    + recommended + " the enterprise was recommended with")));
        }
        InvalidInputException.throwIfAny(violations);
    }

    @Override
    public WorkPlanRecord publish(Caller caller, long planId, long version) {
        return enterpriseTransition(caller, planId, version, WorkPlanLifecycle.PUBLISH);
    }

    @Override
    public WorkPlanRecord withdraw(Caller caller, long planId, long version) {
        return enterpriseTransition(caller, planId, version, WorkPlanLifecycle.WITHDRAW);
    }

    @Override
    public WorkPlanRecord submit(Caller caller, long planId, long version) {
        Transitions.requireActor(caller, WorkPlanLifecycle.SUBMIT);
        WorkPlanRecord plan = find(caller, planId);
        ParticipationRecord participation = participations
                .find(plan.participationId())
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(plan.participationId())));
        if (!ParticipationLifecycle.TAKING_PART.contains(participation.status())) {
            throw WorkPlanLifecycle.PARTICIPATION_ACCEPTED.refusal();
        }
        Transitions.requirePhaseOpen(rounds, plan.roundId(), WorkPlanLifecycle.SUBMIT, LocalDate.now(clock));
        plugins.requireValid(plan.content(), plan.cityCode(), plan.creditCode());
        return plans.update(
                planId,
                version,
                "submit",
                "",
                actor(caller, Role.ENTERPRISE),
                current -> current.withStatus(WorkPlanLifecycle.SUBMIT.target(current.status()), ""));
    }

    @Override
    public WorkPlanRecord review(Caller caller, long planId, long version, boolean approve, String note) {
        StateMachine.Transition<WorkPlanStatus> transition =
                approve ? WorkPlanLifecycle.APPROVE : WorkPlanLifecycle.REJECT;
        Role role = Transitions.requireActor(caller, transition);
        WorkPlanRecord plan =
                plans.find(planId).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(planId)));
        String reason = note == null ? "" : note.strip();
        WorkPlanLifecycle.REJECT.requireGuards(guard -> approve || !reason.isEmpty());
        Transitions.requirePhaseOpen(rounds, plan.roundId(), transition, LocalDate.now(clock));
        WorkPlanRecord.Content content = plan.content();
        if (approve) {
            // The plugins must still accept the plan when it is approved, and the versions that do are pinned.
            // A city extension must still be enabled by the plan's city; disabling it after the
            // approval leaves the plan as it is, since it runs on the pinned versions.
            plugins.requireValid(content, plan.cityCode(), plan.creditCode());
            content = plugins.pinned(content);
        }
        WorkPlanRecord.Content decided = content;
        AuditActor actor = actor(caller, role);
        // A rejected plan takes its enterprise out of the pilot for the round (退出试点): both commit together.
        return unitOfWork.call(() -> {
            WorkPlanRecord reviewed = plans.update(
                    planId, version, transition.name(), reason, actor, current -> current.withContent(decided)
                            .withStatus(transition.target(current.status()), reason));
            if (!approve) {
                leavePilot(reviewed.participationId(), reason, actor);
            }
            return reviewed;
        });
    }

    private void leavePilot(long participationId, String reason, AuditActor actor) {
        ParticipationRecord participation = participations
                .find(participationId)
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(participationId)));
        if (ParticipationLifecycle.LEAVE.from().contains(participation.status())) {
            participations.update(
                    participationId,
                    participation.version(),
                    ParticipationLifecycle.LEAVE.name(),
                    reason,
                    actor,
                    current -> current.decided(ParticipationLifecycle.LEAVE.target(current.status()), reason));
        }
    }

    @Override
    public WorkPlanRecord find(Caller caller, long planId) {
        return plans.find(planId)
                .filter(plan ->
                        TenantScope.covers(caller, plan.cityCode(), plan.creditCode()) || shownToEmployee(caller, plan))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(planId)));
    }

    /**
     * The seed has the enterprise publish its plan to all its employees: an applicant reads the
     * plans of their own enterprise once published (never a draft), and applies to the plan's
     * participation.
     */
    private static boolean shownToEmployee(Caller caller, WorkPlanRecord plan) {
        return caller.has(Role.APPLICANT)
                && plan.status() != WorkPlanStatus.DRAFT
                && plan.creditCode().equals(TenantScope.enterpriseOfApplicant(caller));
    }

    private static boolean onlyEmployee(Caller caller) {
        return caller.has(Role.APPLICANT)
                && !caller.has(Role.PROVINCE)
                && !caller.has(Role.CITY)
                && !caller.has(Role.ENTERPRISE);
    }

    @Override
    public Page<WorkPlanRecord> list(
            Caller caller, long roundId, String cityCode, WorkPlanStatus status, int offset, int limit) {
        if (onlyEmployee(caller)) {
            String enterprise = TenantScope.enterpriseOfApplicant(caller);
            List<WorkPlanRecord> shown = enterprise == null
                    ? List.of()
                    : plans.list(roundId, null, enterprise, status, 0, EMPLOYEE_PLANS_MAX).items().stream()
                            .filter(plan -> shownToEmployee(caller, plan))
                            .toList();
            int from = Math.min(offset, shown.size());
            return new Page<>(shown.subList(from, Math.min(shown.size(), from + limit)), shown.size(), offset, limit);
        }
        TenantScope scope = TenantScope.forList(caller, cityCode, "work plans");
        if (scope.nothing()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return plans.list(roundId, scope.city(), scope.enterprise(), status, offset, limit);
    }

    private WorkPlanRecord enterpriseTransition(
            Caller caller, long planId, long version, StateMachine.Transition<WorkPlanStatus> transition) {
        Role role = Transitions.requireActor(caller, transition);
        WorkPlanRecord plan = find(caller, planId);
        Transitions.requirePhaseOpen(rounds, plan.roundId(), transition, LocalDate.now(clock));
        return plans.update(
                planId,
                version,
                transition.name(),
                "",
                actor(caller, role),
                current -> current.withStatus(transition.target(current.status()), current.reviewNote()));
    }

    private ParticipationRecord ownParticipation(Caller caller, long participationId) {
        return participations
                .find(participationId)
                .filter(p -> Objects.equals(p.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(participationId)));
    }

    private static AuditActor actor(Caller caller, Role role) {
        return new AuditActor(caller.username(), role.roleName());
    }
}
