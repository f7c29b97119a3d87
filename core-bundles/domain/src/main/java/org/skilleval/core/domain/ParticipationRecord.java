package org.skilleval.core.domain;

import java.util.Objects;
import org.skilleval.core.rules.ParticipationStatus;

/**
 * A pilot enterprise's participation in one round (试点企业, per round).
 *
 * @param id the participation's id
 * @param version the optimistic-locking version
 * @param roundId the round
 * @param enterpriseId the enterprise's id
 * @param creditCode the enterprise's 统一社会信用代码: the tenant key of its users ({@code enterprise:<code>})
 * @param enterpriseName the enterprise's name
 * @param cityCode the 设区市 that recommended it, e.g. 3201
 * @param evidence what the city declared
 * @param countsAgainstQuota whether it uses one of the city's places (G42+ bases do not)
 * @param status where it stands
 * @param recommendedBy the city user who recommended it
 * @param decisionNote the province's note on its decision; empty before
 */
public record ParticipationRecord(
        long id,
        long version,
        long roundId,
        long enterpriseId,
        String creditCode,
        String enterpriseName,
        String cityCode,
        EnterpriseEvidence evidence,
        boolean countsAgainstQuota,
        ParticipationStatus status,
        String recommendedBy,
        String decisionNote) {

    public ParticipationRecord {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(status, "status");
        decisionNote = decisionNote == null ? "" : decisionNote;
    }

    /** A copy with the province's decision. */
    public ParticipationRecord decided(ParticipationStatus newStatus, String note) {
        return new ParticipationRecord(
                id,
                version,
                roundId,
                enterpriseId,
                creditCode,
                enterpriseName,
                cityCode,
                evidence,
                countsAgainstQuota,
                newStatus,
                recommendedBy,
                note);
    }
}
