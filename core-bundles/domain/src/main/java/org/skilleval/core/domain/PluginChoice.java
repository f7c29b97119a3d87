package org.skilleval.core.domain;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An assessment method or scoring scheme a work plan uses, with the plan's configuration of it.
 *
 * @param pluginId the plugin's stable id, e.g. {@code oral-defense}
 * @param configuration the plan's parameters for it, sorted by key
 * @param pinnedVersion the plugin bundle version pinned when the plan was approved; empty before
 */
public record PluginChoice(String pluginId, Map<String, String> configuration, String pinnedVersion) {

    public PluginChoice {
        Objects.requireNonNull(pluginId, "pluginId");
        configuration = java.util.Collections.unmodifiableMap(new TreeMap<>(configuration));
        pinnedVersion = pinnedVersion == null ? "" : pinnedVersion;
    }

    /** A copy pinned to a plugin bundle version. */
    public PluginChoice pinnedTo(String version) {
        return new PluginChoice(pluginId, configuration, version);
    }
}
