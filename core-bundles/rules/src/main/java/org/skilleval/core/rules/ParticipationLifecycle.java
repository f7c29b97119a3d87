package org.skilleval.core.rules;

import static org.skilleval.core.rules.ParticipationStatus.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a pilot enterprise's participation in a round.
 *
 * <p>An accepted enterprise whose work plan fails the review leaves the pilot for the round
 * ({@link ParticipationStatus#WITHDRAWN}, fired together with the plan's rejection), so that its
 * status says what is true: it no longer takes part.
 */
public final class ParticipationLifecycle {

    /** The city recommends only enterprises registered in it (the city the credit code names). */
    public static final Guard OWN_CITY = new Guard(
            "own-city", "creditCode", "city-mismatch", "只能推荐本市的企业", "A city recommends only its own enterprises");
    /** The enterprise meets the scheme's conditions and is not banned (details from {@link RecommendationRules}). */
    public static final Guard RECOMMENDABLE = new Guard(
            "recommendable", "creditCode", "not-recommendable", "该企业不符合试点企业条件", "The enterprise does not qualify");
    /** The city's quota of pilot enterprises is not used up (details from {@link RecommendationRules}). */
    public static final Guard WITHIN_QUOTA =
            new Guard("within-quota", "creditCode", "quota", "本市推荐名额已满", "The city's quota is used up");
    /** A rejection names its reason. */
    public static final Guard REASON_GIVEN =
            new Guard("reason-given", "note", "required", "不通过须说明理由", "a rejection needs a reason");

    /** The table. */
    public static final StateMachine<ParticipationStatus> MACHINE = StateMachine.of(
                    ParticipationStatus.class, "participation", "试点企业")
            .state(RECOMMENDED, "已推荐")
            .state(ACCEPTED, "已确定为试点企业")
            .state(REJECTED, "未确定为试点企业")
            .state(WITHDRAWN, "已退出试点")
            .state(CANCELLED, "已取消")
            .creating("recommend", RECOMMENDED)
            .by(Actor.CITY)
            .in(RoundPhase.RECOMMENDATION)
            .when(OWN_CITY, RECOMMENDABLE, WITHIN_QUOTA)
            .and()
            .on("accept", EnumSet.of(RECOMMENDED), ACCEPTED)
            .by(Actor.PROVINCE)
            .and()
            .on("reject", EnumSet.of(RECOMMENDED), REJECTED)
            .by(Actor.PROVINCE)
            .when(REASON_GIVEN)
            .and()
            .on("leave", EnumSet.of(ACCEPTED), WITHDRAWN)
            .by(Actor.PROVINCE)
            .in(RoundPhase.PLAN_REVIEW)
            .and()
            .on("cancel", EnumSet.of(RECOMMENDED, ACCEPTED, REJECTED, WITHDRAWN), CANCELLED)
            .by(Actor.PROVINCE)
            .build();

    public static final StateMachine.Transition<ParticipationStatus> RECOMMEND = MACHINE.transition("recommend");
    public static final StateMachine.Transition<ParticipationStatus> ACCEPT = MACHINE.transition("accept");
    public static final StateMachine.Transition<ParticipationStatus> REJECT = MACHINE.transition("reject");
    public static final StateMachine.Transition<ParticipationStatus> LEAVE = MACHINE.transition("leave");
    public static final StateMachine.Transition<ParticipationStatus> CANCEL = MACHINE.transition("cancel");

    /** The one state in which an enterprise takes part in the round's evaluation. */
    public static final Set<ParticipationStatus> TAKING_PART = EnumSet.of(ACCEPTED);

    private ParticipationLifecycle() {}
}
