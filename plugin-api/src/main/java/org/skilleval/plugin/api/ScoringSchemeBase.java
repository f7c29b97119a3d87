package org.skilleval.plugin.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * A scoring scheme without the repeated parts: what {@link PluginBase} gives. A subclass writes
 * {@link #validateConfiguration} and {@link #combine}, with the helpers of {@link Scores} ({@link
 * Scores#resultsByMethod}, {@link Scores#weights}, {@link Scores#missingResults}).
 *
 * @since 1.3
 */
@ConsumerType
public abstract class ScoringSchemeBase extends PluginBase implements ScoringScheme {

    protected ScoringSchemeBase(String id, LocalizedText name, LocalizedText description, PluginDefaults defaults) {
        super(id, name, description, defaults);
    }
}
