package org.skilleval.core.lifecycle;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.security.Caller;

/**
 * Pilot enterprises (试点企业), per round (seed 一（一）, 二（一）): a city recommends enterprises of its own
 * city until the recommendation deadline; the province accepts or rejects them, and may grant a
 * city a place beyond its quota, with a reason. Every list and lookup is scoped: a city sees its
 * own enterprises, an enterprise itself only, the province everything; anything outside the
 * caller's scope does not exist for them.
 */
@ProviderType
public interface PilotEnterpriseService {

    /**
     * A city recommends an enterprise of its own city for a round.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is a city user
     * @throws org.skilleval.core.rules.RuleViolationException when the credit code is malformed, the
     *         enterprise belongs to another city, the recommendation deadline has passed, the
     *         enterprise misses a requirement or is a central-SOE branch filed with the ministry, is
     *         under a sanction, or the city's quota is full
     * @throws org.skilleval.core.domain.ConflictException when the enterprise is already in the round
     */
    ParticipationRecord recommend(
            Caller caller, long roundId, String creditCode, String enterpriseName, EnterpriseEvidence evidence);

    /** The province grants a city one more place in a round, with a reason. */
    void grantQuotaOverride(Caller caller, long roundId, String cityCode, String reason);

    /** The province accepts or rejects a recommended enterprise. */
    ParticipationRecord decide(Caller caller, long participationId, long version, boolean accept, String note);

    /**
     * A participation the caller may see.
     *
     * @throws org.skilleval.core.domain.NotFoundException when it does not exist or lies outside
     *         the caller's scope
     */
    ParticipationRecord find(Caller caller, long participationId);

    /** A round's participations within the caller's scope, filtered by city and status. */
    Page<ParticipationRecord> list(
            Caller caller, long roundId, String cityCode, ParticipationStatus status, int offset, int limit);
}
