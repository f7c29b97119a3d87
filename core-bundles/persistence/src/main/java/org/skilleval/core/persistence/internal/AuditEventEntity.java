package org.skilleval.core.persistence.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;

/**
 * One audit event, with the SHA-256 of its canonical content ({@code CONTENT_HASH}) written in the
 * same transaction; its place in the chain is an {@link AuditLinkEntity} that {@link AuditChainer}
 * adds right after the event's transaction committed. Editing, deleting or inserting a row breaks
 * the chain where it happened ({@link AuditChain}).
 */
@Entity
@Table(name = "AUDIT_EVENT", indexes = @Index(name = "IDX_AUDIT_OBJECT", columnList = "OBJECT_TYPE,OBJECT_ID,ID"))
public class AuditEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Column(name = "ACTOR", nullable = false, length = 128)
    private String actor;

    @Column(name = "ACTOR_ROLE", nullable = false, length = 32)
    private String role;

    @Column(name = "OBJECT_TYPE", nullable = false, length = 64)
    private String objectType;

    @Column(name = "OBJECT_ID", nullable = false, length = 64)
    private String objectId;

    @Column(name = "ACTION", nullable = false, length = 64)
    private String action;

    @Lob
    @Column(name = "BEFORE_STATE")
    private String before;

    @Lob
    @Column(name = "AFTER_STATE")
    private String after;

    @Column(name = "NOTE", length = 2000)
    private String note;

    @Column(name = "CONTENT_HASH", length = 64)
    private String contentHash;

    protected AuditEventEntity() {
        // for JPA
    }

    /**
     * Writes an audit event in the caller's transaction, so the change and its record commit
     * together, with the hash of its content; {@link JpaTransactions} hands it to the chainer. The
     * row is inserted at once through JDBC on the transaction's connection ({@link GeneratedIdInsert}:
     * an event is never changed after it is written), and is not an object of the caller's
     * persistence context.
     */
    static void record(
            EntityManager entityManager,
            AuditActor actor,
            String objectType,
            String objectId,
            String action,
            String note,
            Object before,
            Object after) {
        List<AuditEventEntity> pending = JpaTransactions.pendingAuditEvents(entityManager);
        AuditEventEntity event = new AuditEventEntity();
        // Milliseconds: what every database keeps of a timestamp, so the hash can be recomputed.
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        event.actor = actor.username();
        event.role = actor.role();
        event.objectType = objectType;
        event.objectId = objectId;
        event.action = action;
        event.before = AuditStates.of(before);
        event.after = AuditStates.of(after);
        event.note = note == null ? "" : note;
        // Off only in AuditChainBenchmark's baseline, which measures a platform without the chain.
        event.contentHash = !JpaTransactions.chaining
                ? null
                : AuditChain.contentHash(
                        AuditChain.storedTime(event.occurredAt),
                        event.actor,
                        event.role,
                        objectType,
                        objectId,
                        action,
                        event.before,
                        event.after,
                        event.note);
        event.id = GeneratedIdInsert.insert(
                entityManager,
                "INSERT INTO AUDIT_EVENT (OCCURRED_AT, ACTOR, ACTOR_ROLE, OBJECT_TYPE, OBJECT_ID, ACTION,"
                        + " BEFORE_STATE, AFTER_STATE, NOTE, CONTENT_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(event.occurredAt));
                    statement.setString(2, event.actor);
                    statement.setString(3, event.role);
                    statement.setString(4, event.objectType);
                    statement.setString(5, event.objectId);
                    statement.setString(6, event.action);
                    statement.setString(7, event.before);
                    statement.setString(8, event.after);
                    statement.setString(9, event.note);
                    statement.setString(10, event.contentHash);
                });
        pending.add(event);
    }

    String contentHash() {
        return contentHash;
    }

    /** The content hash of an event written before content hashes were (a database of an earlier release). */
    void hashContentIfMissing() {
        if (contentHash == null) {
            contentHash = AuditChain.contentHash(
                    AuditChain.storedTime(occurredAt), actor, role, objectType, objectId, action, before, after, note);
        }
    }

    long id() {
        return id;
    }

    AuditEvent toEvent() {
        return new AuditEvent(id, occurredAt, actor, role, objectType, objectId, action, before, after, note);
    }
}
