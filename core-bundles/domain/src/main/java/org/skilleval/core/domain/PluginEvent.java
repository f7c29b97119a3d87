package org.skilleval.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A plugin came or went: the record an operator reads to know which plugin version was available
 * when.
 *
 * @param id the event's sequence number, assigned when it is stored; 0 before
 * @param occurredAt when the core saw the change
 * @param type what happened
 * @param kind {@code ASSESSMENT_METHOD} or {@code SCORING_SCHEME}
 * @param pluginId the plugin's stable id
 * @param bundleSymbolicName the bundle that provides it
 * @param bundleVersion that bundle's version
 */
public record PluginEvent(
        long id,
        Instant occurredAt,
        Type type,
        String kind,
        String pluginId,
        String bundleSymbolicName,
        String bundleVersion) {

    /** What happened to the plugin. */
    public enum Type {
        /** Its service was registered: it can be used. */
        REGISTERED,
        /** Its service went away: the bundle stopped, was updated or uninstalled. */
        UNREGISTERED
    }

    public PluginEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(bundleSymbolicName, "bundleSymbolicName");
        Objects.requireNonNull(bundleVersion, "bundleVersion");
    }
}
