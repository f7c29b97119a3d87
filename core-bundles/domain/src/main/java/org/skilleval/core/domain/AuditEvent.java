package org.skilleval.core.domain;

import java.time.Instant;

/**
 * One recorded change of state: who, in which role, when, what, and the object before and after.
 *
 * @param id sequence number
 * @param occurredAt when the change was committed
 * @param actor who made it
 * @param role the role they acted in
 * @param objectType the kind of object, e.g. {@code Round}
 * @param objectId the object's id
 * @param action what was done, e.g. {@code create}, {@code extend-deadline}
 * @param before the object before the change; empty for a creation
 * @param after the object after the change
 * @param note why, when the action asks for a reason (e.g. a deadline extension); empty otherwise
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actor,
        String role,
        String objectType,
        String objectId,
        String action,
        String before,
        String after,
        String note) {}
