package org.skilleval.core.pluginhost;

import java.util.Objects;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.plugin.api.Parameters;

/**
 * A plugin looked up at the version a choice pins, with its descriptor and the choice itself: what
 * {@link PluginCalls} calls. Valid for one piece of work; never kept, since the plugin may go.
 *
 * @param <T> {@code AssessmentMethod} or {@code ScoringScheme}
 * @param plugin the plugin service
 * @param descriptor its registration: id, bundle and version that results record as provenance
 * @param choice the plan's choice of it, with its configuration
 */
public record PinnedPlugin<T>(T plugin, PluginDescriptor descriptor, PluginChoice choice) {

    public PinnedPlugin {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(choice, "choice");
    }

    /** The choice's configuration as the plugin reads it. */
    public Parameters parameters() {
        return Parameters.of(choice.configuration());
    }
}
