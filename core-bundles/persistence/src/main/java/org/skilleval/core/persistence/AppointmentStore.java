package org.skilleval.core.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AppointmentSettings;
import org.skilleval.core.domain.AppointmentStatisticsRow;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.rules.AppointmentStatus;

/**
 * Appointments (聘任) of certified holders and each enterprise's appointment settings; every write
 * audited in its transaction (or the caller's {@link UnitOfWork}). The store keeps what the
 * lifecycle decided; the database alone refuses a second appointment in force for one person.
 */
@ProviderType
public interface AppointmentStore {

    /**
     * Stores a new appointment with its audit event (action {@code action}); its id and version are
     * the store's.
     *
     * @throws org.skilleval.core.domain.ConflictException {@code DUPLICATE} when the holder already
     *     has an appointment in force
     */
    AppointmentRecord create(AppointmentRecord appointment, String action, String note, AuditActor actor);

    /**
     * Changes an appointment through {@code change} (which may refuse by throwing; nothing is
     * written then), with its audit event.
     *
     * @throws org.skilleval.core.domain.NotFoundException when there is none
     * @throws org.skilleval.core.domain.ConflictException {@code STALE_VERSION} when it changed since
     *     {@code expectedVersion}
     */
    AppointmentRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<AppointmentRecord> change);

    Optional<AppointmentRecord> find(long id);

    /** Every appointment of the person with this ID number, by start date. */
    List<AppointmentRecord> forHolder(String idNumber);

    /** The appointments in force that rest on a certificate of this application. */
    List<AppointmentRecord> inForceForApplication(long applicationId);

    /**
     * Appointments filtered on the server ({@code null} = any), ordered by term end then id.
     *
     * @param termEndBy only those whose term ends on or before this day
     */
    Page<AppointmentRecord> list(
            String cityCode, String creditCode, AppointmentStatus status, LocalDate termEndBy, int offset, int limit);

    /** The enterprise's settings; {@link AppointmentSettings#none} when it stored none. */
    AppointmentSettings settings(String creditCode);

    /**
     * Stores an enterprise's settings (action {@code set-appointment-settings}).
     *
     * @throws org.skilleval.core.domain.ConflictException {@code STALE_VERSION} when they changed
     *     since {@code settings.version()} (0: never stored)
     */
    AppointmentSettings saveSettings(AppointmentSettings settings, AuditActor actor);

    /**
     * Per group of {@code dimension} (city, enterprise or occupation; not round): valid
     * certificates, appointments in force, current ones whose term ends by {@code dueBy}, renewed
     * and ended ones, ordered by key.
     *
     * @param cityCode one city; {@code null} for all
     */
    List<AppointmentStatisticsRow> statistics(StatisticsDimension dimension, String cityCode, LocalDate dueBy);
}
