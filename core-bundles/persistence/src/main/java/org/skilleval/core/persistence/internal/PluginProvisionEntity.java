package org.skilleval.core.persistence.internal;

import java.time.Instant;
import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.persistence.PluginProvision;

/**
 * One item of the desired plugin state. Not cached: every node reads what the others wrote, and a
 * cached row would hide their changes until it was evicted.
 */
@Entity
@Cacheable(false)
@Table(
        name = "PLUGIN_PROVISION",
        uniqueConstraints = @UniqueConstraint(name = "UQ_PLUGIN_PROVISION_KEY", columnNames = "ITEM_KEY"))
public class PluginProvisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "ITEM_KEY", nullable = false, length = 512)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private PluginProvision.Kind kind;

    @Column(name = "NAME", nullable = false, length = PluginProvision.MAX_NAME)
    private String name;

    @Column(name = "ITEM_VERSION", nullable = false, length = PluginProvision.MAX_ITEM_VERSION)
    private String itemVersion;

    @Column(name = "PRESENT", nullable = false)
    private boolean present;

    @Column(name = "CONTENT", nullable = false, length = PluginProvision.MAX_CONTENT)
    private String content;

    @Column(name = "CHANGED_BY", nullable = false, length = 128)
    private String changedBy;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant changedAt;

    protected PluginProvisionEntity() {
        // for JPA
    }

    PluginProvisionEntity(PluginProvision item) {
        this.itemKey = item.key();
        this.kind = item.kind();
        this.name = item.name();
        apply(item);
    }

    /** The kind and name identify the item and stay; what the nodes must have of it changes. */
    void apply(PluginProvision item) {
        this.itemVersion = item.itemVersion();
        this.present = item.present();
        this.content = item.content();
        this.changedBy = item.changedBy();
        this.changedAt = item.changedAt();
    }

    PluginProvision toRecord() {
        return new PluginProvision(id, version, kind, name, itemVersion, present, content, changedBy, changedAt);
    }
}
