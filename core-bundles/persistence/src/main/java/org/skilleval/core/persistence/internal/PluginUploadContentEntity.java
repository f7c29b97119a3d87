package org.skilleval.core.persistence.internal;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * The bytes of an uploaded plugin bundle, apart from its record so that lists never load them. In
 * the database rather than on disk: an approved upload must survive with the records that refer to
 * it, in the same backup.
 */
@Entity
@Table(name = "PLUGIN_UPLOAD_JAR")
public class PluginUploadContentEntity {

    /** The largest BLOB the table takes; the platform's upload limit is far below it. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    @Id
    @Column(name = "UPLOAD_ID")
    private long uploadId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "JAR", nullable = false, length = MAX_BYTES)
    private byte[] jar;

    protected PluginUploadContentEntity() {
        // for JPA
    }

    PluginUploadContentEntity(long uploadId, byte[] jar) {
        this.uploadId = uploadId;
        this.jar = jar.clone();
    }

    byte[] jar() {
        return jar.clone();
    }
}
