package org.skilleval.core.persistence.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.persistence.AttachmentStore;

@Component(service = AttachmentStore.class)
public class JpaAttachmentStore implements AttachmentStore {

    static final String OBJECT_TYPE = "Attachment";
    static final String UPLOAD_ACTION = "upload";

    private final JpaTransactions transactions;
    private final Clock clock;

    @Activate
    public JpaAttachmentStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this(entityManagerFactory, Clock.systemUTC());
    }

    JpaAttachmentStore(EntityManagerFactory entityManagerFactory, Clock clock) {
        this.transactions = new JpaTransactions(entityManagerFactory);
        this.clock = clock;
    }

    @Override
    public AttachmentRecord create(
            String ownerKey,
            String creditCode,
            String cityCode,
            String fileName,
            String contentType,
            long size,
            String sha256,
            AuditActor actor) {
        // Milliseconds survive every database's timestamp, so what find() returns equals what was stored.
        Instant uploadedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return transactions.inTransaction(entityManager -> {
            AttachmentEntity entity = new AttachmentEntity(
                    ownerKey, creditCode, cityCode, fileName, contentType, size, sha256, uploadedAt);
            entityManager.persist(entity);
            entityManager.flush();
            AttachmentRecord created = entity.toRecord();
            // The record holds metadata only; the bytes never reach the database or its audit text.
            AuditEventEntity.record(
                    entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), UPLOAD_ACTION, "", null, created);
            return created;
        });
    }

    @Override
    public Optional<AttachmentRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(AttachmentEntity.class, id))
                .map(AttachmentEntity::toRecord));
    }
}
