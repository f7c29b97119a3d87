package org.skilleval.core.domain;

import java.util.Objects;

/**
 * A relation a panel member declares to a candidate (回避申报), so that the conflict-of-interest
 * rules can keep the member from judging that candidate.
 *
 * @param applicationId the candidate's application
 * @param relation how the member is related to the candidate
 * @param note what the member adds, e.g. the kind of kinship; empty when nothing
 */
public record ExpertRelation(long applicationId, Kind relation, String note) {

    /** The relations the pilot scheme's 回避 covers besides working in the same department. */
    public enum Kind {
        /** The member is the candidate's direct superior (直接上级). */
        DIRECT_SUPERIOR,
        /** The member is the candidate's direct subordinate (直接下级). */
        DIRECT_SUBORDINATE,
        /** The member is the candidate's mentor (师傅). */
        MENTOR,
        /** The member is the candidate's apprentice (徒弟). */
        APPRENTICE,
        /** The member is a relative of the candidate (亲属). */
        RELATIVE
    }

    public ExpertRelation {
        Objects.requireNonNull(relation, "relation");
        note = note == null ? "" : note;
    }
}
