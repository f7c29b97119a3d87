package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The head of the audit chain: the sequence number and hash of the last chained event. One row;
 * every transaction that records audit events locks it just before it commits, so the events of
 * two transactions are chained one after the other and the chain never forks.
 */
@Entity
@Table(name = "AUDIT_CHAIN_HEAD")
public class AuditChainHeadEntity {

    static final long ID = 1;

    @Id
    @Column(name = "ID")
    private long id;

    @Column(name = "SEQ", nullable = false)
    private long seq;

    @Column(name = "HASH", nullable = false, length = 64)
    private String hash;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected AuditChainHeadEntity() {
        // for JPA
    }

    AuditChainHeadEntity(long seq, String hash) {
        this.id = ID;
        this.seq = seq;
        this.hash = hash;
        this.updatedAt = Instant.now();
    }

    long seq() {
        return seq;
    }

    String hash() {
        return hash;
    }

    void advance(long newSeq, String newHash) {
        this.seq = newSeq;
        this.hash = newHash;
        this.updatedAt = Instant.now();
    }
}
