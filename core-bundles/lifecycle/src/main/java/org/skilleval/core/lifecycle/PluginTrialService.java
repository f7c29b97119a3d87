package org.skilleval.core.lifecycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;

/**
 * Trial runs (试运行): a plugin is run on a configuration and sample input, exactly as a round would
 * run it (on its own threads, with the core's checks of its answer), and the answer is shown;
 * nothing is stored, no round, plan or audit event is written. So a plugin's author, the city
 * reviewing an enterprise's plugin, or an enterprise choosing one for its plan sees what it would
 * do before anyone relies on it.
 *
 * <p>Who may try what: the province any plugin; a city agency the plugins the province offers, its
 * city's extensions and the plugins of its city's enterprises; an enterprise the plugins the
 * province offers, the extensions of its city and its own plugins. Any other plugin does not exist
 * for the caller.
 *
 * @since 2.4
 */
@ProviderType
public interface PluginTrialService {

    /**
     * Runs an assessment method on sample sheets: its configuration is checked, then every sheet,
     * then (when nothing was found) the method evaluates them all.
     *
     * @param version the bundle version to run; {@code null} or blank for the newest active one
     * @param configuration the work plan's configuration of the method; missing keys take the
     *     plugin's defaults
     * @param sheets one sheet per expert, as the panel would fill them; not empty
     * @throws org.skilleval.core.domain.NotFoundException when no such method (or version) exists
     *     for the caller
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code plugin-kind} when the id
     *     names a scoring scheme, not a method
     * @throws PluginFault when the plugin fails, times out or answers what its contract forbids
     */
    Trial tryMethod(
            Caller caller, String pluginId, String version, Map<String, String> configuration, List<ScoreSheet> sheets);

    /**
     * Runs a scoring scheme on sample method results: its configuration is checked for the methods
     * the results name, then (when nothing was found) it combines them.
     *
     * @param results one result per assessment method, with its experts' totals where the scheme
     *     needs them; not empty
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code plugin-kind} when the id
     *     names an assessment method, not a scheme
     * @see #tryMethod
     */
    Trial tryScheme(
            Caller caller,
            String pluginId,
            String version,
            Map<String, String> configuration,
            List<MethodResult> results);

    /**
     * What a trial run gave.
     *
     * @param plugin the plugin version that ran
     * @param configuration the configuration it ran with: the given values plus its defaults
     * @param violations every rule the configuration and the sample input break, each with its field
     *     path ({@code configuration.minExperts}, {@code sheets[expert-1].points.theory}); empty when
     *     the plugin gave a result
     * @param methodResult a method's result; {@code null} for a scheme, or when there are violations
     * @param finalResult a scheme's verdict; {@code null} for a method, or when there are violations
     * @param maxTotal a scheme's scale under this configuration; {@code null} otherwise
     */
    record Trial(
            PluginDescriptor plugin,
            Map<String, String> configuration,
            List<Violation> violations,
            MethodResult methodResult,
            FinalResult finalResult,
            BigDecimal maxTotal) {

        public Trial {
            Objects.requireNonNull(plugin, "plugin");
            configuration = Map.copyOf(configuration);
            violations = List.copyOf(violations);
        }

        /** Each expert's own total, by expert id: a method's {@link MethodResult#expertTotals()}; empty otherwise. */
        public Map<String, BigDecimal> expertTotals() {
            return methodResult == null ? Map.of() : methodResult.expertTotals();
        }
    }
}
