package org.skilleval.core.rules;

import static org.skilleval.core.rules.ApplicationStatus.*;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of an application (特级技师评审申报表): its table and its guards. */
public final class ApplicationLifecycle {

    /** The enterprise is an accepted pilot enterprise of the round. */
    public static final Guard PARTICIPATION_ACCEPTED = new Guard(
            "participation-accepted",
            "participationId",
            "state",
            "本企业不是本轮试点企业",
            "The enterprise is not a pilot enterprise of this round");
    /** The enterprise's work plan is approved. */
    public static final Guard PLAN_APPROVED = new Guard(
            "plan-approved",
            "participationId",
            "plan-not-approved",
            "本企业工作方案尚未通过评估，暂不能申报",
            "The enterprise's work plan is not approved yet");
    /** The form passes every rule of the 申报表 and its attachments exist (details come from the rules). */
    public static final Guard FORM_VALID = new Guard("form-valid", "form", "invalid", "申报表填写有误", "The form has errors");
    /** The applied occupation is one the plan evaluates. */
    public static final Guard OCCUPATION_IN_PLAN = new Guard(
            "occupation-in-plan",
            "form.appliedOccupation",
            "occupation-not-in-plan",
            "本企业工作方案未包含该职业（工种）",
            "The enterprise's work plan does not evaluate this occupation");
    /** The applicant is not banned by a sanction (五年内不得申请). */
    public static final Guard NOT_SANCTIONED =
            new Guard("not-sanctioned", "form.idNumber", "sanctioned", "申报人处于禁止申报期内", "The applicant is banned");
    /** The eligibility computed at submission says eligible. */
    public static final Guard ELIGIBLE = new Guard(
            "eligible",
            "eligibility",
            "ineligible",
            "不符合参评条件的申报不能推荐参加评审",
            "An ineligible applicant cannot be endorsed for assessment");
    /** A form is returned with a reason. */
    public static final Guard REASON_GIVEN =
            new Guard("reason-given", "opinion", "required", "退回须说明原因", "returning a form needs a reason");
    /** Every expert of the panel submitted a sheet for every method of the plan. */
    public static final Guard SHEETS_SUBMITTED = new Guard(
            "sheets-submitted", "sheets", "sheets-missing", "尚有评分表未提交", "Some score sheets are not submitted yet");
    /** The chair decided every divergence the scheme flagged. */
    public static final Guard DIVERGENCES_DECIDED = new Guard(
            "divergences-decided",
            "sheets",
            "divergence-undecided",
            "评委会主任尚未对分歧作出决定",
            "The panel's chair has not decided on a divergence yet");

    /** The table. */
    public static final StateMachine<ApplicationStatus> MACHINE = StateMachine.of(
                    ApplicationStatus.class, "application", "申报表")
            .state(DRAFT, "草稿")
            .state(SUBMITTED, "已提交")
            .state(RETURNED, "已退回")
            .state(ENDORSED, "企业已推荐参评")
            .state(PASSED, "评审通过")
            .state(FAILED, "评审未通过")
            .state(PROPOSED, "已列入建议人选名单")
            .state(REMOVED, "已移出建议人选名单")
            .state(CERTIFIED, "已颁发证书")
            .state(CANCELLED, "已取消")
            .creating("create", DRAFT)
            .by(Actor.APPLICANT)
            .in(RoundPhase.EVALUATION)
            .when(PARTICIPATION_ACCEPTED, PLAN_APPROVED)
            .and()
            .revising("revise", EnumSet.of(DRAFT, RETURNED))
            .by(Actor.APPLICANT)
            .in(RoundPhase.EVALUATION)
            .when(PARTICIPATION_ACCEPTED, PLAN_APPROVED)
            .and()
            .on("submit", EnumSet.of(DRAFT, RETURNED), SUBMITTED)
            .by(Actor.APPLICANT)
            .in(RoundPhase.EVALUATION)
            .when(PARTICIPATION_ACCEPTED, PLAN_APPROVED, FORM_VALID, OCCUPATION_IN_PLAN, NOT_SANCTIONED)
            .and()
            .on("endorse", EnumSet.of(SUBMITTED), ENDORSED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.EVALUATION)
            .when(ELIGIBLE)
            .and()
            .on("return", EnumSet.of(SUBMITTED), RETURNED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.EVALUATION)
            .when(REASON_GIVEN)
            .and()
            .on("pass", EnumSet.of(ENDORSED, PASSED, FAILED), PASSED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.EVALUATION)
            .when(SHEETS_SUBMITTED, DIVERGENCES_DECIDED)
            .and()
            .on("fail", EnumSet.of(ENDORSED, PASSED, FAILED), FAILED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.EVALUATION)
            .when(SHEETS_SUBMITTED, DIVERGENCES_DECIDED)
            .and()
            .on("propose", EnumSet.of(PASSED), PROPOSED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.EVALUATION)
            .and()
            .on("remove", EnumSet.of(PROPOSED), REMOVED)
            .by(Actor.ENTERPRISE, Actor.PROVINCE)
            .and()
            .on("certify", EnumSet.of(PROPOSED), CERTIFIED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.CERTIFICATION)
            .and()
            .on("cancel", EnumSet.complementOf(EnumSet.of(CANCELLED)), CANCELLED)
            .by(Actor.PROVINCE)
            .build();

    public static final StateMachine.Transition<ApplicationStatus> CREATE = MACHINE.transition("create");
    public static final StateMachine.Transition<ApplicationStatus> REVISE = MACHINE.transition("revise");
    public static final StateMachine.Transition<ApplicationStatus> SUBMIT = MACHINE.transition("submit");
    public static final StateMachine.Transition<ApplicationStatus> ENDORSE = MACHINE.transition("endorse");
    public static final StateMachine.Transition<ApplicationStatus> RETURN = MACHINE.transition("return");
    public static final StateMachine.Transition<ApplicationStatus> PASS = MACHINE.transition("pass");
    public static final StateMachine.Transition<ApplicationStatus> FAIL = MACHINE.transition("fail");
    public static final StateMachine.Transition<ApplicationStatus> PROPOSE = MACHINE.transition("propose");
    public static final StateMachine.Transition<ApplicationStatus> REMOVE = MACHINE.transition("remove");
    public static final StateMachine.Transition<ApplicationStatus> CERTIFY = MACHINE.transition("certify");
    public static final StateMachine.Transition<ApplicationStatus> CANCEL = MACHINE.transition("cancel");

    /** The states in which experts score and the enterprise (re)evaluates: those {@link #PASS} starts from. */
    public static final Set<ApplicationStatus> UNDER_ASSESSMENT = PASS.from();

    /**
     * The states of an application that entered the assessment and was not cancelled: the
     * candidates a panel sees, and those the statistics count as assessed.
     */
    public static final Set<ApplicationStatus> ENTERED_ASSESSMENT =
            EnumSet.of(ENDORSED, PASSED, FAILED, PROPOSED, REMOVED, CERTIFIED);

    /** The states of an application that passed its assessment, whatever came after (statistics count these as passed). */
    public static final Set<ApplicationStatus> PASSED_ASSESSMENT = EnumSet.of(PASSED, PROPOSED, REMOVED, CERTIFIED);

    /** The states of an application that was put on a proposal list. */
    public static final Set<ApplicationStatus> ONCE_PROPOSED = EnumSet.of(PROPOSED, REMOVED, CERTIFIED);

    private ApplicationLifecycle() {}
}
