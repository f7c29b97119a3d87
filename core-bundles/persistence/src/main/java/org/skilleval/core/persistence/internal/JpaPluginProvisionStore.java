package org.skilleval.core.persistence.internal;

import java.util.List;
import java.util.Objects;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.persistence.PluginProvision;
import org.skilleval.core.persistence.PluginProvisionStore;

@Component(service = PluginProvisionStore.class)
public class JpaPluginProvisionStore implements PluginProvisionStore {

    static final String OBJECT_TYPE = "PluginProvision";

    /** EclipseLink's hint to overwrite cached objects with the rows read (QueryHints.REFRESH). */
    private static final String REFRESH = "eclipselink.refresh";

    /** Two nodes recording the same new item at once: the loser reads the winner's row and tries again. */
    private static final int ATTEMPTS = 3;

    private final JpaTransactions transactions;

    @Activate
    public JpaPluginProvisionStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public List<PluginProvision> desired() {
        return transactions.read(entityManager -> entityManager
                .createQuery("SELECT p FROM PluginProvisionEntity p ORDER BY p.id", PluginProvisionEntity.class)
                .getResultStream()
                .map(PluginProvisionEntity::toRecord)
                .toList());
    }

    @Override
    public PluginProvision record(PluginProvision wanted, AuditActor actor) {
        Objects.requireNonNull(wanted, "wanted");
        Objects.requireNonNull(actor, "actor");
        PluginProvision stamped = new PluginProvision(
                0,
                0,
                wanted.kind(),
                wanted.name(),
                wanted.itemVersion(),
                wanted.present(),
                wanted.present() ? wanted.content() : "",
                actor.username(),
                wanted.changedAt());
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(entityManager -> write(entityManager, stamped, actor));
            } catch (PersistenceException e) {
                if (attempt >= ATTEMPTS || !(JpaTransactions.isUniqueViolation(e) || isOptimisticLock(e))) {
                    throw e;
                }
            }
        }
    }

    private static PluginProvision write(EntityManager entityManager, PluginProvision wanted, AuditActor actor) {
        PluginProvisionEntity entity = entityManager
                .createQuery(
                        "SELECT p FROM PluginProvisionEntity p WHERE p.itemKey = :key", PluginProvisionEntity.class)
                .setParameter("key", wanted.key())
                .getResultStream()
                .findFirst()
                .orElse(null);
        String action = wanted.present() ? "present" : "absent";
        if (entity == null) {
            PluginProvisionEntity created = new PluginProvisionEntity(wanted);
            entityManager.persist(created);
            entityManager.flush();
            PluginProvision after = created.toRecord();
            AuditEventEntity.record(
                    entityManager, actor, OBJECT_TYPE, Long.toString(after.id()), action, wanted.key(), null, after);
            return after;
        }
        PluginProvision before = entity.toRecord();
        if (before.sameStateAs(wanted)) {
            return before;
        }
        entity.apply(wanted);
        entityManager.flush();
        PluginProvision after = entity.toRecord();
        AuditEventEntity.record(
                entityManager, actor, OBJECT_TYPE, Long.toString(after.id()), action, wanted.key(), before, after);
        return after;
    }

    private static boolean isOptimisticLock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void recordApplied(String objectType, long objectId, String action, String note, AuditActor node) {
        if (!OBJECT_TYPE.equals(objectType) && !JpaPluginUploadStore.OBJECT_TYPE.equals(objectType)) {
            throw new IllegalArgumentException("a node applies plugin provisions and uploads, not " + objectType);
        }
        String shortNote = note.length() > 2000 ? note.substring(0, 2000) : note;
        transactions.inTransaction(entityManager -> {
            AuditEventEntity.record(
                    entityManager, node, objectType, Long.toString(objectId), action, shortNote, null, null);
            return null;
        });
    }

    @Override
    public List<PluginUploadRecord> uploads() {
        return transactions.read(entityManager -> entityManager
                .createQuery("SELECT u FROM PluginUploadEntity u ORDER BY u.id", PluginUploadEntity.class)
                .setHint(REFRESH, "true")
                .getResultStream()
                .map(PluginUploadEntity::toRecord)
                .toList());
    }
}
