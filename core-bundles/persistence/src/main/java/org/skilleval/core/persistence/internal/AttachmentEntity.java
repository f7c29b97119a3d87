package org.skilleval.core.persistence.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.skilleval.core.domain.AttachmentRecord;

// Immutable once written, so no @Version: nothing ever updates an attachment.
@Entity
@Table(name = "ATTACHMENT", indexes = @Index(name = "IDX_ATTACHMENT_CREDIT_CODE", columnList = "CREDIT_CODE"))
public class AttachmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "OWNER_KEY", nullable = false, length = 128)
    private String ownerKey;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "CITY_CODE", length = 4)
    private String cityCode;

    @Column(name = "FILE_NAME", nullable = false, length = 200)
    private String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 100)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    // JPA 2.2 maps LocalDateTime but not Instant (EclipseLink would serialise an Instant into a BLOB):
    // a UTC TIMESTAMP can be read, compared and sorted in SQL.
    @Column(name = "UPLOADED_AT", nullable = false)
    private LocalDateTime uploadedAt;

    protected AttachmentEntity() {
        // for JPA
    }

    AttachmentEntity(
            String ownerKey,
            String creditCode,
            String cityCode,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Instant uploadedAt) {
        this.ownerKey = ownerKey;
        this.creditCode = creditCode;
        this.cityCode = cityCode;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = LocalDateTime.ofInstant(uploadedAt, ZoneOffset.UTC);
    }

    AttachmentRecord toRecord() {
        return new AttachmentRecord(
                id,
                ownerKey,
                creditCode,
                cityCode,
                fileName,
                contentType,
                size,
                sha256,
                uploadedAt.toInstant(ZoneOffset.UTC));
    }
}
