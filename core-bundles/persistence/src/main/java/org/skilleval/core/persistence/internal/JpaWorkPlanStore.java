package org.skilleval.core.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.rules.WorkPlanStatus;

@Component(service = WorkPlanStore.class)
public class JpaWorkPlanStore implements WorkPlanStore {

    static final String OBJECT_TYPE = "WorkPlan";

    private final JpaTransactions transactions;

    @Activate
    public JpaWorkPlanStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public WorkPlanRecord create(ParticipationRecord participation, WorkPlanRecord.Content content, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                long existing = entityManager
                        .createQuery(
                                "SELECT COUNT(w) FROM WorkPlanEntity w WHERE w.participationId = :participation",
                                Long.class)
                        .setParameter("participation", participation.id())
                        .getSingleResult();
                if (existing > 0) {
                    throw duplicate(participation.id());
                }
                WorkPlanEntity plan = new WorkPlanEntity(participation, content);
                entityManager.persist(plan);
                entityManager.flush();
                WorkPlanRecord created = plan.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "create", "", null, created);
                return created;
            });
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            // The unique constraint is the backstop when two creations race past the count.
            throw duplicate(participation.id());
        }
    }

    @Override
    public WorkPlanRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<WorkPlanRecord> change) {
        return transactions.updateAudited(
                WorkPlanEntity.class, OBJECT_TYPE, id, expectedVersion, action, note, actor, change);
    }

    @Override
    public Optional<WorkPlanRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(WorkPlanEntity.class, id))
                .map(WorkPlanEntity::toRecord));
    }

    @Override
    public Optional<WorkPlanRecord> findByParticipation(long participationId) {
        return transactions.read(entityManager -> entityManager
                .createQuery("SELECT w FROM WorkPlanEntity w WHERE w.participationId = :p", WorkPlanEntity.class)
                .setParameter("p", participationId)
                .getResultStream()
                .findFirst()
                .map(WorkPlanEntity::toRecord));
    }

    @Override
    public Map<Long, Integer> methodCounts(Collection<Long> participationIds) {
        if (participationIds.isEmpty()) {
            return Map.of();
        }
        List<Long> participations = List.copyOf(participationIds);
        return transactions.read(entityManager -> RememberedAnswers.of(entityManager)
                .answer(entityManager, List.of("plan-method-counts", participations), () -> entityManager
                        .createQuery(
                                "SELECT w.participationId, w.methods FROM WorkPlanEntity w"
                                        + " WHERE w.participationId IN :participations",
                                Object[].class)
                        .setParameter("participations", participations)
                        .getResultStream()
                        .collect(Collectors.toUnmodifiableMap(
                                row -> (Long) row[0], row -> WorkPlanEntity.methodCount((String) row[1])))));
    }

    @Override
    public Page<WorkPlanRecord> list(
            long roundId, String cityCode, String creditCode, WorkPlanStatus status, int offset, int limit) {
        return transactions.read(entityManager -> new Filter("WorkPlanEntity")
                .equal("roundId", roundId)
                .equal("cityCode", cityCode)
                .equal("creditCode", creditCode)
                .equal("status", status)
                .page(entityManager, WorkPlanEntity.class, "e.id", WorkPlanEntity::toRecord, offset, limit));
    }

    @Override
    public List<PinnedVersionCount> pinnedVersions(String pluginId) {
        Objects.requireNonNull(pluginId, "pluginId");
        // The choices live in one text column per plan, so the approved plans are read and counted
        // here; an approved plan never changes again, and a province has a few hundred per round.
        record Key(long roundId, String kind, String version) {}
        Map<Key, Long> counts = new TreeMap<>(java.util.Comparator.comparingLong(Key::roundId)
                .thenComparing(Key::kind)
                .thenComparing(Key::version));
        transactions.read(entityManager -> {
            entityManager
                    .createQuery(
                            "SELECT w FROM WorkPlanEntity w WHERE w.status = :approved ORDER BY w.id",
                            WorkPlanEntity.class)
                    .setParameter("approved", WorkPlanStatus.APPROVED)
                    .getResultStream()
                    .map(WorkPlanEntity::toRecord)
                    .forEach(plan -> {
                        for (PluginChoice method : plan.methods()) {
                            if (method.pluginId().equals(pluginId)) {
                                counts.merge(new Key(plan.roundId(), "method", method.pinnedVersion()), 1L, Long::sum);
                            }
                        }
                        PluginChoice scheme = plan.scheme();
                        if (scheme != null && scheme.pluginId().equals(pluginId)) {
                            counts.merge(new Key(plan.roundId(), "scheme", scheme.pinnedVersion()), 1L, Long::sum);
                        }
                    });
            return null;
        });
        List<PinnedVersionCount> result = new ArrayList<>();
        counts.forEach(
                (key, plans) -> result.add(new PinnedVersionCount(key.roundId(), key.kind(), key.version(), plans)));
        return result;
    }

    private static ConflictException duplicate(long participationId) {
        return new ConflictException(
                ConflictException.Kind.DUPLICATE,
                "该试点企业已有工作方案",
                "Pilot enterprise " + participationId + " already has a work plan");
    }
}
