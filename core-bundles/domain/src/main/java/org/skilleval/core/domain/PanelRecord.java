package org.skilleval.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An expert panel (评委会, seed 二（四）): the experts who assess the candidates of one occupation of
 * a pilot enterprise's approved work plan in one round.
 *
 * @param id the panel's id
 * @param version the optimistic-locking version
 * @param roundId the round
 * @param participationId the enterprise's participation in the round
 * @param creditCode the enterprise (tenant key)
 * @param cityCode the enterprise's city
 * @param occupation the occupation (职业/工种) of the plan the panel assesses
 * @param members the experts, in the order the enterprise gave them
 * @param locked whether a score sheet has been submitted for the panel; its members then no longer change
 */
public record PanelRecord(
        long id,
        long version,
        long roundId,
        long participationId,
        String creditCode,
        String cityCode,
        String occupation,
        List<PanelMember> members,
        boolean locked) {

    public PanelRecord {
        Objects.requireNonNull(occupation, "occupation");
        members = List.copyOf(members);
    }

    /** The member who chairs the panel, if one does. */
    public Optional<PanelMember> chair() {
        return members.stream().filter(PanelMember::chair).findFirst();
    }

    /** The member with this expert id, if the expert sits on the panel. */
    public Optional<PanelMember> member(String expertId) {
        return members.stream().filter(m -> m.expertId().equals(expertId)).findFirst();
    }

    /** A copy with other members. */
    public PanelRecord withMembers(List<PanelMember> newMembers) {
        return new PanelRecord(
                id, version, roundId, participationId, creditCode, cityCode, occupation, newMembers, locked);
    }
}
