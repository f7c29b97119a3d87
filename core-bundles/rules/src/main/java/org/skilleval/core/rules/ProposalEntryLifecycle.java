package org.skilleval.core.rules;

import static org.skilleval.core.rules.ProposalEntryStatus.*;

import java.util.EnumSet;

/**
 * The lifecycle of one candidate on a proposal list. Each move follows the candidate's application
 * ({@link ApplicationLifecycle}): an upheld objection removes both, a certificate certifies both, a
 * sanction cancels both, in the same unit of work.
 */
public final class ProposalEntryLifecycle {

    /** The table. */
    public static final StateMachine<ProposalEntryStatus> MACHINE = StateMachine.of(
                    ProposalEntryStatus.class, "proposal entry", "建议人选")
            .state(LISTED, "在名单上")
            .state(REMOVED, "因异议成立移出")
            .state(CANCELLED, "因弄虚作假取消")
            .state(CERTIFIED, "已颁发证书")
            .creating("list", LISTED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.EVALUATION)
            .and()
            .on("remove", EnumSet.of(LISTED), REMOVED)
            .by(Actor.ENTERPRISE, Actor.PROVINCE)
            .and()
            .on("certify", EnumSet.of(LISTED), CERTIFIED)
            .by(Actor.ENTERPRISE)
            .in(RoundPhase.CERTIFICATION)
            .and()
            .on("cancel", EnumSet.complementOf(EnumSet.of(CANCELLED)), CANCELLED)
            .by(Actor.PROVINCE)
            .build();

    public static final StateMachine.Transition<ProposalEntryStatus> LIST = MACHINE.transition("list");
    public static final StateMachine.Transition<ProposalEntryStatus> REMOVE = MACHINE.transition("remove");
    public static final StateMachine.Transition<ProposalEntryStatus> CERTIFY = MACHINE.transition("certify");
    public static final StateMachine.Transition<ProposalEntryStatus> CANCEL = MACHINE.transition("cancel");

    private ProposalEntryLifecycle() {}
}
