package org.skilleval.core.persistence;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.domain.AuditActor;

/**
 * The metadata of uploaded files, each recording audited in its own transaction. The store keeps
 * what it is given: the lifecycle checks the caller, the name, the type and the bytes, and stores
 * the bytes themselves, before they get here.
 */
@ProviderType
public interface AttachmentStore {

    /**
     * Records an uploaded file together with its audit event (action {@code upload}, whose text
     * shows the metadata only, never the file's contents). The upload time is the store's clock.
     *
     * @param ownerKey the uploader's username
     * @param creditCode the enterprise the file belongs to
     * @param cityCode the enterprise's city; {@code null} when not known
     * @param fileName the sanitised display name, at most 200 characters
     * @param contentType the media type without parameters
     * @param size the number of bytes
     * @param sha256 the digest of the bytes in lower-case hexadecimal
     * @param actor who uploaded, as the audit trail records it
     * @return the stored attachment with its id and upload time
     */
    AttachmentRecord create(
            String ownerKey,
            String creditCode,
            String cityCode,
            String fileName,
            String contentType,
            long size,
            String sha256,
            AuditActor actor);

    /** @return the attachment with this id; empty when there is none */
    Optional<AttachmentRecord> find(long id);
}
