package org.skilleval.core.provisioning.internal;

import org.skilleval.core.persistence.PluginProvision;

/**
 * What counts as a plugin item, the one rule both for what a node records and for what it applies:
 * the core is never an item, whatever the database says, so provisioning can never stop, refresh,
 * update or remove a core bundle or change the core's configuration.
 */
final class PluginItems {

    static final String PLUGIN_FEATURE_PREFIX = "skilleval-plugin-";
    static final String PLUGIN_API_FEATURE = "skilleval-plugin-api";
    static final String PLUGIN_PID_PREFIX = "org.skilleval.plugin.";
    static final String PLUGIN_API_PACKAGE = "org.skilleval.plugin.api";
    static final String CORE_PREFIX = "org.skilleval.core.";

    private PluginItems() {}

    /** A feature of one plugin: {@code skilleval-plugin-*}, except the plugin API the core needs. */
    static boolean isPluginFeature(String name) {
        return name.startsWith(PLUGIN_FEATURE_PREFIX) && !name.equals(PLUGIN_API_FEATURE);
    }

    /**
     * A bundle location every node can install from: a Maven URL, resolved from the distribution's
     * {@code system/} repository or the Maven repositories the node is configured with. A {@code
     * file:} location (a jar in {@code deploy/}, or {@code bundle:install file:…}) names one node's
     * disk and stays on that node.
     */
    static boolean isSharedBundleLocation(String location) {
        return location.startsWith("mvn:")
                && !location.startsWith("mvn:org.skilleval/" + CORE_PREFIX)
                && !location.startsWith("mvn:org.skilleval/" + PLUGIN_API_PACKAGE + "/");
    }

    /** A plugin bundle: it imports the plugin API, and it is neither the core nor the API. */
    static boolean isPluginBundle(String symbolicName, String importPackage) {
        return symbolicName != null
                && !symbolicName.startsWith(CORE_PREFIX)
                && !symbolicName.equals(PLUGIN_API_PACKAGE)
                && importPackage != null
                && importPackage.contains(PLUGIN_API_PACKAGE);
    }

    /** A plugin's configuration: {@code org.skilleval.plugin.<plugin id>}, the PID the plugin guide asks for. */
    static boolean isPluginPid(String pid) {
        return pid.startsWith(PLUGIN_PID_PREFIX);
    }

    /** Whether provisioning may act on the item at all. */
    static boolean isPluginItem(PluginProvision item) {
        return switch (item.kind()) {
            case FEATURE -> isPluginFeature(item.name());
            case BUNDLE -> isSharedBundleLocation(item.name());
            case CONFIGURATION -> isPluginPid(item.name());
        };
    }
}
