package org.skilleval.core.pluginhost;

import java.util.List;
import java.util.Objects;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * One plugin service known to the core.
 *
 * @param kind method or scheme
 * @param id the plugin's stable id; for an {@link PluginState#INVALID} plugin, whatever it said
 *        (or {@code "?"})
 * @param name its display name; for an invalid plugin, a placeholder
 * @param bundleSymbolicName the bundle that registered the service
 * @param bundleVersion that bundle's version
 * @param bundleId that bundle's id in the running framework
 * @param serviceId the service's id in the running framework
 * @param state whether it can be used
 * @param problem why it cannot be used; for an {@link PluginState#ACTIVE} plugin, a refused
 *        configuration it keeps running without (see {@code ConfigurationStatus}); empty otherwise
 * @param cities the codes of the cities whose extension the plugin is (its service property
 *        {@value #CITY_PROPERTY}), sorted; empty for a plugin available in the whole province
 * @param enterprise the credit code (统一社会信用代码) of the enterprise that owns the plugin, read
 *        from where the platform installed its bundle ({@link PluginContainment#ownerOf}), never
 *        from anything the bundle says; empty for a plugin of the platform or an operator
 */
public record PluginDescriptor(
        PluginKind kind,
        String id,
        LocalizedText name,
        String bundleSymbolicName,
        String bundleVersion,
        long bundleId,
        long serviceId,
        PluginState state,
        String problem,
        List<String> cities,
        String enterprise) {

    /**
     * The service property by which a plugin declares itself a city extension (城市扩展): one or more
     * city codes (3201–3213), as a {@code String}, a {@code String[]} or a collection; a string may
     * list several codes separated by commas or spaces. An extension is usable only by enterprises of
     * those cities, and only once the city's agency has enabled it.
     */
    public static final String CITY_PROPERTY = "skilleval.city";

    /** A plugin of the platform or an operator, available in the cities given (or everywhere). */
    public PluginDescriptor(
            PluginKind kind,
            String id,
            LocalizedText name,
            String bundleSymbolicName,
            String bundleVersion,
            long bundleId,
            long serviceId,
            PluginState state,
            String problem,
            List<String> cities) {
        this(kind, id, name, bundleSymbolicName, bundleVersion, bundleId, serviceId, state, problem, cities, "");
    }

    /** A plugin available in the whole province. */
    public PluginDescriptor(
            PluginKind kind,
            String id,
            LocalizedText name,
            String bundleSymbolicName,
            String bundleVersion,
            long bundleId,
            long serviceId,
            PluginState state,
            String problem) {
        this(kind, id, name, bundleSymbolicName, bundleVersion, bundleId, serviceId, state, problem, List.of(), "");
    }

    public PluginDescriptor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bundleSymbolicName, "bundleSymbolicName");
        Objects.requireNonNull(bundleVersion, "bundleVersion");
        Objects.requireNonNull(state, "state");
        problem = problem == null ? "" : problem;
        cities =
                cities == null ? List.of() : cities.stream().sorted().distinct().toList();
        enterprise = enterprise == null ? "" : enterprise;
    }

    /**
     * Whether the plugin belongs to one enterprise, uploaded by it and approved by its city or the
     * province; such a plugin is usable only in that enterprise's own work plans.
     */
    public boolean isEnterprisePlugin() {
        return !enterprise.isEmpty();
    }

    /** Whether the plugin is a city extension rather than available in the whole province. */
    public boolean isCityExtension() {
        return !cities.isEmpty();
    }

    /** Whether the plugin declares itself an extension of this city. */
    public boolean declares(String cityCode) {
        return cities.contains(cityCode);
    }

    /** A copy in another state. */
    public PluginDescriptor withState(PluginState newState, String newProblem) {
        return new PluginDescriptor(
                kind,
                id,
                name,
                bundleSymbolicName,
                bundleVersion,
                bundleId,
                serviceId,
                newState,
                newProblem,
                cities,
                enterprise);
    }
}
