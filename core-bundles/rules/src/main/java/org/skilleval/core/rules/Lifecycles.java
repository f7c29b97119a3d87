package org.skilleval.core.rules;

import java.util.List;

/** Every aggregate's state machine, in the order the round meets them; the state diagrams come from these. */
public final class Lifecycles {

    /** The tables: seven aggregates, and the candidates on a proposal list. */
    public static final List<StateMachine<?>> ALL = List.of(
            ParticipationLifecycle.MACHINE,
            WorkPlanLifecycle.MACHINE,
            ApplicationLifecycle.MACHINE,
            ProposalListLifecycle.MACHINE,
            ProposalEntryLifecycle.MACHINE,
            ObjectionLifecycle.MACHINE,
            CertificateLifecycle.MACHINE,
            AppointmentLifecycle.MACHINE);

    private Lifecycles() {}

    /** @return the Chinese name of any aggregate status of the tables, e.g. {@code 已退回} */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String nameZh(Enum<?> status) {
        for (StateMachine machine : ALL) {
            if (machine.statusType() == status.getDeclaringClass()) {
                return machine.nameZh((Enum) status);
            }
        }
        throw new IllegalArgumentException("no lifecycle for " + status.getDeclaringClass());
    }
}
