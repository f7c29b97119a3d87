package org.skilleval.core.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What provisioning counts as a plugin, and so may record and apply: never the core. */
class PluginItemsTest {

    @Test
    void shippedPluginFeaturesAndOperatorFeaturesOnThePluginApiArePlugins() {
        assertTrue(PluginItems.isPluginFeature("skilleval-plugin-veto", List.of("skilleval-plugin-api")));
        assertTrue(PluginItems.isPluginFeature("nanjing-equipment-mentoring", List.of("skilleval-plugin-api")));
    }

    @Test
    void theCoreThePluginApiAndOtherFeaturesAreNot() {
        assertFalse(PluginItems.isPluginFeature("skilleval-plugin-api", List.of("scr")));
        assertFalse(PluginItems.isPluginFeature(
                "skilleval-core", List.of("scr", "skilleval-plugin-api", "skilleval-persistence")));
        assertFalse(PluginItems.isPluginFeature("webconsole", List.of("http")));
        assertFalse(PluginItems.isPluginFeatureName("skilleval-persistence"));
    }

    @Test
    void onlyPluginBundlesFromMavenLocationsTravel() {
        assertTrue(PluginItems.isSharedBundleLocation("mvn:com.example/mentoring/1.0.0"));
        assertFalse(PluginItems.isSharedBundleLocation("file:/opt/skilleval/deploy/mentoring.jar"));
        assertFalse(PluginItems.isSharedBundleLocation("mvn:org.skilleval/org.skilleval.core.lifecycle/0.1.0"));
        assertFalse(PluginItems.isSharedBundleLocation("mvn:org.skilleval/org.skilleval.plugin.api/0.1.0"));
        assertTrue(PluginItems.isPluginBundle("com.example.mentoring", "org.skilleval.plugin.api;version=\"[1.3,2)\""));
        assertFalse(PluginItems.isPluginBundle("org.skilleval.core.rest", "org.skilleval.plugin.api"));
        assertFalse(PluginItems.isPluginBundle("org.apache.commons.io", "javax.xml"));
    }

    @Test
    void onlyPluginPidsTravel() {
        assertTrue(PluginItems.isPluginPid("org.skilleval.plugin.weighted-sum"));
        assertFalse(PluginItems.isPluginPid("org.skilleval.core.pluginhost"));
        assertFalse(PluginItems.isPluginPid("org.ops4j.datasource-skilleval"));
    }
}
