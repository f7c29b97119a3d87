package org.skilleval.core.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.persistence.ExpertPoolStore;

@Component(service = ExpertPoolStore.class)
public class JpaExpertPoolStore implements ExpertPoolStore {

    private static final int IN_CHUNK = 500;

    private final JpaTransactions transactions;

    @Activate
    public JpaExpertPoolStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public List<PoolExpertRecord> add(List<PoolExpertRecord> experts, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                List<PoolExpertEntity> created = new ArrayList<>(experts.size());
                for (PoolExpertRecord expert : experts) {
                    PoolExpertEntity entity = new PoolExpertEntity(expert);
                    entityManager.persist(entity);
                    created.add(entity);
                }
                entityManager.flush();
                List<PoolExpertRecord> records = new ArrayList<>(created.size());
                for (PoolExpertEntity entity : created) {
                    PoolExpertRecord after = entity.toRecord();
                    AuditEventEntity.record(
                            entityManager, actor, OBJECT_TYPE, after.expertId(), "create", "", null, after);
                    records.add(after);
                }
                return records;
            });
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            String which = experts.size() == 1 ? experts.get(0).expertId() : "";
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "专家编号" + (which.isEmpty() ? "" : " " + which) + " 已在专家库中",
                    "An expert id" + (which.isEmpty() ? "" : " " + which) + " is in the pool already");
        }
    }

    @Override
    public Optional<PoolExpertRecord> find(String expertId) {
        return transactions.read(
                entityManager -> entity(entityManager, expertId).map(PoolExpertEntity::toRecord));
    }

    @Override
    public Set<String> existing(Collection<String> expertIds) {
        List<String> all = new ArrayList<>(new HashSet<>(expertIds));
        Set<String> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            found.addAll(transactions.read(entityManager -> entityManager
                    .createQuery("SELECT e.expertId FROM PoolExpertEntity e WHERE e.expertId IN :ids", String.class)
                    .setParameter("ids", chunk)
                    .getResultList()));
        }
        return found;
    }

    @Override
    public Page<PoolExpertRecord> list(String cityCode, String occupation, int offset, int limit) {
        String where = " WHERE 1 = 1"
                + (cityCode == null ? "" : " AND e.cityCode = :city")
                + (occupation == null ? "" : " AND e.occupation = :occupation");
        return transactions.read(entityManager -> {
            TypedQuery<Long> count =
                    entityManager.createQuery("SELECT COUNT(e) FROM PoolExpertEntity e" + where, Long.class);
            TypedQuery<PoolExpertEntity> page = entityManager.createQuery(
                    "SELECT e FROM PoolExpertEntity e" + where + " ORDER BY e.expertId", PoolExpertEntity.class);
            for (TypedQuery<?> query : List.of(count, page)) {
                if (cityCode != null) {
                    query.setParameter("city", cityCode);
                }
                if (occupation != null) {
                    query.setParameter("occupation", occupation);
                }
            }
            List<PoolExpertRecord> items = page.setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultStream()
                    .map(PoolExpertEntity::toRecord)
                    .toList();
            return new Page<>(items, count.getSingleResult(), offset, limit);
        });
    }

    @Override
    public PoolExpertRecord setEnabled(String expertId, boolean enabled, AuditActor actor) {
        return transactions.inTransaction(entityManager -> {
            PoolExpertEntity entity =
                    entity(entityManager, expertId).orElseThrow(() -> new NotFoundException("PoolExpert", expertId));
            PoolExpertRecord before = entity.toRecord();
            entity.setEnabled(enabled);
            entityManager.flush();
            PoolExpertRecord after = entity.toRecord();
            AuditEventEntity.record(
                    entityManager, actor, OBJECT_TYPE, expertId, enabled ? "enable" : "disable", "", before, after);
            return after;
        });
    }

    private static Optional<PoolExpertEntity> entity(EntityManager entityManager, String expertId) {
        return entityManager
                .createQuery("SELECT e FROM PoolExpertEntity e WHERE e.expertId = :id", PoolExpertEntity.class)
                .setParameter("id", expertId)
                .getResultStream()
                .findFirst();
    }
}
