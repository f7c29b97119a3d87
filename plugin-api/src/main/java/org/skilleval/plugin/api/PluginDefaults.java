package org.skilleval.plugin.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.Violation;

/**
 * A plugin's defaults in force: its built-in defaults, replaced whole by each valid configuration
 * Config Admin gives its PID, and kept when a configuration breaks the plan rules. What {@link
 * ConfigurationStatus} reports, the default values its {@link ParameterSpec}s publish and what a
 * plan that leaves a parameter unset gets all come from here.
 *
 * <p>A refused configuration leaves the previous valid defaults (the built-in ones at first) in
 * force, so running rounds are not interrupted by a typo in {@code etc/}; it is logged once as an
 * error (through {@code java.util.logging}, which Karaf routes to its log, because a plugin's API may
 * import nothing else) and reported by {@link #configurationProblem()} until a valid one arrives.
 *
 * <p>Thread-safe: the defaults are immutable and replaced in one write.
 *
 * @since 1.3
 */
public final class PluginDefaults {

    private final String pid;
    private final ParameterDeclarations declarations;
    private final AcrossParameters acrossParameters;
    private final Logger log;

    private volatile ParameterValues values;
    private volatile LocalizedText configurationProblem;

    /** The built-in defaults of {@code declarations}, configured under {@code pid}. */
    public PluginDefaults(String pid, ParameterDeclarations declarations) {
        this(pid, declarations, (values, violations) -> {});
    }

    /**
     * The built-in defaults of {@code declarations}, whose configured defaults must also keep a
     * rule across parameters, e.g. that at least one honour is worth points.
     */
    public PluginDefaults(String pid, ParameterDeclarations declarations, AcrossParameters acrossParameters) {
        this.pid = pid;
        this.declarations = declarations;
        this.acrossParameters = acrossParameters;
        this.log = Logger.getLogger(pid);
        this.values = declarations.builtInDefaults();
    }

    /** The defaults of {@code declarations} with a first configuration; see {@link #configure(Map)}. */
    public PluginDefaults(String pid, ParameterDeclarations declarations, Map<String, ?> configuration) {
        this(pid, declarations);
        configure(configuration);
    }

    /** The defaults with a rule across parameters and a first configuration; see {@link #configure(Map)}. */
    public PluginDefaults(
            String pid,
            ParameterDeclarations declarations,
            AcrossParameters acrossParameters,
            Map<String, ?> configuration) {
        this(pid, declarations, acrossParameters);
        configure(configuration);
    }

    /**
     * A rule that no single parameter can check, applied to configured defaults once each of them
     * is valid.
     */
    @FunctionalInterface
    public interface AcrossParameters {

        /** Records in {@code violations} what {@code values}, each valid, break together. */
        void check(ParameterValues values, List<Violation> violations);
    }

    /** The configuration PID, e.g. {@code org.skilleval.plugin.oral-defense}. */
    public String pid() {
        return pid;
    }

    /** The parameters these are the defaults of. */
    public ParameterDeclarations declarations() {
        return declarations;
    }

    /**
     * Takes a configuration from Config Admin (the component's properties): the configurable
     * parameters are read by the plan rules against the built-in defaults. Valid, they replace the
     * defaults in force; invalid, they are refused with every rule they break.
     *
     * @return whether the configuration was accepted
     */
    public synchronized boolean configure(Map<String, ?> properties) {
        Parameters configured = declarations.configuredDefaults(properties);
        List<Violation> violations = new ArrayList<>();
        ParameterValues read = declarations.readDefaults(configured, violations);
        if (violations.isEmpty()) {
            acrossParameters.check(read, violations);
        }
        if (violations.isEmpty()) {
            values = read;
            configurationProblem = null;
            return true;
        }
        LocalizedText problem = ConfigurationStatus.refused(pid, configured, violations);
        configurationProblem = problem;
        log.log(Level.SEVERE, problem.zh() + " / " + problem.en());
        return false;
    }

    /** The defaults in force. */
    public ParameterValues values() {
        return values;
    }

    /** Why the last configuration was refused; empty when it was accepted. */
    public Optional<LocalizedText> configurationProblem() {
        return Optional.ofNullable(configurationProblem);
    }

    /** The specifications to publish, with the defaults in force. */
    public List<ParameterSpec> specs() {
        return declarations.specs(values);
    }

    /**
     * Reads a plan's configuration; what it leaves unset comes from the defaults in force.
     *
     * @throws InvalidInputException listing every rule it breaks
     */
    public ParameterValues require(Parameters configuration) {
        return declarations.require(configuration, values);
    }

    /**
     * Reads one declared parameter of a plan's configuration, recording every rule it breaks in
     * {@code violations}: for a plugin whose rules interleave its parameters with checks of its
     * own, so that the violations keep the order of its rules.
     *
     * @return the plan's value; the default in force when the plan leaves it unset or sets it wrongly
     */
    public <T> T read(ParameterDeclaration<T> parameter, Parameters configuration, List<Violation> violations) {
        T inForce = values.get(parameter);
        if (configuration.get(parameter.key()).isEmpty()) {
            return inForce;
        }
        T read = parameter.read(configuration, violations);
        return read == null ? inForce : read;
    }

    /** Reads a plan's configuration, recording every rule it breaks in {@code violations}. */
    public ParameterValues read(Parameters configuration, List<Violation> violations) {
        return declarations.read(configuration, values, violations);
    }
}
