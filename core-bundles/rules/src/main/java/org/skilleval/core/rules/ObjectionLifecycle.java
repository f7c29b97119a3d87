package org.skilleval.core.rules;

import static org.skilleval.core.rules.ObjectionStatus.*;

import java.util.EnumSet;

/** The lifecycle of an objection (异议) against a publicised candidate. */
public final class ObjectionLifecycle {

    /** Today lies in one of the list's publicity windows. */
    public static final Guard IN_PUBLICITY_WINDOW = new Guard(
            "in-publicity-window",
            "listId",
            "outside-publicity-window",
            "不在公示期内，不能提出异议",
            "Objections are taken only during a publicity");
    /** The candidate is still on the list. */
    public static final Guard CANDIDATE_LISTED = new Guard(
            "candidate-listed", "entryId", "not-listed", "该人选已不在建议人选名单上", "The candidate is no longer on the list");

    /** The table. */
    public static final StateMachine<ObjectionStatus> MACHINE = StateMachine.of(
                    ObjectionStatus.class, "objection", "异议")
            .state(OPEN, "待处理")
            .state(UPHELD, "异议成立")
            .state(DISMISSED, "异议不成立")
            .creating("submit", OPEN)
            .by(Actor.PUBLIC)
            .when(IN_PUBLICITY_WINDOW, CANDIDATE_LISTED)
            .and()
            .on("uphold", EnumSet.of(OPEN), UPHELD)
            .by(Actor.ENTERPRISE, Actor.PROVINCE)
            .and()
            .on("dismiss", EnumSet.of(OPEN), DISMISSED)
            .by(Actor.ENTERPRISE, Actor.PROVINCE)
            .build();

    public static final StateMachine.Transition<ObjectionStatus> SUBMIT = MACHINE.transition("submit");
    public static final StateMachine.Transition<ObjectionStatus> UPHOLD = MACHINE.transition("uphold");
    public static final StateMachine.Transition<ObjectionStatus> DISMISS = MACHINE.transition("dismiss");

    private ObjectionLifecycle() {}
}
