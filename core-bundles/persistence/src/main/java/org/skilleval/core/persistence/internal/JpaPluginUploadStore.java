package org.skilleval.core.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.persistence.PluginUploadStore;

@Component(service = PluginUploadStore.class)
public class JpaPluginUploadStore implements PluginUploadStore {

    static final String OBJECT_TYPE = "PluginUpload";

    private final JpaTransactions transactions;

    @Activate
    public JpaPluginUploadStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public PluginUploadRecord create(PluginUploadRecord upload, byte[] jar, AuditActor actor) {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(actor, "actor");
        if (jar.length > PluginUploadContentEntity.MAX_BYTES) {
            throw new IllegalArgumentException("a plugin bundle of " + jar.length + " bytes is larger than the table");
        }
        return transactions.inTransaction(entityManager -> {
            PluginUploadEntity entity = new PluginUploadEntity(upload);
            entityManager.persist(entity);
            entityManager.flush();
            entityManager.persist(new PluginUploadContentEntity(entity.id(), jar));
            PluginUploadRecord created = entity.toRecord();
            AuditEventEntity.record(
                    entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "upload", "", null, created);
            return created;
        });
    }

    @Override
    public Optional<PluginUploadRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(PluginUploadEntity.class, id))
                .map(PluginUploadEntity::toRecord));
    }

    @Override
    public Optional<byte[]> jar(long id) {
        return transactions.read(
                entityManager -> Optional.ofNullable(entityManager.find(PluginUploadContentEntity.class, id))
                        .map(PluginUploadContentEntity::jar));
    }

    @Override
    public List<PluginUploadRecord> list(String creditCode, String cityCode) {
        // Uploads are few per enterprise and per city; the newest 500 are as many as anyone reviews.
        return transactions.read(entityManager -> new Filter("PluginUploadEntity")
                .equal("creditCode", creditCode)
                .equal("cityCode", cityCode)
                .page(entityManager, PluginUploadEntity.class, "e.id DESC", PluginUploadEntity::toRecord, 0, 500)
                .items());
    }

    @Override
    public List<PluginUploadRecord> listBySymbolicName(String symbolicName) {
        Objects.requireNonNull(symbolicName, "symbolicName");
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT u FROM PluginUploadEntity u WHERE u.symbolicName = :name ORDER BY u.id",
                        PluginUploadEntity.class)
                .setParameter("name", symbolicName)
                .getResultStream()
                .map(PluginUploadEntity::toRecord)
                .toList());
    }

    @Override
    public PluginUploadRecord decide(
            long id,
            long expectedVersion,
            PluginUploadRecord.Status status,
            String action,
            String reason,
            Instant at,
            AuditActor actor) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        return transactions.updateAudited(
                PluginUploadEntity.class,
                OBJECT_TYPE,
                id,
                expectedVersion,
                action,
                reason,
                actor,
                before -> before.decided(status, actor.username(), at, reason));
    }
}
