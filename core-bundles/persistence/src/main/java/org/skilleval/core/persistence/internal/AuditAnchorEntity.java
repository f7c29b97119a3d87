package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A copy of the audit chain's head taken at one moment, also written to the log: whoever rewrote
 * the whole chain after an edit would also have to rewrite every anchor, and cannot reach the log
 * copies kept elsewhere.
 */
@Entity
@Table(name = "AUDIT_ANCHOR")
public class AuditAnchorEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "SEQ", nullable = false)
    private long seq;

    @Column(name = "HASH", nullable = false, length = 64)
    private String hash;

    @Column(name = "ANCHORED_AT", nullable = false)
    private Instant anchoredAt;

    protected AuditAnchorEntity() {
        // for JPA
    }

    AuditAnchorEntity(long seq, String hash, Instant anchoredAt) {
        this.seq = seq;
        this.hash = hash;
        this.anchoredAt = anchoredAt;
    }
}
