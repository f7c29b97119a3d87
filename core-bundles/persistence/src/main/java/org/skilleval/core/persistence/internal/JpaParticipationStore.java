package org.skilleval.core.persistence.internal;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.EnterpriseRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.QuotaGate;
import org.skilleval.core.rules.ParticipationStatus;

@Component(service = ParticipationStore.class)
public class JpaParticipationStore implements ParticipationStore {

    static final String OBJECT_TYPE = "Participation";
    /** The audit trail's name for an enterprise, kept under its credit code. */
    static final String ENTERPRISE_OBJECT_TYPE = "Enterprise";

    private final JpaTransactions transactions;

    @Activate
    public JpaParticipationStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public ParticipationRecord recommend(
            long roundId,
            String creditCode,
            String enterpriseName,
            String cityCode,
            EnterpriseEvidence evidence,
            QuotaGate quota,
            AuditActor actor) {
        return transactions.inTransaction(entityManager -> {
            // Recommendations of one round queue behind this lock, so the quota is counted once at a time.
            if (entityManager.find(RoundEntity.class, roundId, LockModeType.PESSIMISTIC_WRITE) == null) {
                throw new NotFoundException("Round", Long.toString(roundId));
            }
            EnterpriseEntity enterprise = enterprise(entityManager, creditCode).orElse(null);
            if (enterprise == null) {
                enterprise = new EnterpriseEntity(creditCode, enterpriseName, cityCode);
                entityManager.persist(enterprise);
            } else {
                if (!enterprise.cityCode().equals(cityCode)) {
                    // The city is the one the credit code (or the province) names; an older record may
                    // hold the city of whoever recommended the enterprise first.
                    enterprise.moveTo(cityCode);
                }
                long already = entityManager
                        .createQuery(
                                "SELECT COUNT(p) FROM ParticipationEntity p"
                                        + " WHERE p.roundId = :round AND p.enterprise = :enterprise",
                                Long.class)
                        .setParameter("round", roundId)
                        .setParameter("enterprise", enterprise)
                        .getSingleResult();
                if (already > 0) {
                    throw new ConflictException(
                            ConflictException.Kind.DUPLICATE,
                            "企业 " + creditCode + " 已在本评聘批次中",
                            "Enterprise " + creditCode + " is already in round " + roundId);
                }
                enterprise.rename(enterpriseName);
            }
            int counted = entityManager
                    .createQuery(
                            "SELECT COUNT(p) FROM ParticipationEntity p WHERE p.roundId = :round"
                                    + " AND p.cityCode = :city AND p.countsAgainstQuota = TRUE AND p.status <> :rejected",
                            Long.class)
                    .setParameter("round", roundId)
                    .setParameter("city", cityCode)
                    .setParameter("rejected", ParticipationStatus.REJECTED)
                    .getSingleResult()
                    .intValue();
            int overrides = entityManager
                    .createQuery(
                            "SELECT COUNT(o) FROM QuotaOverrideEntity o WHERE o.roundId = :round AND o.cityCode = :city",
                            Long.class)
                    .setParameter("round", roundId)
                    .setParameter("city", cityCode)
                    .getSingleResult()
                    .intValue();
            boolean countsAgainstQuota = quota.countsAgainstQuota(counted, overrides);
            ParticipationEntity participation =
                    new ParticipationEntity(roundId, enterprise, evidence, countsAgainstQuota, actor.username());
            entityManager.persist(participation);
            entityManager.flush();
            ParticipationRecord created = participation.toRecord();
            AuditEventEntity.record(
                    entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "recommend", "", null, created);
            return created;
        });
    }

    @Override
    public void grantQuotaOverride(long roundId, String cityCode, String reason, AuditActor actor) {
        transactions.inTransaction(entityManager -> {
            if (entityManager.find(RoundEntity.class, roundId) == null) {
                throw new NotFoundException("Round", Long.toString(roundId));
            }
            QuotaOverrideEntity granted = new QuotaOverrideEntity(roundId, cityCode, reason, actor.username());
            entityManager.persist(granted);
            entityManager.flush();
            AuditEventEntity.record(
                    entityManager,
                    actor,
                    "Round",
                    Long.toString(roundId),
                    "grant-quota-override",
                    cityCode + ": " + reason,
                    null,
                    granted);
            return granted;
        });
    }

