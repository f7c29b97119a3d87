package org.skilleval.core.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * An audit event's place in the chain: the hash of the event before it and its own link hash
 * {@code SHA-256(PREV_HASH ‖ SEQ ‖ EVENT_ID ‖ the event's CONTENT_HASH)}. A narrow row of its own
 * rather than columns of the event: the chainer inserts it after the event's commit, and rewriting
 * the wide event row (its before and after states) instead cost a fifth to a third of the write
 * throughput. Written over JDBC by {@link AuditChainer}; the entity only defines the table.
 */
@Entity
@Table(
        name = "AUDIT_CHAIN",
        uniqueConstraints = @UniqueConstraint(name = "UQ_AUDIT_CHAIN_EVENT", columnNames = "EVENT_ID"))
public class AuditLinkEntity {

    @Id
    @Column(name = "SEQ")
    private long seq;

    @Column(name = "EVENT_ID", nullable = false)
    private long eventId;

    @Column(name = "PREV_HASH", nullable = false, length = 64)
    private String prevHash;

    @Column(name = "HASH", nullable = false, length = 64)
    private String hash;

    protected AuditLinkEntity() {
        // for JPA
    }
}
