package org.skilleval.plugin.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.service.component.annotations.Modified;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;

/**
 * What every plugin has besides its scoring logic: its id, name and description, its declared
 * parameters with the defaults Config Admin gives them, and the {@link ConfigurationStatus} of
 * those defaults. Extend {@link AssessmentMethodBase} or {@link ScoringSchemeBase}.
 *
 * <p>A plugin component passes its Config Admin properties on: an {@code @Activate} constructor
 * taking {@code Map<String, Object>} builds the {@link PluginDefaults} with them, and {@link
 * #configurationModified}, the {@code @Modified} method every plugin inherits, takes later changes
 * without a restart (bnd finds it with {@code -dsannotations-options: inherit}, which the project's
 * build and the archetype's set).
 *
 * @since 1.3
 */
@ConsumerType
public abstract class PluginBase implements ConfigurationStatus {

    private final String id;
    private final LocalizedText name;
    private final LocalizedText description;
    private final PluginDefaults defaults;

    protected PluginBase(String id, LocalizedText name, LocalizedText description, PluginDefaults defaults) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.defaults = defaults;
    }

    /** The stable id plans refer to. */
    public String id() {
        return id;
    }

    /** The name shown to people. */
    public LocalizedText name() {
        return name;
    }

    /** How it assesses or decides. */
    public LocalizedText description() {
        return description;
    }

    /** The declared parameters, with the defaults in force. */
    public List<ParameterSpec> parameters() {
        return defaults.specs();
    }

    /** Why the last Config Admin configuration was refused; empty when it was accepted. */
    @Override
    public Optional<LocalizedText> configurationProblem() {
        return defaults.configurationProblem();
    }

    /** The declared parameters and the defaults in force, for the plugin and its test kit. */
    public PluginDefaults defaults() {
        return defaults;
    }

    /**
     * Takes changed defaults from Config Admin. An invalid configuration is refused (see {@link
     * PluginDefaults#configure}).
     */
    protected void configure(Map<String, ?> properties) {
        defaults.configure(properties);
    }

    /**
     * Declarative Services calls this when the plugin's Config Admin configuration changes, so that
     * new defaults apply without restarting the component (and without taking the plugin away from
     * a round that is using it).
     */
    @Modified
    protected void configurationModified(Map<String, Object> properties) {
        configure(properties);
    }

    /**
     * A plan's configuration read with the defaults in force.
     *
     * @throws InvalidInputException listing every rule it breaks
     */
    protected ParameterValues require(Parameters configuration) {
        return defaults.require(configuration);
    }
}
