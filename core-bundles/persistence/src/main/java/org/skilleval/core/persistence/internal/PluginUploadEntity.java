package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.Version;
import org.skilleval.core.domain.PluginUploadRecord;

@Entity
@Table(
        name = "PLUGIN_UPLOAD",
        indexes = {
            @Index(name = "IDX_PLUGIN_UPLOAD_ENT", columnList = "CREDIT_CODE"),
            @Index(name = "IDX_PLUGIN_UPLOAD_BSN", columnList = "SYMBOLIC_NAME")
        })
public class PluginUploadEntity implements VersionedEntity<PluginUploadRecord> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "SYMBOLIC_NAME", nullable = false, length = 255)
    private String symbolicName;

    @Column(name = "BUNDLE_VERSION", nullable = false, length = 100)
    private String bundleVersion;

    @Column(name = "FILE_NAME", nullable = false, length = 200)
    private String fileName;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private PluginUploadRecord.Status status;

    @Column(name = "UPLOADED_BY", nullable = false, length = 128)
    private String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false)
    private Instant uploadedAt;

    @Column(name = "REVIEWED_BY", nullable = false, length = 128)
    private String reviewedBy;

    @Column(name = "REVIEWED_AT")
    private Instant reviewedAt;

    @Column(name = "REASON", nullable = false, length = 2000)
    private String reason;

    protected PluginUploadEntity() {
        // for JPA
    }

    PluginUploadEntity(PluginUploadRecord upload) {
        this.creditCode = upload.creditCode();
        this.cityCode = upload.cityCode();
        this.symbolicName = upload.symbolicName();
        this.bundleVersion = upload.bundleVersion();
        this.fileName = upload.fileName();
        this.size = upload.size();
        this.sha256 = upload.sha256();
        this.status = PluginUploadRecord.Status.PENDING;
        this.uploadedBy = upload.uploadedBy();
        this.uploadedAt = upload.uploadedAt();
        this.reviewedBy = "";
        this.reason = "";
    }

    long id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    /** What the bundle is and who uploaded it stay; only the decision changes. */
    @Override
    public void apply(PluginUploadRecord changed) {
        this.status = changed.status();
        this.reviewedBy = changed.reviewedBy();
        this.reviewedAt = changed.reviewedAt();
        this.reason = changed.reason();
    }

    @Override
    public PluginUploadRecord toRecord() {
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
                status,
                uploadedBy,
                uploadedAt,
                reviewedBy,
                reviewedAt,
                reason);
    }
}
