package org.skilleval.core.persistence.internal;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.QuotaGate;
import org.skilleval.core.rules.ParticipationStatus;

@Component(service = ParticipationStore.class)
public class JpaParticipationStore implements ParticipationStore {

    static final String OBJECT_TYPE = "Participation";

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
                            ConflictException.Kind.DUPLICATE, creditCode + " is already in round " + roundId);
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
