package org.skilleval.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A plugin bundle an enterprise uploaded, and what became of it. The bytes are kept apart; the
 * record says whose bundle it is, what it is, and who decided on it.
 *
 * @param id the upload's id; also part of the location the bundle is installed under
 * @param version the optimistic-locking version
 * @param creditCode the enterprise that uploaded it and owns it
 * @param cityCode that enterprise's city, whose agency reviews it
 * @param symbolicName the bundle's symbolic name
 * @param bundleVersion the bundle's version
 * @param fileName the name the file was uploaded under
 * @param size its size in bytes
 * @param sha256 the digest of its bytes, lower-case hexadecimal
 * @param status where it stands
 * @param uploadedBy the username of who uploaded it
 * @param uploadedAt when
 * @param reviewedBy the username of who last decided on it (approval, rejection, removal); empty
 *     before
 * @param reviewedAt when; {@code null} before
 * @param reason the reason given with that decision; empty before
 * @since 1.4
 */
public record PluginUploadRecord(
        long id,
        long version,
        String creditCode,
        String cityCode,
        String symbolicName,
        String bundleVersion,
        String fileName,
        long size,
        String sha256,
        Status status,
        String uploadedBy,
        Instant uploadedAt,
        String reviewedBy,
        Instant reviewedAt,
        String reason) {

    /** Where an upload stands. */
    public enum Status {
        /** Passed the static check; waits for its city or the province. */
        PENDING,
        /** Approved and installed in the running platform. */
        INSTALLED,
        /** Refused by the reviewer; never installed. */
        REJECTED,
        /** Installed; its enterprise asked for its removal, which waits for review. */
        REMOVAL_PENDING,
        /** Was installed, and was uninstalled after an approved removal. */
        REMOVED
    }

    public PluginUploadRecord {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(symbolicName, "symbolicName");
        Objects.requireNonNull(bundleVersion, "bundleVersion");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        reviewedBy = reviewedBy == null ? "" : reviewedBy;
        reason = reason == null ? "" : reason;
    }

    /** A copy with a reviewer's decision. */
    public PluginUploadRecord decided(Status newStatus, String reviewer, Instant at, String decisionReason) {
        return new PluginUploadRecord(
                id,
                version,
                creditCode,
                cityCode,
                symbolicName,
                bundleVersion,
                fileName,
                size,
                sha256,
                newStatus,
                uploadedBy,
                uploadedAt,
                reviewer,
                at,
                decisionReason);
    }
}
