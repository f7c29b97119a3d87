package org.skilleval.core.lifecycle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.registry.PluginRegistry;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = WorkPlanService.class)
public class WorkPlanServiceImpl implements WorkPlanService {

    private static final String OBJECT_TYPE = "WorkPlan";

    private final RoundStore rounds;
    private final ParticipationStore participations;
    private final WorkPlanStore plans;
    private final PluginChecks plugins;
    private final Clock clock;

    @Activate
    public WorkPlanServiceImpl(
            @Reference Today today,
            @Reference RoundStore rounds,
            @Reference ParticipationStore participations,
            @Reference WorkPlanStore plans,
            @Reference PluginRegistry registry,
            @Reference CityExtensionStore extensions,
            @Reference PluginExecutor executor) {
        this(rounds, participations, plans, registry, extensions, executor, today.clock());
    }

    WorkPlanServiceImpl(
            RoundStore rounds,
            ParticipationStore participations,
            WorkPlanStore plans,
            PluginRegistry registry,
            CityExtensionStore extensions,
            PluginExecutor executor,
            Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.plans = plans;
        this.plugins = new PluginChecks(registry, extensions, executor);
        this.clock = clock;
    }

    @Override
    public WorkPlanRecord save(Caller caller, long participationId, Long version, WorkPlanRecord.Content content) {
        caller.requireAny(Role.ENTERPRISE);
        ParticipationRecord participation = ownParticipation(caller, participationId);
        requireOpen(participation.roundId(), RoundPhase.WORK_PLAN);
        if (participation.status() == ParticipationStatus.REJECTED) {
            throw new RuleViolationException(
                    "participationId",
                    "state",
                    "该企业未被确定为本轮试点企业",
                    "The enterprise was not accepted as a pilot enterprise of this round");
        }
        plugins.requireValid(content, participation.cityCode());
        AuditActor actor = actor(caller, Role.ENTERPRISE);
        if (version == null) {
            return plans.create(participation, content, actor);
        }
        WorkPlanRecord plan = plans.findByParticipation(participationId)
                .orElseThrow(() -> NotFoundException.described(
                        OBJECT_TYPE, "试点企业 " + participationId + " 的", "of pilot enterprise " + participationId));
        return plans.update(plan.id(), version, "revise", "", actor, current -> {
            requireStatus(current, WorkPlanStatus.DRAFT);
            return current.withContent(content);
        });
    }

    @Override
    public WorkPlanRecord publish(Caller caller, long planId, long version) {
        return enterpriseTransition(caller, planId, version, "publish", WorkPlanStatus.DRAFT, WorkPlanStatus.PUBLISHED);
    }

    @Override
    public WorkPlanRecord withdraw(Caller caller, long planId, long version) {
        return enterpriseTransition(
                caller, planId, version, "withdraw", WorkPlanStatus.PUBLISHED, WorkPlanStatus.DRAFT);
    }

    @Override
    public WorkPlanRecord submit(Caller caller, long planId, long version) {
        caller.requireAny(Role.ENTERPRISE);
        WorkPlanRecord plan = find(caller, planId);
        ParticipationRecord participation = participations
                .find(plan.participationId())
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(plan.participationId())));
        if (participation.status() != ParticipationStatus.ACCEPTED) {
            throw new RuleViolationException(
                    "participationId",
                    "state",
                    "省职业技能鉴定中心确定本企业为试点企业后，方可报审工作方案",
                    "The plan can be submitted once the provincial centre has accepted the enterprise");
        }
        requireOpen(plan.roundId(), RoundPhase.WORK_PLAN);
        plugins.requireValid(plan.content(), plan.cityCode());
        return plans.update(planId, version, "submit", "", actor(caller, Role.ENTERPRISE), current -> {
            requireStatus(current, WorkPlanStatus.PUBLISHED);
            return current.withStatus(WorkPlanStatus.SUBMITTED, "");
        });
    }

    @Override
    public WorkPlanRecord review(Caller caller, long planId, long version, boolean approve, String note) {
        caller.requireAny(Role.PROVINCE);
        WorkPlanRecord plan =
                plans.find(planId).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(planId)));
        String reason = note == null ? "" : note.strip();
        if (!approve && reason.isEmpty()) {
            throw new RuleViolationException("note", "required", "未通过评估须说明理由", "a rejection needs a reason");
        }
        requireOpen(plan.roundId(), RoundPhase.PLAN_REVIEW);
        WorkPlanRecord.Content content = plan.content();
        if (approve) {
            // The plugins must still accept the plan when it is approved, and the versions that do are pinned.
            // A city extension must still be enabled by the plan's city; disabling it after the
            // approval leaves the plan as it is, since it runs on the pinned versions.
            plugins.requireValid(content, plan.cityCode());
            content = plugins.pinned(content);
        }
        WorkPlanRecord.Content decided = content;
        return plans.update(
                planId, version, approve ? "approve" : "reject", reason, actor(caller, Role.PROVINCE), current -> {
                    requireStatus(current, WorkPlanStatus.SUBMITTED);
                    return current.withContent(decided)
                            .withStatus(approve ? WorkPlanStatus.APPROVED : WorkPlanStatus.REJECTED, reason);
                });
    }

    @Override
    public WorkPlanRecord find(Caller caller, long planId) {
        return plans.find(planId)
                .filter(plan -> TenantScope.covers(caller, plan.cityCode(), plan.creditCode()))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(planId)));
    }

    @Override
    public Page<WorkPlanRecord> list(
            Caller caller, long roundId, String cityCode, WorkPlanStatus status, int offset, int limit) {
        TenantScope scope = TenantScope.forList(caller, cityCode, "work plans");
        if (scope.nothing()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return plans.list(roundId, scope.city(), scope.enterprise(), status, offset, limit);
    }

    private WorkPlanRecord enterpriseTransition(
            Caller caller, long planId, long version, String action, WorkPlanStatus from, WorkPlanStatus to) {
        caller.requireAny(Role.ENTERPRISE);
        WorkPlanRecord plan = find(caller, planId);
        requireOpen(plan.roundId(), RoundPhase.WORK_PLAN);
        return plans.update(planId, version, action, "", actor(caller, Role.ENTERPRISE), current -> {
            requireStatus(current, from);
            return current.withStatus(to, current.reviewNote());
        });
    }

    private ParticipationRecord ownParticipation(Caller caller, long participationId) {
        return participations
                .find(participationId)
                .filter(p -> Objects.equals(p.creditCode(), caller.enterprise()))
                .orElseThrow(() -> new NotFoundException("Participation", Long.toString(participationId)));
    }

    private void requireOpen(long roundId, RoundPhase phase) {
        rounds.find(roundId)
                .orElseThrow(() -> new NotFoundException("Round", Long.toString(roundId)))
                .schedule()
                .requireOpen(phase, LocalDate.now(clock));
    }

    private static void requireStatus(WorkPlanRecord plan, WorkPlanStatus needed) {
        if (plan.status() != needed) {
            throw new RuleViolationException(
                    "status",
                    "state",
                    "工作方案须为" + StatusNames.zh(needed) + "，当前为" + StatusNames.zh(plan.status()),
                    "The work plan must be " + needed + " for this; it is " + plan.status());
        }
    }

    private static AuditActor actor(Caller caller, Role role) {
        return new AuditActor(caller.username(), role.roleName());
    }
}
