package org.skilleval.core.persistence.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.persistence.ScoreSheetStore;

@Component(service = ScoreSheetStore.class)
public class JpaScoreSheetStore implements ScoreSheetStore {

    static final String OBJECT_TYPE = "ScoreSheet";

    private final JpaTransactions transactions;

    @Activate
    public JpaScoreSheetStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public ScoreSheetRecord create(
            long applicationId,
            long panelId,
            String methodId,
            String expertId,
            Map<String, BigDecimal> points,
            String comment,
            AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                ScoreSheetRecord created = ScoreSheetEntity.insertDraft(
                        entityManager, applicationId, panelId, methodId, expertId, points, comment);
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "create", "", null, created);
                return created;
            });
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "评委 " + expertId + " 已有申报表 " + applicationId + " 的 " + methodId + " 评分表",
                    "Expert " + expertId + " already has a " + methodId + " sheet for application " + applicationId);
        }
    }

    @Override
    public ScoreSheetRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<ScoreSheetRecord> change) {
        return transactions.updateAudited(
                ScoreSheetEntity.class, OBJECT_TYPE, id, expectedVersion, action, note, actor, change);
    }

    @Override
    public List<ScoreSheetRecord> reflag(
            long applicationId,
            String methodId,
            Function<List<ScoreSheetRecord>, Map<Long, DivergenceFlag>> flags,
            AuditActor actor) {
        return transactions.inTransaction(entityManager -> {
            // Locked, so that two experts submitting the last sheets at once flag in turn, the
            // second with what the first wrote.
            List<ScoreSheetEntity> method = entityManager
                    .createQuery(
                            "SELECT s FROM ScoreSheetEntity s WHERE s.applicationId = :application"
                                    + " AND s.methodId = :method",
                            ScoreSheetEntity.class)
                    .setParameter("application", applicationId)
                    .setParameter("method", methodId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .stream()
                    // Derby takes no ORDER BY with FOR UPDATE
                    .sorted(Comparator.comparing(ScoreSheetEntity::expertId))
                    .toList();
            List<ScoreSheetRecord> before =
                    method.stream().map(ScoreSheetEntity::toRecord).toList();
            Map<Long, DivergenceFlag> wanted = flags.apply(before);
            List<ScoreSheetRecord> after = new ArrayList<>();
            for (int i = 0; i < method.size(); i++) {
                ScoreSheetEntity entity = method.get(i);
                ScoreSheetRecord current = before.get(i);
                DivergenceFlag flag = wanted.get(current.id());
                if (Objects.equals(flag, current.divergence())) {
                    after.add(current);
                    continue;
                }
                entity.apply(current.withDivergence(flag));
                entityManager.flush();
                ScoreSheetRecord changed = entity.toRecord();
                AuditEventEntity.record(
                        entityManager,
                        actor,
                        OBJECT_TYPE,
                        Long.toString(current.id()),
                        flag == null ? "divergence-clear" : "divergence-flag",
                        flag == null
                                ? ""
                                : "items " + String.join(", ", flag.items().keySet()),
                        current,
                        changed);
                after.add(changed);
            }
            return after;
        });
    }

    @Override
    public Optional<ScoreSheetRecord> find(long applicationId, String methodId, String expertId) {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT s FROM ScoreSheetEntity s WHERE s.applicationId = :application"
                                + " AND s.methodId = :method AND s.expertId = :expert",
                        ScoreSheetEntity.class)
                .setParameter("application", applicationId)
                .setParameter("method", methodId)
                .setParameter("expert", expertId)
                .getResultStream()
                .findFirst()
                .map(ScoreSheetEntity::toRecord));
    }

    @Override
    public List<ScoreSheetRecord> ofApplication(long applicationId) {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT s FROM ScoreSheetEntity s WHERE s.applicationId = :application"
                                + " ORDER BY s.methodId, s.expertId",
                        ScoreSheetEntity.class)
                .setParameter("application", applicationId)
                .getResultStream()
                .map(ScoreSheetEntity::toRecord)
                .toList());
    }

    @Override
    public Map<Long, Long> submittedCounts(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        List<Long> applications = List.copyOf(applicationIds);
        return transactions.read(entityManager -> RememberedAnswers.of(entityManager)
                .answer(entityManager, List.of("submitted-sheets", applications), () -> {
                    Map<Long, Long> counts = new HashMap<>();
                    entityManager
                            .createQuery(
                                    "SELECT s.applicationId, COUNT(s) FROM ScoreSheetEntity s"
                                            + " WHERE s.applicationId IN :applications AND s.status = :submitted"
                                            + " GROUP BY s.applicationId",
                                    Object[].class)
                            .setParameter("applications", applications)
                            .setParameter("submitted", ScoreSheetRecord.Status.SUBMITTED)
                            .getResultList()
                            .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
                    return Map.copyOf(counts);
                }));
    }
}
