package org.skilleval.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The lifecycle of one aggregate as a table of transitions: for each, its name, the states it may
 * start from, the state it leads to, who may fire it, the round phase in which it is allowed and
 * its guards. Pure: no clock, no database; the caller passes the schedule, the day and the guards'
 * answers. Each table is built once (see {@link Lifecycles}) and never changes.
 *
 * <p>A transition with no from-states creates the aggregate; one without a to-state changes its
 * content and keeps its state (a revision).
 *
 * @param <S> the aggregate's status
 */
public final class StateMachine<S extends Enum<S>> {

    private final String aggregate;
    private final String aggregateZh;
    private final Class<S> statusType;
    private final Map<S, String> stateNamesZh;
    private final Map<String, Transition<S>> transitions;

    private StateMachine(Builder<S> builder) {
        this.aggregate = builder.aggregate;
        this.aggregateZh = builder.aggregateZh;
        this.statusType = builder.statusType;
        this.stateNamesZh = Collections.unmodifiableMap(new EnumMap<>(builder.stateNamesZh));
        for (S state : statusType.getEnumConstants()) {
            if (!stateNamesZh.containsKey(state)) {
                throw new IllegalStateException(aggregate + " has no Chinese name for " + state);
            }
        }
        Map<String, Transition<S>> byName = new LinkedHashMap<>();
        for (Builder.Row<S> row : builder.rows) {
            if (byName.put(row.name, new Transition<>(this, row)) != null) {
                throw new IllegalStateException(aggregate + " has two transitions named " + row.name);
            }
        }
        this.transitions = Collections.unmodifiableMap(byName);
    }

    /** Starts a table for the aggregate named {@code aggregate} ({@code aggregateZh} in Chinese). */
    public static <S extends Enum<S>> Builder<S> of(Class<S> statusType, String aggregate, String aggregateZh) {
        return new Builder<>(statusType, aggregate, aggregateZh);
    }

    /** @return the aggregate's English name, lower case, e.g. {@code application} */
    public String aggregate() {
        return aggregate;
    }

    /** @return the aggregate's Chinese name, e.g. {@code 申报表} */
    public String aggregateZh() {
        return aggregateZh;
    }

    /** @return the status type */
    public Class<S> statusType() {
        return statusType;
    }

    /** @return every transition, in table order */
    public Collection<Transition<S>> transitions() {
        return transitions.values();
    }

    /**
     * @return the transition named {@code name}
     * @throws IllegalArgumentException if the table has none
     */
    public Transition<S> transition(String name) {
        Transition<S> transition = transitions.get(name);
        if (transition == null) {
            throw new IllegalArgumentException(aggregate + " has no transition " + name);
        }
        return transition;
    }

    /** @return the state's name as Chinese readers know it, e.g. {@code 已退回} */
    public String nameZh(S state) {
        return stateNamesZh.get(state);
    }

    /** @return the states no transition leaves */
    public Set<S> finalStates() {
        Set<S> result = EnumSet.allOf(statusType);
        for (Transition<S> transition : transitions.values()) {
            if (!transition.keepsState()) {
                result.removeAll(transition.from());
            }
        }
        return result;
    }

