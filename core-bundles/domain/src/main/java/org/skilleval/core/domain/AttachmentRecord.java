package org.skilleval.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The metadata of a file attached to an application (申报表附件: a photo, a certificate scan, evidence
 * of an achievement), as stored. The bytes are not part of it: they live outside the database,
 * addressed by {@link #sha256()}.
 *
 * <p>Contract: {@link #toString()} is what the audit trail records; it shows metadata only, never
 * any of the file's contents.
 *
 * @param id the attachment's id
 * @param ownerKey the username of whoever uploaded it
 * @param creditCode the unified social credit code of the enterprise the file belongs to: its tenant
 * @param cityCode the code of the enterprise's city (e.g. {@code 3201}) when it was known at upload;
 *     {@code null} otherwise
 * @param fileName the display name as uploaded, without any path or control characters
 * @param contentType the media type, one of those the platform accepts, e.g. {@code application/pdf}
 * @param size the number of bytes
 * @param sha256 the SHA-256 digest of the bytes, 64 lower-case hexadecimal digits
 * @param uploadedAt when the upload completed
 */
public record AttachmentRecord(
        long id,
        String ownerKey,
        String creditCode,
        String cityCode,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt) {

    public AttachmentRecord {
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }
}
