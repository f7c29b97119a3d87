package org.skilleval.core.persistence;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.PluginUploadRecord;

/**
 * The plugin state every node must have (issue 14: several nodes over one database). A node records
 * here what an operator changed on it; every node reads it back and brings itself to it. Reads go
 * to the database every time, never to a cache: the point is to see what another node wrote.
 */
@ProviderType
public interface PluginProvisionStore {

    /** Every item ever recorded, present or absent, in the order they were first recorded. */
    List<PluginProvision> desired();

    /**
     * Records that every node must have the item as {@code wanted} says (its id, version, changedBy
     * are ignored; {@code actor} names who changed it), with an audit event (object type {@code
     * PluginProvision}, action {@code present} or {@code absent}) in the same transaction. Writes
     * nothing when the desired state says so already, so that a node applying a change never records
     * it again.
     *
     * @return the item as the desired state now has it
     */
    PluginProvision record(PluginProvision wanted, AuditActor actor);

    /**
     * Audits, in its own transaction, what a node did to bring itself to the desired state: object
     * type {@code PluginProvision} with the item's id, or {@code PluginUpload} with the upload's id;
     * action e.g. {@code node-installed}, {@code node-removed}, {@code node-failed}; the note says
     * what and why. The actor is the node.
     *
     * @throws IllegalArgumentException for any other object type
     */
    void recordApplied(String objectType, long objectId, String action, String note, AuditActor node);

    /** Every plugin upload, whatever its status, read fresh from the database. */
    List<PluginUploadRecord> uploads();
}
