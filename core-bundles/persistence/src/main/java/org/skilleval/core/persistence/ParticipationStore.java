package org.skilleval.core.persistence;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.EnterpriseRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ParticipationStatus;

/** Pilot enterprises and their participation in rounds; every change audited. */
@ProviderType
public interface ParticipationStore {

    /**
     * Records a city's recommendation of an enterprise for a round, creating the enterprise on its
     * first recommendation.
     *
     * @throws NotFoundException when the round does not exist
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} when the enterprise is already
     *         in the round
     */
    ParticipationRecord recommend(
            long roundId,
            String creditCode,
            String enterpriseName,
            String cityCode,
            EnterpriseEvidence evidence,
            QuotaGate quota,
            AuditActor actor);

    /** Grants a city one more place in a round, recording why. */
    void grantQuotaOverride(long roundId, String cityCode, String reason, AuditActor actor);

    /**
     * Records the province's confirmation of the city an enterprise belongs to, with the reason;
     * audited under the enterprise's credit code. A later confirmation replaces an earlier one.
     */
    void confirmCity(String creditCode, String cityCode, String reason, AuditActor actor);

    /** An enterprise known by its credit code (one recommended at least once). */
    Optional<EnterpriseRecord> enterprise(String creditCode);

    /**
     * Stores the organisation and site codes an enterprise's certificates carry, audited under its
     * credit code ({@code set-certificate-codes}); the caller has validated them.
     *
     * @throws NotFoundException when no enterprise has the credit code
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} when the enterprise
     *         changed since {@code expectedVersion}
     */
    EnterpriseRecord setCertificateCodes(
            String creditCode,
            long expectedVersion,
            String organisationCode,
            String siteCode,
            String note,
            AuditActor actor);

    /** The city the province last confirmed for an enterprise, if it confirmed one. */
    Optional<String> confirmedCity(String creditCode);

    /**
     * Changes a participation in one transaction, like {@link RoundStore#update}.
     *
     * @throws NotFoundException when it does not exist
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} on a stale version
     */
    ParticipationRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<ParticipationRecord> change);

    Optional<ParticipationRecord> find(long id);

    /** The city an enterprise already known by its credit code was last recommended in. */
    Optional<String> cityOf(String creditCode);

    /**
     * A round's participations, filtered on the server by any of city, enterprise credit code and
     * status ({@code null} = any), ordered by id.
     */
    Page<ParticipationRecord> list(
            long roundId, String cityCode, String creditCode, ParticipationStatus status, int offset, int limit);
}
