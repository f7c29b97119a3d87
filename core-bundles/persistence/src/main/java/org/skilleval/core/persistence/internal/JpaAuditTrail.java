package org.skilleval.core.persistence.internal;

import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.Page;
import org.skilleval.core.persistence.AuditTrail;

@Component(service = AuditTrail.class)
public class JpaAuditTrail implements AuditTrail {

    private final JpaTransactions transactions;

    @Activate
    public JpaAuditTrail(@Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public Page<AuditEvent> of(String objectType, String objectId, int offset, int limit) {
        return transactions.read(entityManager -> {
            long total = entityManager
                    .createQuery(
                            "SELECT COUNT(e) FROM AuditEventEntity e WHERE e.objectType = :type AND e.objectId = :id",
                            Long.class)
                    .setParameter("type", objectType)
                    .setParameter("id", objectId)
                    .getSingleResult();
            var items = entityManager
                    .createQuery(
                            "SELECT e FROM AuditEventEntity e WHERE e.objectType = :type AND e.objectId = :id"
                                    + " ORDER BY e.id DESC",
                            AuditEventEntity.class)
                    .setParameter("type", objectType)
                    .setParameter("id", objectId)
                    .setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultStream()
                    .map(AuditEventEntity::toEvent)
                    .toList();
            return new Page<>(items, total, offset, limit);
        });
    }
}
