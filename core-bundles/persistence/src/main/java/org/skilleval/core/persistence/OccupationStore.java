package org.skilleval.core.persistence;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.domain.Page;

/**
 * The occupation catalogue (职业（工种）目录), with every change audited in its own transaction. The
 * store keeps what it is given: the lifecycle checks names, codes and bases before they get here.
 */
@ProviderType
public interface OccupationStore {

    /**
     * Adds an active occupation together with its audit event (action {@code create}).
     *
     * @param code the national classification code; {@code null} for none
     * @param basis the standard or specification; {@code null} for none
     * @return the stored occupation with its id
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} when the catalogue already
     *         has an occupation of this name, active or not
     */
    OccupationRecord create(
            String code, String name, boolean hasSeniorTechnicianStandard, String basis, AuditActor actor);

    /**
     * Changes an occupation in one transaction: reads it, checks the version the caller read,
     * applies {@code change} (which may refuse by throwing; then nothing is written), stores the
     * result and its audit event, with {@code note} saying why. The code and the name never change.
     *
     * @throws NotFoundException when the occupation does not exist
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} when the occupation
     *         changed since the caller read {@code expectedVersion}
     */
    OccupationRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<OccupationRecord> change);

    /** The occupation of exactly this name, active or not. */
    Optional<OccupationRecord> findByName(String name);

    Optional<OccupationRecord> find(long id);

    /**
     * Occupations ordered by name, filtered in the database.
     *
     * @param nameContains a part of the name, ignoring case; {@code null} for any name. {@code %} and
     *     {@code _} match themselves.
     * @param hasStandard the flag the occupations must have; {@code null} for any
     */
    Page<OccupationRecord> list(String nameContains, Boolean hasStandard, int offset, int limit);
}
