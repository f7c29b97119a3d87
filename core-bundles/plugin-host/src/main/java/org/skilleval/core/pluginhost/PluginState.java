package org.skilleval.core.pluginhost;

/** Whether a registered plugin can be used. */
public enum PluginState {
    /** Registered, described itself correctly, and is the one the core calls for its id and version. */
    ACTIVE,
    /** Registered, but its self-description is unusable (a malformed id, a missing name, an exception). */
    INVALID,
    /**
     * Registered with the same kind, id and bundle version as an earlier registration from another
     * bundle; the earlier one is used.
     */
    DUPLICATE
}
