package org.skilleval.core.registry;

import java.util.Objects;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * One plugin service known to the core.
 *
 * @param kind method or scheme
 * @param id the plugin's stable id; for an {@link PluginState#INVALID} plugin, whatever it said
 *        (or {@code "?"})
 * @param name its display name; for an invalid plugin, a placeholder
 * @param bundleSymbolicName the bundle that registered the service
 * @param bundleVersion that bundle's version
 * @param bundleId that bundle's id in the running framework
 * @param serviceId the service's id in the running framework
 * @param state whether it can be used
 * @param problem why it cannot be used; empty when {@link PluginState#ACTIVE}
 */
public record PluginDescriptor(
        PluginKind kind,
        String id,
        LocalizedText name,
        String bundleSymbolicName,
        String bundleVersion,
        long bundleId,
        long serviceId,
        PluginState state,
        String problem) {

    public PluginDescriptor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bundleSymbolicName, "bundleSymbolicName");
        Objects.requireNonNull(bundleVersion, "bundleVersion");
        Objects.requireNonNull(state, "state");
        problem = problem == null ? "" : problem;
    }

    /** A copy in another state. */
    public PluginDescriptor withState(PluginState newState, String newProblem) {
        return new PluginDescriptor(
                kind, id, name, bundleSymbolicName, bundleVersion, bundleId, serviceId, newState, newProblem);
    }
}
