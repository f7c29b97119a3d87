package org.skilleval.core.lifecycle;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.security.Caller;

/**
 * City extensions (城市扩展) and plugin information. A plugin that names cities in its
 * {@code skilleval.city} service property is usable only by the enterprises of those cities, and
 * only once the city's agency has enabled it; work plans are checked for that when saved,
 * submitted and approved. Disabling an extension later does not touch approved plans: they pinned
 * their plugin versions and run on them to the end of the round.
 *
 * <p>Enabling is the city agency's decision for its own enterprises: the province does not make it
 * through the API (it still approves every plan); operators can, in the Karaf shell.
 */
@ProviderType
public interface CityExtensionService {

    /**
     * The city's extensions: every installed plugin declaring the city, and every plugin the city
     * ever enabled or disabled, by plugin id.
     *
     * @param cityCode a city code or name, e.g. {@code 3205} or {@code 苏州}
     * @throws org.skilleval.core.security.AccessDeniedException for a caller who is no province or
     *     city user
     * @throws org.skilleval.core.domain.NotFoundException for another city's user
     * @throws org.skilleval.core.rules.RuleViolationException (rule {@code city}) for no Jiangsu city
     */
    List<CityExtension> list(Caller caller, String cityCode);

    /**
     * The city's agency enables or disables an extension for its enterprises, audited.
     *
     * @param expectedVersion the {@link CityExtension#version()} the caller read; {@code null} not
     *     to check
     * @throws org.skilleval.core.security.AccessDeniedException for a caller who is no city user
     * @throws org.skilleval.core.domain.NotFoundException for another city's user
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code not-installed} to enable a
     *     plugin no active version of which is installed, rule {@code not-extension} for a plugin
     *     that does not declare the city
     * @throws org.skilleval.core.domain.ConflictException on a stale {@code expectedVersion}
     */
    CityExtension setEnabled(Caller caller, String cityCode, String pluginId, boolean enabled, Long expectedVersion);

    /** Like {@link #list}, for an operator of the container; {@code null} city for every city. */
    List<CityExtension> listForOperator(String cityCode);

    /**
     * Like {@link #setEnabled}, by an operator of the container, audited with the role
     * {@code operator}.
     */
    CityExtension setEnabledByOperator(String operator, String cityCode, String pluginId, boolean enabled);

    /**
     * What the platform knows about a plugin id; public information.
     *
     * @return empty when no version is registered and no city or approved plan names the id
     */
    Optional<PluginInfo> pluginInfo(String pluginId);
}
