package org.skilleval.core.domain;

import java.util.Objects;

/**
 * Who made a change, as the audit trail records it.
 *
 * @param username the signed-in user
 * @param role the role the user acted in, e.g. {@code province}
 */
public record AuditActor(String username, String role) {

    public AuditActor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
