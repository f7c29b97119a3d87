package org.skilleval.core.provisioning.internal;

import java.util.Collection;
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

    /**
     * A feature of one plugin: a shipped {@code skilleval-plugin-*} one (not the plugin API the core
     * needs), or an operator's or enterprise's feature that depends on {@code skilleval-plugin-api}
     * (as the plugin guide's example does), as long as it is not named like the platform's own.
     */
    static boolean isPluginFeature(String name, Collection<String> dependencies) {
        return isPluginFeatureName(name)
                && (name.startsWith(PLUGIN_FEATURE_PREFIX) || dependencies.contains(PLUGIN_API_FEATURE));
    }

    /**
     * Whether a feature of that name may be a plugin's: what can be checked of a feature a node
     * does not have yet. Karaf's own features pass this check; installing one is refused because
     * it does not depend on the plugin API, and removing one never happens because a node never
     * counts one among its plugins.
     */
    static boolean isPluginFeatureName(String name) {
        return !name.equals(PLUGIN_API_FEATURE)
                && (name.startsWith(PLUGIN_FEATURE_PREFIX) || !name.startsWith("skilleval-"));
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
            case FEATURE -> isPluginFeatureName(item.name());
            case BUNDLE -> isSharedBundleLocation(item.name());
            case CONFIGURATION -> isPluginPid(item.name());
        };
    }
}
