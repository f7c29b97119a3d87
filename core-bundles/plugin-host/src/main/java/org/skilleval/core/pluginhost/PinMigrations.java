package org.skilleval.core.pluginhost;

import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.rules.RuleViolationException;

/**
 * Moving a plan's pin of a plugin to another version, as far as plugin code decides it: which
 * version the pin would move to, and what every assessed candidate's result would be under it
 * (the shadow evaluation). Who may ask, which candidates a plan has and the write of the new pin
 * are the lifecycle's.
 */
@ProviderType
public interface PinMigrations {

    /**
     * A candidate to shadow-evaluate: shown as given, computed on the sheets given.
     *
     * @param inputs where the sheets come from
     * @param sheets the sheets the next evaluation would use
     */
    record Candidate(
            long applicationId,
            String name,
            String maskedIdNumber,
            String occupation,
            ShadowEvaluation.Inputs inputs,
            List<SheetInput> sheets) {

        public Candidate {
            Objects.requireNonNull(inputs, "inputs");
            sheets = List.copyOf(sheets);
        }
    }

    /**
     * The active version a pin would move to.
     *
     * @param kind the kind of the pinned plugin
     * @param pinned the plan's choice of the plugin, with the version it pins now
     * @param toVersion the version asked for
     * @throws RuleViolationException on field {@code toVersion}: rule {@code format} (not a version),
     *         {@code same-version} (the pin already names it) or {@code plugin-unavailable} (not
     *         installed or not active: the caller's input, not a plugin's fault)
     */
    PluginDescriptor target(PluginKind kind, PluginChoice pinned, String toVersion);

    /**
     * Every candidate computed under the plan's pins and with {@code pluginId} pinned to {@code
     * toVersion}, ranked by total before and after, each change explained, and a summary. A
     * candidate a plugin fails on keeps the fault's rule and message on that side. Writes nothing.
     *
     * @param methods the plan's pinned methods
     * @param scheme the plan's pinned scheme
     * @param incomplete how many candidates could not be given (sheets missing, no stored result)
     */
    ShadowEvaluation shadow(
            long planId,
            List<PluginChoice> methods,
            PluginChoice scheme,
            String pluginId,
            String toVersion,
            List<Candidate> candidates,
            int incomplete);
}