    @Override
    public void confirmCity(String creditCode, String cityCode, String reason, AuditActor actor) {
        transactions.inTransaction(entityManager -> {
            CityConfirmationEntity confirmation =
                    new CityConfirmationEntity(creditCode, cityCode, reason, actor.username());
            entityManager.persist(confirmation);
            entityManager.flush();
            AuditEventEntity.record(
                    entityManager,
                    actor,
                    ENTERPRISE_OBJECT_TYPE,
                    creditCode,
                    "confirm-city",
                    cityCode + ": " + reason,
                    null,
                    confirmation);
            return confirmation;
        });
    }

    @Override
    public Optional<EnterpriseRecord> enterprise(String creditCode) {
        return transactions.read(
                entityManager -> enterprise(entityManager, creditCode).map(EnterpriseEntity::toRecord));
    }

    @Override
    public EnterpriseRecord setCertificateCodes(
            String creditCode,
            long expectedVersion,
            String organisationCode,
            String siteCode,
            String note,
            AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                EnterpriseEntity enterprise = enterprise(entityManager, creditCode)
                        .orElseThrow(() -> new NotFoundException(ENTERPRISE_OBJECT_TYPE, creditCode));
                if (enterprise.version() != expectedVersion) {
                    throw ConflictException.stale(ENTERPRISE_OBJECT_TYPE, enterprise.id(), expectedVersion);
                }
                EnterpriseRecord before = enterprise.toRecord();
                enterprise.setCertificateCodes(organisationCode, siteCode);
                entityManager.flush();
                EnterpriseRecord after = enterprise.toRecord();
                AuditEventEntity.record(
                        entityManager,
                        actor,
                        ENTERPRISE_OBJECT_TYPE,
                        creditCode,
                        "set-certificate-codes",
                        note,
                        before,
                        after);
                return after;
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new ConflictException(
                        ConflictException.Kind.STALE_VERSION,
                        "该企业的信息刚刚被他人同时修改",
                        "Enterprise " + creditCode + " was changed by someone else at the same moment");
            }
            throw e;
        }
    }

    @Override
    public Optional<String> confirmedCity(String creditCode) {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT c FROM CityConfirmationEntity c WHERE c.creditCode = :code ORDER BY c.id DESC",
                        CityConfirmationEntity.class)
                .setParameter("code", creditCode)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(CityConfirmationEntity::cityCode));
    }

    @Override
    public ParticipationRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<ParticipationRecord> change) {
        return transactions.updateAudited(
                ParticipationEntity.class, OBJECT_TYPE, id, expectedVersion, action, note, actor, change);
    }

    @Override
    public Optional<ParticipationRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(ParticipationEntity.class, id))
                .map(ParticipationEntity::toRecord));
    }

    @Override
    public Optional<String> cityOf(String creditCode) {
        return transactions.read(
                entityManager -> enterprise(entityManager, creditCode).map(EnterpriseEntity::cityCode));
    }

    @Override
    public Page<ParticipationRecord> list(
            long roundId, String cityCode, String creditCode, ParticipationStatus status, int offset, int limit) {
        return transactions.read(entityManager -> new Filter("ParticipationEntity")
                .equal("roundId", roundId)
                .equal("cityCode", cityCode)
                .equal("enterprise.creditCode", creditCode)
                .equal("status", status)
                .page(entityManager, ParticipationEntity.class, "e.id", ParticipationEntity::toRecord, offset, limit));
    }

    private static Optional<EnterpriseEntity> enterprise(EntityManager entityManager, String creditCode) {
        return entityManager
                .createQuery("SELECT e FROM EnterpriseEntity e WHERE e.creditCode = :code", EnterpriseEntity.class)
                .setParameter("code", creditCode)
                .getResultStream()
                .findFirst();
    }
}
