package org.skilleval.core.rules;

import java.util.stream.Collectors;

/**
 * Mermaid state diagrams drawn from the tables, so that the pictures in {@code docs/} are the
 * tables and cannot drift from them ({@code StateDiagramsTest} fails when the committed file
 * differs).
 */
public final class StateDiagrams {

    private StateDiagrams() {}

    /** @return the whole Markdown document: one section per aggregate, a diagram and its table */
    public static String document() {
        StringBuilder out = new StringBuilder();
        out.append("# State machines\n\n");
        out.append("Generated from the tables in `org.skilleval.core.rules` (`*Lifecycle`) by `StateDiagrams`;\n");
        out.append("do not edit. `StateDiagramsTest` fails when this file is out of date; regenerate with\n");
        out.append("`mvn -pl core-bundles/rules test -Dtest=StateDiagramsTest -Dstatemachines.write=true`.\n\n");
        out.append("A transition without a from-state creates the aggregate; one that keeps the state revises\n");
        out.append("it. Guards are checked by the lifecycle services in the order listed.\n");
        for (StateMachine<?> machine : Lifecycles.ALL) {
            out.append('\n').append(section(machine));
        }
        return out.toString();
    }

    /** @return one aggregate's section: heading, Mermaid diagram, table */
    public static <S extends Enum<S>> String section(StateMachine<S> machine) {
        StringBuilder out = new StringBuilder();
        out.append("## ")
                .append(Character.toUpperCase(machine.aggregate().charAt(0)))
                .append(machine.aggregate().substring(1))
                .append(" (")
                .append(machine.aggregateZh())
                .append(")\n\n");
        out.append(mermaid(machine)).append('\n');
        out.append("| transition | from | to | who | phase | guards |\n");
        out.append("| --- | --- | --- | --- | --- | --- |\n");
        for (StateMachine.Transition<S> t : machine.transitions()) {
            out.append("| ")
                    .append(t.name())
                    .append(" | ")
                    .append(t.creates() ? "(new)" : names(t.from()))
                    .append(" | ")
                    .append(t.to() == null ? "(same)" : t.to().name())
                    .append(" | ")
                    .append(t.actors().stream()
                            .map(a -> a.name().toLowerCase(java.util.Locale.ROOT))
                            .collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(t.phase() == null ? "—" : t.phase().name())
                    .append(" | ")
                    .append(
                            t.guards().isEmpty()
                                    ? "—"
                                    : t.guards().stream().map(Guard::id).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** @return the Mermaid {@code stateDiagram-v2} block of one table */
    public static <S extends Enum<S>> String mermaid(StateMachine<S> machine) {
        StringBuilder out = new StringBuilder("```mermaid\nstateDiagram-v2\n");
        for (S state : machine.statusType().getEnumConstants()) {
            out.append("    ")
                    .append(state.name())
                    .append(" : ")
                    .append(state.name())
                    .append(' ')
                    .append(machine.nameZh(state))
                    .append('\n');
        }
        for (StateMachine.Transition<S> t : machine.transitions()) {
            if (t.creates()) {
                out.append("    [*] --> ")
                        .append(t.to().name())
                        .append(" : ")
                        .append(t.name())
                        .append('\n');
                continue;
            }
            for (S from : t.from()) {
                S to = t.to() == null ? from : t.to();
                out.append("    ")
                        .append(from.name())
                        .append(" --> ")
                        .append(to.name())
                        .append(" : ")
                        .append(t.name())
                        .append('\n');
            }
        }
        for (S state : machine.finalStates()) {
            out.append("    ").append(state.name()).append(" --> [*]\n");
        }
        return out.append("```\n").toString();
    }

    private static String names(java.util.Set<? extends Enum<?>> states) {
        return states.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
