package org.skilleval.core.rules;

import static org.skilleval.core.rules.WorkPlanStatus.*;

import java.util.EnumSet;

/** The lifecycle of an enterprise's work plan (工作方案). */
public final class WorkPlanLifecycle {

    /** The enterprise still takes part or may still be accepted. */
    public static final Guard PARTICIPATION_OPEN = new Guard(
            "participation-open",
            "participationId",
            "state",
            "该企业未被确定为本轮试点企业",
            "The enterprise was not accepted as a pilot enterprise of this round");
    /** The province accepted the enterprise. */
    public static final Guard PARTICIPATION_ACCEPTED = new Guard(
            "participation-accepted",
            "participationId",
            "state",
            "省职业技能鉴定中心确定本企业为试点企业后，方可报审工作方案",
            "The plan can be submitted once the provincial centre has accepted the enterprise");
    /** Every plugin the plan names is installed, enabled and accepts its parameters (details from the plugins). */
    public static final Guard PLUGINS_VALID = new Guard(
            "plugins-valid",
            "content",
            "plugin-invalid",
            "工作方案所选评审方式或评分办法不可用",
            "A plugin the plan names is not usable");
    /** A rejection names its reason. */
    public static final Guard REASON_GIVEN =
            new Guard("reason-given", "note", "required", "未通过评估须说明理由", "a rejection needs a reason");

    /** The table. */
    public static final StateMachine<WorkPlanStatus> MACHINE = StateMachine.of(
                    WorkPlanStatus.class, "work plan", "工作方案")
            .state(DRAFT, "草稿")
            .state(PUBLISHED, "已向职工公示")
            .state(SUBMITTED, "已报省中心评估")
            .state(APPROVED, "已通过评估")
            .state(REJECTED, "未通过评估")
            .creating("create", DRAFT)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.WORK_PLAN)
            .when(PARTICIPATION_OPEN, PLUGINS_VALID)
            .and()
            .revising("revise", EnumSet.of(DRAFT))
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.WORK_PLAN)
            .when(PARTICIPATION_OPEN, PLUGINS_VALID)
            .and()
            .on("publish", EnumSet.of(DRAFT), PUBLISHED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.WORK_PLAN)
            .and()
            .on("withdraw", EnumSet.of(PUBLISHED), DRAFT)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.WORK_PLAN)
            .and()
            .on("submit", EnumSet.of(PUBLISHED), SUBMITTED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.WORK_PLAN)
            .when(PARTICIPATION_ACCEPTED, PLUGINS_VALID)
            .and()
            .on("approve", EnumSet.of(SUBMITTED), APPROVED)
            .by(Actor.PROVINCE)
            .in(RoundPhase.PLAN_REVIEW)
            .when(PLUGINS_VALID)
            .and()
            .on("reject", EnumSet.of(SUBMITTED), REJECTED)
            .by(Actor.PROVINCE)
            .in(RoundPhase.PLAN_REVIEW)
            .when(REASON_GIVEN)
            .build();

    public static final StateMachine.Transition<WorkPlanStatus> CREATE = MACHINE.transition("create");
    public static final StateMachine.Transition<WorkPlanStatus> REVISE = MACHINE.transition("revise");
    public static final StateMachine.Transition<WorkPlanStatus> PUBLISH = MACHINE.transition("publish");
    public static final StateMachine.Transition<WorkPlanStatus> WITHDRAW = MACHINE.transition("withdraw");
    public static final StateMachine.Transition<WorkPlanStatus> SUBMIT = MACHINE.transition("submit");
    public static final StateMachine.Transition<WorkPlanStatus> APPROVE = MACHINE.transition("approve");
    public static final StateMachine.Transition<WorkPlanStatus> REJECT = MACHINE.transition("reject");

    private WorkPlanLifecycle() {}
}
