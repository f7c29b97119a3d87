package org.skilleval.core.lifecycle;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.EnterpriseRecord;
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
     * @throws org.skilleval.core.rules.RuleViolationException when the credit code is malformed (its
     *         check character included), the enterprise belongs to another city than its credit code
     *         names ({@code city-mismatch}), the code names no city and the province has not confirmed
     *         one ({@code city-confirmation-needed}), the recommendation deadline has passed, the
     *         enterprise misses a requirement or is a central-SOE branch filed with the ministry, is
     *         under a sanction, or the city's quota is full
     * @throws org.skilleval.core.domain.ConflictException when the enterprise is already in the round
     */
    ParticipationRecord recommend(
            Caller caller, long roundId, String creditCode, String enterpriseName, EnterpriseEvidence evidence);

    /**
     * The province confirms the city an enterprise belongs to when its credit code names none
     * (registered with the province, {@code 320000}, or outside Jiangsu), with a reason; from then on
     * only that city may recommend it. Audited under the enterprise's credit code.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     * @throws org.skilleval.core.rules.RuleViolationException when the credit code is malformed or
     *         already names a city ({@code city-from-code}), the city is not one of Jiangsu's, or the
     *         reason is missing
     */
    void confirmCity(Caller caller, String creditCode, String cityCode, String reason);

    /**
     * An enterprise the caller may see: the province any, a city those of its city, an enterprise
     * itself.
     *
     * @throws org.skilleval.core.domain.NotFoundException when there is none in the caller's
     *         scope
     */
    EnterpriseRecord enterprise(Caller caller, String creditCode);

    /**
     * The enterprise sets the organisation code (positions 2–5) and site code (positions 8–13) its
     * certificates carry, once, instead of typing them at every issuance; audited.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the
     *         enterprise itself
     * @throws org.skilleval.core.rules.RuleViolationException {@code organisationCode} rule
     *         {@code organisation-code}, {@code siteCode} rule {@code site-code} (the rules of
     *         {@link org.skilleval.core.rules.CertificateCode}), or {@code required}
     * @throws org.skilleval.core.domain.ConflictException on a stale version
     */
    EnterpriseRecord setCertificateCodes(
            Caller caller, String creditCode, long version, String organisationCode, String siteCode);

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
