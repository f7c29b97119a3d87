package org.skilleval.core.persistence;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.Page;

/** The audit trail of every object: every state change, written in the same transaction. */
@ProviderType
public interface AuditTrail {

    /** The changes of one object, newest first. */
    Page<AuditEvent> of(String objectType, String objectId, int offset, int limit);
}
