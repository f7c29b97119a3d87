package org.skilleval.plugin.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * Optionally implemented by an {@link AssessmentMethod} or {@link ScoringScheme} whose plugin-wide
 * defaults come from Config Admin: it tells operators that the last configuration was refused.
 *
 * <p>A plugin refusing a configuration keeps running on its previous valid values, so rounds in
 * progress are not interrupted by a typo in {@code etc/}; the core shows this problem next to the
 * plugin ({@code /api/plugins}, {@code skilleval:plugins}) until a valid configuration arrives.
 */
@ConsumerType
public interface ConfigurationStatus {

    /** Why the last configuration was refused, naming the key, the value and the rule; empty when it was accepted. */
    Optional<LocalizedText> configurationProblem();
}
