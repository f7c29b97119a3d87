package org.skilleval.core.pluginhost;

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

    /**
     * The active method with this id whose bundle has exactly this version, e.g. the version a work
     * plan pinned at approval. Versions compare as OSGi versions ({@code 1.2} equals {@code 1.2.0}).
     *
     * @return empty when no such version is registered, it is not {@link PluginState#ACTIVE}, or
     *         {@code bundleVersion} is not a version
     */
    Optional<AssessmentMethod> method(String id, String bundleVersion);

    /** The active scheme with this id and exact bundle version; like {@link #method(String, String)}. */
    Optional<ScoringScheme> scheme(String id, String bundleVersion);

    /**
     * The descriptor of the active plugin of this kind, id and exact bundle version: the bundle
     * symbolic name and version a result records as its provenance.
     *
     * @return empty when {@link #method(String, String)} or {@link #scheme(String, String)} would be
     */
    Optional<PluginDescriptor> describe(PluginKind kind, String id, String bundleVersion);
}
