package org.skilleval.core.registry;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.ScoringScheme;

/**
 * The plugins the running core has now. Plugins come and go at any moment: callers look a plugin
 * up each time they need it and never keep it.
 */
@ProviderType
public interface PluginRegistry {

    /** Every registered plugin service, methods first, each kind ordered by id then bundle version. */
    List<PluginDescriptor> plugins();

    /** The active method with this id; with several versions registered, the highest version. */
    Optional<AssessmentMethod> method(String id);

    /** The active scheme with this id; with several versions registered, the highest version. */
    Optional<ScoringScheme> scheme(String id);
}
