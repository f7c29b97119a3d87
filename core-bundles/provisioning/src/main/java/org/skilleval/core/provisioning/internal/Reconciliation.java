package org.skilleval.core.provisioning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.persistence.PluginProvision;
import org.skilleval.core.pluginhost.PluginContainment;

/**
 * The decisions of one provisioning pass, as a pure function of what the node had at the end of the
 * last pass, what it has now, what the database desires and the uploads' records. Two rules keep
 * nodes from fighting each other or an operator:
 *
 * <ul>
 *   <li>What changed on this node since the last pass, and was not done by provisioning itself, is
 *       someone's change on this node: it is recorded, and not undone.
 *   <li>What the database desires and the node does not have is applied, except for the items just
 *       changed here. Applying never records anything: the next pass starts from what was applied.
 * </ul>
 */
final class Reconciliation {

    private Reconciliation() {}

    /** An action that brings the node closer to the desired state. */
    sealed interface Action {}

    /** Make the node have the item as the desired state says: install or configure, or remove. */
    record Apply(PluginProvision item) implements Action {}

    /** Install an approved upload's bundle from its bytes in the database. */
    record InstallUpload(PluginUploadRecord upload, String location) implements Action {}

    /** Uninstall the bundle of an upload that was removed or rejected. */
    record RemoveUpload(PluginUploadRecord upload, String location) implements Action {}

    /**
     * @param changes what changed on this node, to record as the desired state of every node
     * @param actions what to do on this node
     */
    record Plan(List<PluginProvision> changes, List<Action> actions) {}

    /**
     * @param lastSeen the node at the end of the last pass, with what that pass applied; null at the
     *     first pass after a start, when nothing that differs from the database counts as a change
     *     here, except items the database never heard of (a new plugin a first or upgraded node brings)
     * @param now the node now
     * @param desired every item the database has, present or absent
     * @param uploads every upload's record
     * @param removedByHand the upload locations uninstalled on this node by anyone but provisioning
     *     since it started: an operator taking an approved upload away on one node is not overruled
     *     (its removal for every node is the upload's removal review)
     * @param at the time to stamp on recorded changes
     */
    static Plan plan(
            NodeState lastSeen,
            NodeState now,
            List<PluginProvision> desired,
            List<PluginUploadRecord> uploads,
            Set<String> removedByHand,
            Instant at) {
        Map<String, PluginProvision> wanted = desired.stream()
                .filter(PluginItems::isPluginItem)
                .collect(Collectors.toMap(
                        PluginProvision::key, item -> item, (first, second) -> second, LinkedHashMap::new));
        List<PluginProvision> changes = new ArrayList<>();
        if (lastSeen == null) {
            for (PluginProvision item : now.items().values()) {
                if (!wanted.containsKey(item.key())) {
                    changes.add(stamped(item, true, at));
                }
            }
        } else {
            Set<String> keys = new LinkedHashSet<>(lastSeen.items().keySet());
            keys.addAll(now.items().keySet());
            for (String key : keys) {
                PluginProvision before = lastSeen.items().get(key);
                PluginProvision after = now.items().get(key);
                if (after != null && (before == null || !before.sameStateAs(after))) {
                    changes.add(stamped(after, true, at));
                } else if (after == null && before != null) {
                    changes.add(stamped(before, false, at));
                }
            }
        }
        Set<String> changedHere = changes.stream().map(PluginProvision::key).collect(Collectors.toSet());
        List<Action> actions = new ArrayList<>();
        // Removals first: a plugin moving from a bundle of its own to a feature with the same bundle
        // must lose the bundle before the feature installs it.
        for (boolean present : new boolean[] {false, true}) {
            for (PluginProvision item : wanted.values()) {
                if (item.present() == present && !changedHere.contains(item.key()) && !has(now, item)) {
                    actions.add(new Apply(item));
                }
            }
        }
        for (PluginUploadRecord upload : uploads) {
            String location = PluginContainment.uploadLocation(upload.creditCode(), upload.id());
            boolean installed = now.uploadLocations().contains(location);
            switch (upload.status()) {
                case INSTALLED, REMOVAL_PENDING -> {
                    if (!installed && !removedByHand.contains(location)) {
                        actions.add(new InstallUpload(upload, location));
                    }
                }
                case REMOVED, REJECTED -> {
                    if (installed) {
                        actions.add(new RemoveUpload(upload, location));
                    }
                }
                    // PENDING with a bundle: the review on this node is installing it right now.
                default -> {}
            }
        }
        return new Plan(List.copyOf(changes), List.copyOf(actions));
    }

    /** Whether the node is as the item wants it. */
    static boolean has(NodeState node, PluginProvision item) {
        PluginProvision there = node.items().get(item.key());
        if (!item.present()) {
            return there == null;
        }
        if (item.kind() == PluginProvision.Kind.BUNDLE) {
            // Installed at that location is enough, whether on its own or by a feature.
            return node.bundleLocations().contains(item.name());
        }
        return there != null && there.sameStateAs(item);
    }

    private static PluginProvision stamped(PluginProvision item, boolean present, Instant at) {
        return new PluginProvision(
                0, 0, item.kind(), item.name(), item.itemVersion(), present, present ? item.content() : "", "", at);
    }
}
