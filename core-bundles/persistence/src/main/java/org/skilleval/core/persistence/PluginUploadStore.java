package org.skilleval.core.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.PluginUploadRecord;

/**
 * The plugin bundles enterprises uploaded: one record each, with the bundle's bytes kept in the
 * database beside it (bounded by the upload limit), every change audited in its own transaction
 * (object type {@code PluginUpload}). The store keeps what it is given: the lifecycle checks the
 * bundle and who may decide what.
 *
 * @since 3.2
 */
@ProviderType
public interface PluginUploadStore {

    /**
     * Stores a checked upload as {@link PluginUploadRecord.Status#PENDING}, with its audit event
     * (action {@code upload}, naming the uploader; the event shows the metadata, never the bytes).
     *
     * @param upload the record to store; its id, version and status are ignored
     * @param jar the bundle's bytes
     * @return the stored record with its id
     */
    PluginUploadRecord create(PluginUploadRecord upload, byte[] jar, AuditActor actor);

    Optional<PluginUploadRecord> find(long id);

    /** @return the bytes of the upload; empty when there is no such upload */
    Optional<byte[]> jar(long id);

    /**
     * The uploads, newest first, optionally of one enterprise or one city.
     *
     * @param creditCode the enterprise to keep; {@code null} for any
     * @param cityCode the city to keep; {@code null} for any
     */
    List<PluginUploadRecord> list(String creditCode, String cityCode);

    /** Every upload of a bundle symbolic name, whoever uploaded it, oldest first. */
    List<PluginUploadRecord> listBySymbolicName(String symbolicName);

    /**
     * Records a decision: the new status, who decided, when and why, with its audit event.
     *
     * @param action the audit action, e.g. {@code approve}, {@code reject}, {@code request-removal}
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} when the record changed
     *     since {@code expectedVersion}
     * @throws org.skilleval.core.domain.NotFoundException when there is no such upload
     */
    PluginUploadRecord decide(
            long id,
            long expectedVersion,
            PluginUploadRecord.Status status,
            String action,
            String reason,
            Instant at,
            AuditActor actor);
}
