package org.skilleval.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a city's agency (设区市职业技能鉴定机构) has enabled a city extension plugin for the
 * enterprises of its city. A city extension without a record is disabled.
 *
 * @param id the record's id
 * @param version the optimistic-locking version; a write may name the version it read
 * @param cityCode the city, e.g. {@code 3205}
 * @param pluginId the extension's plugin id, e.g. {@code suzhou-master-studio}
 * @param enabled whether the city's enterprises may choose the extension in their work plans
 * @param changedBy who enabled or disabled it last
 * @param changedAt when
 */
public record CityExtensionRecord(
        long id, long version, String cityCode, String pluginId, boolean enabled, String changedBy, Instant changedAt) {

    public CityExtensionRecord {
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
