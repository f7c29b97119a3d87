package org.skilleval.core.rules;

import static org.skilleval.core.rules.ProposalListStatus.*;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of an enterprise's proposal list (建议人选名单) and its publicity. */
public final class ProposalListLifecycle {

    /** The enterprise takes part in the round and is not banned. */
    public static final Guard TAKING_PART = new Guard(
            "taking-part",
            "participationId",
            "state",
            "本企业不是本轮试点企业",
            "The enterprise is not a pilot enterprise of this round");
    /** Every candidate on the list passed the assessment. */
    public static final Guard CANDIDATES_PASSED = new Guard(
            "candidates-passed",
            "applicationIds",
            "not-passed",
            "名单上有未通过评审的人选",
            "A candidate on the list has not passed");
    /** Every publicity window of the list has ended. */
    public static final Guard PUBLICITY_ENDED = new Guard(
            "publicity-ended",
            "listId",
            "publicity-not-ended",
            "公示期满后方可颁发证书",
            "Certificates come after the publicity ended");
    /** No objection against the list is still open. */
    public static final Guard NO_OPEN_OBJECTIONS =
            new Guard("no-open-objections", "listId", "objections-open", "尚有异议未处理", "Objections are still open");
    /** The enterprise is not banned by a sanction. */
    public static final Guard NOT_SANCTIONED =
            new Guard("not-sanctioned", "listId", "sanctioned", "该企业处于禁止期内", "The enterprise is banned");

    /** The table. */
    public static final StateMachine<ProposalListStatus> MACHINE = StateMachine.of(
                    ProposalListStatus.class, "proposal list", "建议人选名单")
            .state(DRAFT, "草稿")
            .state(SUBMITTED, "已报送")
            .state(PUBLISHED, "公示中")
            .state(CERTIFIED, "已颁发证书")
            .state(CANCELLED, "已取消")
            .creating("create", DRAFT)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.EVALUATION)
            .when(TAKING_PART, CANDIDATES_PASSED)
            .and()
            .revising("revise", EnumSet.of(DRAFT))
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.EVALUATION)
            .when(CANDIDATES_PASSED)
            .and()
            .on("submit", EnumSet.of(DRAFT), SUBMITTED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.EVALUATION)
            .when(TAKING_PART, CANDIDATES_PASSED)
            .and()
            .on("publish", EnumSet.of(SUBMITTED), PUBLISHED)
            .by(Actor.PROVINCE)
            .in(RoundPhase.PUBLICITY)
            .and()
            .on("certify", EnumSet.of(PUBLISHED), CERTIFIED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.CERTIFICATION)
            .when(NOT_SANCTIONED, PUBLICITY_ENDED, NO_OPEN_OBJECTIONS)
            .and()
            .on("cancel", EnumSet.of(DRAFT, SUBMITTED, PUBLISHED, CERTIFIED), CANCELLED)
            .by(Actor.PROVINCE)
            .build();

    public static final StateMachine.Transition<ProposalListStatus> CREATE = MACHINE.transition("create");
    public static final StateMachine.Transition<ProposalListStatus> REVISE = MACHINE.transition("revise");
    public static final StateMachine.Transition<ProposalListStatus> SUBMIT = MACHINE.transition("submit");
    public static final StateMachine.Transition<ProposalListStatus> PUBLISH = MACHINE.transition("publish");
    public static final StateMachine.Transition<ProposalListStatus> CERTIFY = MACHINE.transition("certify");
    public static final StateMachine.Transition<ProposalListStatus> CANCEL = MACHINE.transition("cancel");

    /** The states in which the public sees a list on the province's publicity page. */
    public static final Set<ProposalListStatus> PUBLICISED = EnumSet.of(PUBLISHED, CERTIFIED);

    private ProposalListLifecycle() {}
}
