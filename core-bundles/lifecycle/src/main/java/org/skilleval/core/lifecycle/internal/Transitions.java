package org.skilleval.core.lifecycle.internal;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.rules.Actor;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.ProposalEntryStatus;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.StateMachine.Transition;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

/**
 * How the lifecycle services fire the transitions of the tables in {@code rules}: who the caller
 * may act as, whether the round's phase is open (the one place that asks), and the application
 * moves the stores persist in their cascades.
 */
final class Transitions {

    private Transitions() {}

    /**
     * The role the caller fires {@code transition} in: the first of the table's actors the caller
     * holds. A transition open to the public needs no role.
     *
     * @throws AccessDeniedException when the caller holds none of them (403)
     */
    static Role requireActor(Caller caller, Transition<?> transition) {
        for (Actor actor : transition.actors()) {
            if (actor == Actor.PUBLIC) {
                return null;
            }
            Role role = role(actor);
            if (caller.has(role)) {
                return role;
            }
        }
        throw new AccessDeniedException(caller.username() + " may not " + transition.name() + " a "
                + transition.machine().aggregate());
    }

    /** The security role of a table's actor; they share their names. */
    static Role role(Actor actor) {
        return Role.valueOf(actor.name());
    }

    /**
     * Refuses {@code transition} when its phase's deadline passed: the round is read once here.
     *
     * @throws NotFoundException when the round does not exist
     */
    static RoundRecord requirePhaseOpen(RoundStore rounds, long roundId, Transition<?> transition, LocalDate today) {
        RoundRecord round = round(rounds, roundId);
        transition.requirePhaseOpen(round.schedule(), today);
        return round;
    }

    /** Refuses an action of {@code phase} that is no transition (composing a panel, scoring) after its deadline. */
    static RoundRecord requirePhaseOpen(RoundStore rounds, long roundId, RoundPhase phase, LocalDate today) {
        RoundRecord round = round(rounds, roundId);
        round.schedule().requireOpen(phase, today);
        return round;
    }

    private static RoundRecord round(RoundStore rounds, long roundId) {
        return rounds.find(roundId).orElseThrow(() -> new NotFoundException("Round", Long.toString(roundId)));
    }

    /** The application after {@code transition}, refused unless it may start from its state. */
    static ApplicationRecord move(ApplicationRecord application, Transition<ApplicationStatus> transition) {
        return application.withStatus(transition.target(application.status()), application.enterpriseOpinion());
    }

    /**
     * A cascade's move of an application: {@code transition} where it may start from the
     * application's state, nothing otherwise (the store then writes nothing for it).
     */
    static UnaryOperator<ApplicationRecord> cascade(Transition<ApplicationStatus> transition) {
        return application -> {
            ApplicationStatus after = transition.targetOrSame(application.status());
            return after == application.status()
                    ? application
                    : application.withStatus(after, application.enterpriseOpinion());
        };
    }

    /**
     * A cascade's move of a candidate's list entry, noting why: {@code transition} where it may
     * start from the entry's state, nothing otherwise.
     */
    static ProposalEntry cascade(ProposalEntry entry, Transition<ProposalEntryStatus> transition, String why) {
        ProposalEntryStatus after = transition.targetOrSame(entry.status());
        return after == entry.status() ? entry : entry.withStatus(after, why);
    }
}
