package org.skilleval.core.persistence.internal;

import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PluginEvent;
import org.skilleval.core.persistence.PluginEventLog;

@Component(service = PluginEventLog.class)
public class JpaPluginEventLog implements PluginEventLog {

    private final JpaTransactions transactions;

    @Activate
    public JpaPluginEventLog(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public PluginEvent append(PluginEvent event) {
        return transactions.inTransaction(entityManager -> {
            PluginEventEntity entity = new PluginEventEntity(event);
            entityManager.persist(entity);
            entityManager.flush();
            return entity.toEvent();
        });
    }

    @Override
    public Page<PluginEvent> list(int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0");
        }
        return transactions.read(entityManager -> {
            long total = entityManager
                    .createQuery("SELECT COUNT(e) FROM PluginEventEntity e", Long.class)
                    .getSingleResult();
            var items = entityManager
                    .createQuery("SELECT e FROM PluginEventEntity e ORDER BY e.id DESC", PluginEventEntity.class)
                    .setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultStream()
                    .map(PluginEventEntity::toEvent)
                    .toList();
            return new Page<>(items, total, offset, limit);
        });
    }
}
