package org.skilleval.core.lifecycle;

import java.time.Instant;
import java.util.Objects;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * A city extension (城市扩展) as one city sees it: a plugin that declares itself an extension of
 * the city (service property {@code skilleval.city}), and whether the city's agency enabled it.
 * Only the enterprises of a city whose agency enabled an extension may choose it in a work plan.
 *
 * @param cityCode the city, e.g. {@code 3205}
 * @param pluginId the plugin's id
 * @param kind how the plugin is used; {@code null} when no version of it is installed now
 * @param name its display name; the id in both languages when it is not installed now
 * @param installed whether an active version declaring this city is installed now
 * @param enabled whether the city's agency enabled it; {@code false} until it does
 * @param version the version of the enablement record, {@code 0} before its first change; a
 *     change may name it to guard against a concurrent one
 * @param changedBy who enabled or disabled it last; {@code null} before its first change
 * @param changedAt when; {@code null} before its first change
 */
public record CityExtension(
        String cityCode,
        String pluginId,
        PluginKind kind,
        LocalizedText name,
        boolean installed,
        boolean enabled,
        long version,
        String changedBy,
        Instant changedAt) {

    public CityExtension {
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(name, "name");
    }
}
