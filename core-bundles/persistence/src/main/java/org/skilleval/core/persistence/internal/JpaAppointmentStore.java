package org.skilleval.core.persistence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AppointmentSettings;
import org.skilleval.core.domain.AppointmentStatisticsRow;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.persistence.AppointmentStore;
import org.skilleval.core.rules.AppointmentLifecycle;
import org.skilleval.core.rules.AppointmentStatus;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.rules.City;

@Component(service = AppointmentStore.class)
public class JpaAppointmentStore implements AppointmentStore {

    static final String OBJECT_TYPE = "Appointment";
    static final String SETTINGS_OBJECT_TYPE = "AppointmentSettings";
    static final String SET_SETTINGS_ACTION = "set-appointment-settings";

    private final JpaTransactions transactions;

    @Activate
    public JpaAppointmentStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public AppointmentRecord create(AppointmentRecord appointment, String action, String note, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                AppointmentEntity entity = new AppointmentEntity(appointment);
                entityManager.persist(entity);
                entityManager.flush();
                AppointmentRecord created = entity.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), action, note, null, created);
                return created;
            });
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            throw alreadyAppointed();
        }
    }

    static ConflictException alreadyAppointed() {
        return new ConflictException(
                ConflictException.Kind.DUPLICATE,
                "该持证人已有在聘的聘任，同一人同时只能有一个在聘聘任",
                "The holder already has a current appointment; one person holds one at a time");
    }

    @Override
    public AppointmentRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<AppointmentRecord> change) {
        try {
            return transactions.updateAudited(
                    AppointmentEntity.class, OBJECT_TYPE, id, expectedVersion, action, note, actor, change);
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            throw alreadyAppointed();
        }
    }

    @Override
    public Optional<AppointmentRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(AppointmentEntity.class, id))
                .map(AppointmentEntity::toRecord));
    }

    @Override
    public List<AppointmentRecord> forHolder(String idNumber) {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT a FROM AppointmentEntity a WHERE a.holderIdNumber = :holder ORDER BY a.startDate, a.id",
                        AppointmentEntity.class)
                .setParameter("holder", idNumber)
                .getResultStream()
                .map(AppointmentEntity::toRecord)
                .toList());
    }

    @Override
    public List<AppointmentRecord> inForceForApplication(long applicationId) {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT a FROM AppointmentEntity a WHERE a.applicationId = :application"
                                + " AND a.status IN :inForce ORDER BY a.id",
                        AppointmentEntity.class)
                .setParameter("application", applicationId)
                .setParameter("inForce", List.copyOf(AppointmentLifecycle.IN_FORCE))
                .getResultStream()
                .map(AppointmentEntity::toRecord)
                .toList());
    }

    @Override
    public Page<AppointmentRecord> list(
            String cityCode, String creditCode, AppointmentStatus status, LocalDate termEndBy, int offset, int limit) {
        return transactions.read(entityManager -> {
            Filter filter = new Filter("AppointmentEntity")
                    .equal("cityCode", cityCode)
                    .equal("creditCode", creditCode)
                    .equal("status", status);
            if (termEndBy != null) {
                filter.where("e.termEnd <= :termEndBy", Map.of("termEndBy", termEndBy));
            }
            return filter.page(
                    entityManager,
                    AppointmentEntity.class,
                    "e.termEnd, e.id",
                    AppointmentEntity::toRecord,
                    offset,
                    limit);
        });
    }

    @Override
    public AppointmentSettings settings(String creditCode) {
        return transactions.read(
                entityManager -> Optional.ofNullable(entityManager.find(AppointmentSettingsEntity.class, creditCode))
                        .map(AppointmentSettingsEntity::toRecord)
                        .orElseGet(() -> AppointmentSettings.none(creditCode)));
    }

    @Override
    public AppointmentSettings saveSettings(AppointmentSettings settings, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                AppointmentSettingsEntity entity =
                        entityManager.find(AppointmentSettingsEntity.class, settings.creditCode());
                AppointmentSettings before = entity == null ? null : entity.toRecord();
                long current = entity == null ? 0 : entity.version();
                if (current != settings.version()) {
                    throw ConflictException.stale(SETTINGS_OBJECT_TYPE, 0, settings.version());
                }
                if (entity == null) {
                    entity = new AppointmentSettingsEntity(settings.creditCode());
                    entity.apply(settings);
                    entityManager.persist(entity);
                } else {
                    entity.apply(settings);
                }
                entityManager.flush();
                AppointmentSettings after = entity.toRecord();
                AuditEventEntity.record(
                        entityManager,
                        actor,
                        SETTINGS_OBJECT_TYPE,
                        settings.creditCode(),
                        SET_SETTINGS_ACTION,
                        "",
                        before,
                        after);
                return after;
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException
                    || e.getCause() instanceof OptimisticLockException
                    || JpaTransactions.isUniqueViolation(e)) {
                throw ConflictException.stale(SETTINGS_OBJECT_TYPE, 0, settings.version());
            }
            throw e;
        }
    }

    @Override
    public List<AppointmentStatisticsRow> statistics(StatisticsDimension dimension, String cityCode, LocalDate dueBy) {
        String certificateGroup = group("c", dimension);
        String appointmentGroup = group("a", dimension);
        return transactions.read(entityManager -> {
            Map<String, long[]> counts = new TreeMap<>();
            Map<String, Object> parameters = new HashMap<>();
            String cityCondition = cityCode == null ? "" : " AND c.cityCode = :city";
            if (cityCode != null) {
                parameters.put("city", cityCode);
            }
            parameters.put("valid", CertificateStatus.VALID);
            for (Object[] row : rows(
                    entityManager,
                    "SELECT " + certificateGroup + ", COUNT(c) FROM CertificateEntity c WHERE c.status = :valid"
                            + cityCondition + " GROUP BY " + certificateGroup,
                    parameters)) {
                counts.computeIfAbsent(String.valueOf(row[0]), k -> new long[5])[0] += number(row[1]);
            }
            Map<String, Object> appointmentParameters = new HashMap<>();
            String appointmentCity = cityCode == null ? "" : " AND a.cityCode = :city";
            if (cityCode != null) {
                appointmentParameters.put("city", cityCode);
            }
            appointmentParameters.put("current", AppointmentStatus.CURRENT);
            appointmentParameters.put("reviewed", AppointmentStatus.REVIEWED);
            appointmentParameters.put("renewed", AppointmentStatus.RENEWED);
            appointmentParameters.put("ended", AppointmentStatus.ENDED);
            appointmentParameters.put("dueBy", dueBy);
            for (Object[] row : rows(
                    entityManager,
                    "SELECT " + appointmentGroup + ","
                            + " SUM(CASE WHEN a.status = :current OR a.status = :reviewed THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN a.status = :current AND a.termEnd <= :dueBy THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN a.status = :renewed THEN 1 ELSE 0 END),"
                            + " SUM(CASE WHEN a.status = :ended THEN 1 ELSE 0 END)"
                            + " FROM AppointmentEntity a WHERE 1 = 1" + appointmentCity
                            + " GROUP BY " + appointmentGroup,
                    appointmentParameters)) {
                long[] count = counts.computeIfAbsent(String.valueOf(row[0]), k -> new long[5]);
                for (int i = 1; i <= 4; i++) {
                    count[i] += number(row[i]);
                }
            }
            Map<String, String> labels = labels(entityManager, dimension, counts.keySet());
            List<AppointmentStatisticsRow> result = new ArrayList<>();
            counts.forEach((key, count) -> result.add(new AppointmentStatisticsRow(
                    key, labels.get(key), count[0], count[1], count[2], count[3], count[4])));
            return result;
        });
    }

    private static String group(String alias, StatisticsDimension dimension) {
        return switch (dimension) {
            case CITY -> alias + ".cityCode";
            case ENTERPRISE -> alias + ".creditCode";
            case OCCUPATION -> alias + ".occupation";
            case ROUND -> throw new IllegalArgumentException("appointments are not counted per round");
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager entityManager, String jpql, Map<String, Object> parameters) {
        Query query = entityManager.createQuery(jpql);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static Map<String, String> labels(
            EntityManager entityManager, StatisticsDimension dimension, java.util.Set<String> keys) {
        Map<String, String> labels = new HashMap<>();
        if (keys.isEmpty()) {
            return labels;
        }
        switch (dimension) {
            case CITY -> keys.forEach(
                    code -> labels.put(code, City.fromCode(code).nameZh()));
            case ENTERPRISE -> entityManager
                    .createQuery(
                            "SELECT e.creditCode, e.name FROM EnterpriseEntity e WHERE e.creditCode IN :codes",
                            Object[].class)
                    .setParameter("codes", List.copyOf(keys))
                    .getResultList()
                    .forEach(row -> labels.put((String) row[0], (String) row[1]));
            default -> {
                // an occupation is its own label
            }
        }
        return labels;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
