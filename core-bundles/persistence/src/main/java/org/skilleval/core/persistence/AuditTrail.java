package org.skilleval.core.persistence;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditAnchor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.domain.Page;

/** The audit trail of every object: every state change, written in the same transaction. */
@ProviderType
public interface AuditTrail {

    /** The changes of one object, newest first. */
    Page<AuditEvent> of(String objectType, String objectId, int offset, int limit);

    /**
     * Walks the whole hash chain of audit events, reading the database directly (never a cache),
     * and reports the first broken link: an edited, deleted or inserted event, or a head or anchor
     * that disagrees with the chain.
     */
    AuditVerification verify();

    /**
     * Records the chain's head as an anchor (in the database, and in the log at INFO), unless the
     * last anchor already holds it.
     *
     * @return the head as anchored; empty when the chain has no event yet
     */
    Optional<AuditAnchor> anchor();
}
