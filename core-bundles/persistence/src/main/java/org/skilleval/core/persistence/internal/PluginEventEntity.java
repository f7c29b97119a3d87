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
import org.skilleval.core.domain.PluginEvent;

@Entity
@Table(name = "PLUGIN_EVENT", indexes = @Index(name = "IDX_PLUGIN_EVENT_PLUGIN", columnList = "PLUGIN_ID"))
public class PluginEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "EVENT_TYPE", nullable = false, length = 16)
    private PluginEvent.Type type;

    @Column(name = "KIND", nullable = false, length = 32)
    private String kind;

    @Column(name = "PLUGIN_ID", nullable = false, length = 128)
    private String pluginId;

    @Column(name = "BUNDLE_SYMBOLIC_NAME", nullable = false, length = 255)
    private String bundleSymbolicName;

    @Column(name = "BUNDLE_VERSION", nullable = false, length = 64)
    private String bundleVersion;

    protected PluginEventEntity() {
        // for JPA
    }

    PluginEventEntity(PluginEvent event) {
        this.occurredAt = event.occurredAt();
        this.type = event.type();
        this.kind = event.kind();
        this.pluginId = event.pluginId();
        this.bundleSymbolicName = event.bundleSymbolicName();
        this.bundleVersion = event.bundleVersion();
    }

    PluginEvent toEvent() {
        return new PluginEvent(id, occurredAt, type, kind, pluginId, bundleSymbolicName, bundleVersion);
    }
}