    /** @return the states reachable from {@code start} (itself included) through any transitions */
    public Set<S> reachableFrom(S start) {
        Set<S> reached = EnumSet.of(start);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Transition<S> transition : transitions.values()) {
                if (transition.to() != null
                        && !reached.contains(transition.to())
                        && transition.from().stream().anyMatch(reached::contains)) {
                    reached.add(transition.to());
                    grew = true;
                }
            }
        }
        return reached;
    }

    /** The refusal of a state outside {@code allowed}, e.g. 申报表须为“草稿”或“已退回”，当前为“已提交”. */
    public RuleViolationException wrongState(Set<S> allowed, S current) {
        return new RuleViolationException(
                "status",
                "state",
                aggregateZh + "须为" + zh(allowed) + "，当前为" + zh(List.of(current)),
                "The " + aggregate + " must be "
                        + allowed.stream().map(Enum::name).collect(Collectors.joining(" or ")) + " for this; it is "
                        + current);
    }

    private String zh(Collection<S> states) {
        return states.stream().map(s -> "“" + nameZh(s) + "”").collect(Collectors.joining("或"));
    }

    /**
     * One row of a table.
     *
     * @param <S> the aggregate's status
     */
    public static final class Transition<S extends Enum<S>> {
        private final StateMachine<S> machine;
        private final String name;
        private final Set<S> from;
        private final S to;
        private final Set<Actor> actors;
        private final RoundPhase phase;
        private final List<Guard> guards;

        private Transition(StateMachine<S> machine, Builder.Row<S> row) {
            this.machine = machine;
            this.name = row.name;
            this.from = Collections.unmodifiableSet(row.from);
            this.to = row.to;
            this.actors = Collections.unmodifiableSet(row.actors);
            this.phase = row.phase;
            this.guards = List.copyOf(row.guards);
        }

        /** @return the table this row belongs to */
        public StateMachine<S> machine() {
            return machine;
        }

        /** @return the transition's name, also the audit action, e.g. {@code submit} */
        public String name() {
            return name;
        }

        /** @return the states it may start from; empty when it creates the aggregate */
        public Set<S> from() {
            return from;
        }

        /** @return the state it leads to, or {@code null} when it keeps the state */
        public S to() {
            return to;
        }

        /** @return who may fire it */
        public Set<Actor> actors() {
            return actors;
        }

        /** @return the round phase whose deadline bounds it, or {@code null} when none does */
        public RoundPhase phase() {
            return phase;
        }

        /** @return its guards, checked in this order */
        public List<Guard> guards() {
            return guards;
        }

        /** @return whether it creates the aggregate */
        public boolean creates() {
            return from.isEmpty();
        }

        /** @return whether it keeps the state (a revision) */
        public boolean keepsState() {
            return to == null && !from.isEmpty();
        }

        /** @return whether {@code actor} may fire it */
        public boolean allows(Actor actor) {
            return actors.contains(actor) || actors.contains(Actor.PUBLIC);
        }

        /**
         * Refuses an actor the table does not name.
         *
         * @throws RuleViolationException rule {@code actor-not-allowed}
         */
        public void requireActor(Actor actor) {
            if (!allows(actor)) {
                throw new RuleViolationException(
                        "actor",
                        "actor-not-allowed",
                        machine.aggregateZh + "的“" + name + "”操作不能由" + actor + "进行",
                        actor + " may not " + name + " a " + machine.aggregate);
            }
        }

        /**
         * Refuses the transition after its phase's deadline: the one "is the phase open" check.
         *
         * @throws RuleViolationException rule {@code deadline-passed}
         */
        public void requirePhaseOpen(RoundSchedule schedule, LocalDate today) {
            if (phase != null) {
                schedule.requireOpen(phase, today);
            }
        }

        /**
         * Checks every guard in order; a guard that does not hold is refused with its own refusal.
         * {@code holds} may also throw a more detailed refusal itself.
         */
        public void requireGuards(Predicate<Guard> holds) {
            for (Guard guard : guards) {
                if (!holds.test(guard)) {
                    throw guard.refusal();
                }
            }
        }

        /**
         * The state after this transition from {@code current}.
         *
         * @throws RuleViolationException rule {@code state} when it cannot start from {@code current}
         */
        public S target(S current) {
            if (creates()) {
                if (current != null) {
                    throw new IllegalArgumentException(name + " creates a " + machine.aggregate);
                }
                return to;
            }
            if (!from.contains(current)) {
                throw machine.wrongState(from, current);
            }
            return to == null ? current : to;
        }

        /**
         * The state after this transition when it may start from {@code current}, else {@code
         * current}: for cascades that move what they can and pass over the rest (certificates go
         * only to candidates still proposed).
         */
        public S targetOrSame(S current) {
            return !creates() && from.contains(current) ? target(current) : current;
        }

        /**
         * All checks in their order (actor, phase, guards, state) and the resulting state.
         *
         * @param schedule the round's schedule; may be {@code null} only when the row has no phase
         */
        public S fire(S current, Actor actor, RoundSchedule schedule, LocalDate today, Predicate<Guard> holds) {
            requireActor(actor);
            if (phase != null) {
                requirePhaseOpen(Objects.requireNonNull(schedule, "schedule"), today);
            }
            requireGuards(holds);
            return target(current);
        }

        @Override
        public String toString() {
            return machine.aggregate + "." + name;
        }
    }

    /**
     * Builds a table row by row.
     *
     * @param <S> the aggregate's status
     */
    public static final class Builder<S extends Enum<S>> {
        private final Class<S> statusType;
        private final String aggregate;
        private final String aggregateZh;
        private final Map<S, String> stateNamesZh;
        private final List<Row<S>> rows = new ArrayList<>();

        private Builder(Class<S> statusType, String aggregate, String aggregateZh) {
            this.statusType = statusType;
            this.aggregate = aggregate;
            this.aggregateZh = aggregateZh;
            this.stateNamesZh = new EnumMap<>(statusType);
        }

        /** Names a state in Chinese. */
        public Builder<S> state(S state, String nameZh) {
            stateNamesZh.put(state, nameZh);
            return this;
        }

        /** Starts a row that leads from {@code from} (empty: it creates) to {@code to}. */
        public Row<S> on(String name, Set<S> from, S to) {
            Row<S> row = new Row<>(this, name, from.isEmpty() ? EnumSet.noneOf(statusType) : EnumSet.copyOf(from), to);
            rows.add(row);
            return row;
        }

        /** Starts a row that creates the aggregate in state {@code to}. */
        public Row<S> creating(String name, S to) {
            return on(name, Set.of(), to);
        }

        /** Starts a row that revises the aggregate in the states {@code in}, keeping its state. */
        public Row<S> revising(String name, Set<S> in) {
            return on(name, in, null);
        }

        /** @return the table */
        public StateMachine<S> build() {
            return new StateMachine<>(this);
        }

        /**
         * One row being built.
         *
         * @param <S> the aggregate's status
         */
        public static final class Row<S extends Enum<S>> {
            private final Builder<S> builder;
            private final String name;
            private final Set<S> from;
            private final S to;
            private final Set<Actor> actors = EnumSet.noneOf(Actor.class);
            private RoundPhase phase;
            private final List<Guard> guards = new ArrayList<>();

            private Row(Builder<S> builder, String name, Set<S> from, S to) {
                this.builder = builder;
                this.name = name;
                this.from = from;
                this.to = to;
            }

            /** Who may fire it. */
            public Row<S> by(Actor first, Actor... more) {
                actors.add(first);
                actors.addAll(List.of(more));
                return this;
            }

            /** The phase whose deadline bounds it. */
            public Row<S> in(RoundPhase phase) {
                this.phase = phase;
                return this;
            }

            /** Its guards, checked in this order. */
            public Row<S> when(Guard... guards) {
                this.guards.addAll(List.of(guards));
                return this;
            }

            /** Ends this row and starts the next. */
            public Builder<S> and() {
                if (actors.isEmpty()) {
                    throw new IllegalStateException(builder.aggregate + "." + name + " names nobody who may fire it");
                }
                return builder;
            }

            /** Ends this row and the table. */
            public StateMachine<S> build() {
                return and().build();
            }
        }
    }
}
