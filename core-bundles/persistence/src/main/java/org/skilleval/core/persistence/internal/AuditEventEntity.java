package org.skilleval.core.persistence.internal;

import java.time.Instant;
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

    protected AuditEventEntity() {
        // for JPA
    }

    /** Writes an audit event in the caller's transaction, so the change and its record commit together. */
    static void record(
            EntityManager entityManager,
            AuditActor actor,
            String objectType,
            String objectId,
            String action,
            String note,
            Object before,
            Object after) {
        AuditEventEntity event = new AuditEventEntity();
        event.occurredAt = Instant.now();
        event.actor = actor.username();
        event.role = actor.role();
        event.objectType = objectType;
        event.objectId = objectId;
        event.action = action;
        event.before = before == null ? "" : before.toString();
        event.after = after == null ? "" : after.toString();
        event.note = note == null ? "" : note;
        entityManager.persist(event);
    }

    AuditEvent toEvent() {
        return new AuditEvent(id, occurredAt, actor, role, objectType, objectId, action, before, after, note);
    }
}
