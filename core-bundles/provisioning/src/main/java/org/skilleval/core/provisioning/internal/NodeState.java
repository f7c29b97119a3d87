package org.skilleval.core.provisioning.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.skilleval.core.persistence.PluginProvision;

/**
 * What one node has now, as far as provisioning looks: its plugin items by key (required plugin
 * features, plugin bundles from shared locations that no feature brought, plugin configurations),
 * the location of every bundle installed (a feature's bundles too), and the uploaded plugins
 * installed.
 */
record NodeState(Map<String, PluginProvision> items, Set<String> bundleLocations, Set<String> uploadLocations) {

    NodeState {
        items = Map.copyOf(items);
        bundleLocations = Set.copyOf(bundleLocations);
        uploadLocations = Set.copyOf(uploadLocations);
    }

    /** This state with {@code item} as the desired state has it (present or gone). */
    NodeState with(PluginProvision item) {
        Map<String, PluginProvision> changed = new LinkedHashMap<>(items);
        Set<String> locations = new TreeSet<>(bundleLocations);
        if (item.present()) {
            changed.put(item.key(), item);
        } else {
            changed.remove(item.key());
        }
        if (item.kind() == PluginProvision.Kind.BUNDLE) {
            if (item.present()) {
                locations.add(item.name());
            } else {
                locations.remove(item.name());
            }
        }
        return new NodeState(changed, locations, uploadLocations);
    }

    /** This state with the item of {@code key} as it is in {@code other}. */
    NodeState withItemOf(String key, NodeState other) {
        Map<String, PluginProvision> changed = new LinkedHashMap<>(items);
        PluginProvision there = other.items.get(key);
        if (there == null) {
            changed.remove(key);
        } else {
            changed.put(key, there);
        }
        return new NodeState(changed, bundleLocations, uploadLocations);
    }

    /** This state with an uploaded plugin's bundle installed or gone. */
    NodeState withUpload(String location, boolean installed) {
        Set<String> changed = new TreeSet<>(uploadLocations);
        if (installed) {
            changed.add(location);
        } else {
            changed.remove(location);
        }
        return new NodeState(items, bundleLocations, changed);
    }
}
