package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.CityExtensionRecord;

@Entity
@Table(
        name = "CITY_EXTENSION",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_CITY_EXT",
                        columnNames = {"CITY_CODE", "PLUGIN_ID"}),
        indexes = @Index(name = "IDX_CITY_EXT_PLUG", columnList = "PLUGIN_ID"))
public class CityExtensionEntity implements VersionedEntity<CityExtensionRecord> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "PLUGIN_ID", nullable = false, length = 100)
    private String pluginId;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;

    @Column(name = "CHANGED_BY", nullable = false, length = 128)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    protected CityExtensionEntity() {
        // for JPA
    }

    CityExtensionEntity(String cityCode, String pluginId, boolean enabled, String changedBy, Instant changedAt) {
        this.cityCode = cityCode;
        this.pluginId = pluginId;
        this.enabled = enabled;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    @Override
    public long version() {
        return version;
    }

    /** The city and the plugin identify the record and stay; the state and who set it change. */
    @Override
    public void apply(CityExtensionRecord changed) {
        this.enabled = changed.enabled();
        this.changedBy = changed.changedBy();
        this.changedAt = changed.changedAt();
    }

    @Override
    public CityExtensionRecord toRecord() {
        return new CityExtensionRecord(id, version, cityCode, pluginId, enabled, changedBy, changedAt);
    }
}
