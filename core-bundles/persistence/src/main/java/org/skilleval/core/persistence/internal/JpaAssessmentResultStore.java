package org.skilleval.core.persistence.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.persistence.AssessmentResultStore;
import org.skilleval.core.persistence.RankedCandidate;

@Component(service = AssessmentResultStore.class)
public class JpaAssessmentResultStore implements AssessmentResultStore {

    static final String OBJECT_TYPE = "AssessmentResult";

    private final JpaTransactions transactions;

    @Activate
    public JpaAssessmentResultStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public AssessmentResultRecord record(
            AssessmentResultRecord result, UnaryOperator<ApplicationRecord> applicationChange, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                ApplicationEntity application = entityManager.find(ApplicationEntity.class, result.applicationId());
                if (application == null) {
                    throw new NotFoundException(JpaApplicationStore.OBJECT_TYPE, Long.toString(result.applicationId()));
                }
                ApplicationRecord before = application.toRecord();
                application.apply(applicationChange.apply(before));
                entityManager.flush();
                AuditEventEntity.record(
                        entityManager,
                        actor,
                        JpaApplicationStore.OBJECT_TYPE,
                        Long.toString(before.id()),
                        "assess",
                        "",
                        before,
                        application.toRecord());

                AssessmentResultEntity stored = existing(entityManager, result.applicationId());
                if (stored == null) {
                    stored = new AssessmentResultEntity(result);
                    entityManager.persist(stored);
                    entityManager.flush();
                    AssessmentResultRecord created = stored.toRecord();
                    AuditEventEntity.record(
                            entityManager,
                            actor,
                            OBJECT_TYPE,
                            Long.toString(created.id()),
                            "evaluate",
                            "",
                            null,
                            created);
                    return created;
                }
                AssessmentResultRecord replaced = stored.toRecord();
                stored.replace(result);
                entityManager.flush();
                AssessmentResultRecord after = stored.toRecord();
                AuditEventEntity.record(
                        entityManager,
                        actor,
                        OBJECT_TYPE,
                        Long.toString(after.id()),
                        "re-evaluate",
                        "",
                        replaced,
                        after);
                return after;
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new ConflictException(
                        ConflictException.Kind.STALE_VERSION,
                        "申报表 " + result.applicationId() + " 在计算评审结果期间已被修改",
                        "Application " + result.applicationId() + " changed while it was evaluated");
            }
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "申报表 " + result.applicationId() + " 的评审结果已被同时计算",
                    "Application " + result.applicationId() + " was evaluated at the same time");
        }
    }

    @Override
    public Optional<AssessmentResultRecord> findByApplication(long applicationId) {
        return transactions.read(entityManager ->
                Optional.ofNullable(existing(entityManager, applicationId)).map(AssessmentResultEntity::toRecord));
    }

    @Override
    public List<RankedCandidate> ranking(long roundId) {
        return transactions.read(entityManager -> {
            List<Object[]> rows = entityManager
                    .createQuery(
                            "SELECT r.applicationId, r.creditCode, r.total, r.passed FROM AssessmentResultEntity r"
                                    + " WHERE r.roundId = :round ORDER BY r.total DESC, r.applicationId",
                            Object[].class)
                    .setParameter("round", roundId)
                    .getResultList();
            List<RankedCandidate> ranking = new ArrayList<>(rows.size());
            int rank = 0;
            BigDecimal previous = null;
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                BigDecimal total = (BigDecimal) row[2];
                if (previous == null || total.compareTo(previous) != 0) {
                    rank = i + 1;
                    previous = total;
                }
                ranking.add(new RankedCandidate(
                        rank, ((Number) row[0]).longValue(), (String) row[1], total, Boolean.TRUE.equals(row[3])));
            }
            return ranking;
        });
    }

    @Override
    public void recordRecompute(long resultId, String note, AuditActor actor) {
        transactions.inTransaction(entityManager -> {
            if (entityManager.find(AssessmentResultEntity.class, resultId) == null) {
                throw new NotFoundException(OBJECT_TYPE, Long.toString(resultId));
            }
            AuditEventEntity.record(
                    entityManager, actor, OBJECT_TYPE, Long.toString(resultId), "recompute", note, null, null);
            return null;
        });
    }

    private static AssessmentResultEntity existing(EntityManager entityManager, long applicationId) {
        return entityManager
                .createQuery(
                        "SELECT r FROM AssessmentResultEntity r WHERE r.applicationId = :application",
                        AssessmentResultEntity.class)
                .setParameter("application", applicationId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
