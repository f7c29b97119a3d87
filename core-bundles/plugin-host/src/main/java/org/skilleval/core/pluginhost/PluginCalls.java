package org.skilleval.core.pluginhost;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.Violation;

/**
 * The one way the core calls plugin code: finds the plugin version a choice pins, runs the call on
 * that version's own threads within the configured timeout, and checks the answer against the
 * scale the plugin declares. Whatever goes wrong comes out as a {@link PluginFault} naming the
 * plugin, bundle and version; nothing else escapes from plugin code.
 */
@ProviderType
public interface PluginCalls {

    /**
     * The assessment method at the version the choice pins.
     *
     * @throws PluginFault.Unavailable when that version is not running or not active
     */
    PinnedPlugin<AssessmentMethod> method(PluginChoice choice);

    /**
     * The scoring scheme at the version the choice pins.
     *
     * @throws PluginFault.Unavailable when that version is not running or not active
     */
    PinnedPlugin<ScoringScheme> scheme(PluginChoice choice);

    /**
     * Runs {@code call}, which calls the plugin's code, on the plugin version's own threads,
     * waiting at most the configured timeout. Whatever the plugin throws (its own {@link
     * InvalidInputException} included, with its violations in the message) and a {@code null}
     * answer become {@link PluginFault.Failed}.
     *
     * @param field the field a refusal names
     * @throws PluginFault failed, or the timeout, busy or stuck
     */
    <T> T call(PinnedPlugin<?> plugin, String field, Supplier<T> call);

    /**
     * Like {@link #call}, but the plugin's own {@link InvalidInputException} comes out as it is: for
     * a caller whose input the plugin judges (a trial run), where a refusal is an answer, not the
     * plugin's failure.
     *
     * @throws InvalidInputException what the plugin refused, with its violations
     * @throws PluginFault failed, or the timeout, busy or stuck
     */
    <T> T callRefusing(PinnedPlugin<?> plugin, String field, Supplier<T> call);

    /**
     * Runs every method on its sheets and the scheme on the methods' results, each at its pinned
     * version, and checks every answer against the scale its plugin declares. Every plugin is
     * looked up before any runs, so a missing one refuses before any work.
     *
     * @param inputs the submitted sheets of every method
     * @throws PluginFault on the field of the plugin that failed ({@code methods.<id>} or {@code scheme})
     */
    PluginComputation compute(List<PluginChoice> methods, PluginChoice scheme, List<SheetInput> inputs);

    /**
     * Checks a method's result again in the core: that it is for this method, within the scale the
     * method declares, every item within its own maximum and every expert total within the
     * maximum. The API's records check themselves when built, but the core does not rely on plugin
     * code having built them honestly.
     *
     * @throws PluginFault.Failed naming what is out of range
     */
    void requireInRange(PinnedPlugin<?> method, String field, MethodResult result, ResultScale declared);

    /**
     * Checks a scheme's verdict again in the core: its total within the scale the scheme declares,
     * reasons present.
     *
     * @throws PluginFault.Failed on field {@code scheme}, naming what is out of range
     */
    void requireInRange(PinnedPlugin<?> scheme, FinalResult result, ResultScale declared);

    /**
     * Asks a method whether it accepts the choice's configuration (by building its score sheet
     * from it).
     *
     * @param field the choice's field, e.g. {@code methods[0]}; the plugin's own violations are
     *        reported under {@code <field>.configuration.}
     * @return the violations: the plugin's own, or one on {@code field} when it failed, timed out
     *         or was busy (rule {@code plugin-error} or the fault's); empty when it accepts
     */
    List<Violation> configurationProblems(String field, PinnedPlugin<AssessmentMethod> method);

    /**
     * Asks a scheme whether it accepts the choice's configuration together with these methods; its
     * violations are reported under {@code scheme.configuration.}.
     *
     * @return as {@link #configurationProblems(String, PinnedPlugin)}, on field {@code scheme}
     */
    List<Violation> schemeConfigurationProblems(PinnedPlugin<ScoringScheme> scheme, Set<String> methodIds);
}
