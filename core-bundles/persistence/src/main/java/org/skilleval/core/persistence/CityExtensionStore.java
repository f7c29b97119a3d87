package org.skilleval.core.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.ConflictException;

/**
 * The city extensions each city's agency has enabled or disabled, one record per city and plugin,
 * every change audited in its own transaction. The store keeps what it is given: the lifecycle
 * checks who may change what and whether the plugin is an extension of the city.
 */
@ProviderType
public interface CityExtensionStore {

    /**
     * Enables or disables a plugin for a city, creating the record on the first change, together
     * with its audit event (action {@code enable} or {@code disable}, object type
     * {@code CityExtension}, object id {@code <city>/<plugin>}). When the record already has the
     * wanted state nothing is written and the record is returned as it is.
     *
     * @param expectedVersion the version of the record the caller read, {@code 0} for a record not
     *     yet created; {@code null} not to check
     * @param at when the change happens
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} when the record changed
     *     since {@code expectedVersion}, or another change of the same city and plugin ran at the
     *     same moment
     */
    CityExtensionRecord setEnabled(
            String cityCode, String pluginId, boolean enabled, Long expectedVersion, Instant at, AuditActor actor);

    Optional<CityExtensionRecord> find(String cityCode, String pluginId);

    /** The records of a city, by plugin id; at most one per plugin the city ever enabled. */
    List<CityExtensionRecord> listByCity(String cityCode);

    /** The records of a plugin, by city code; at most 13. */
    List<CityExtensionRecord> listByPlugin(String pluginId);

    /** Every record, by city code and plugin id. */
    List<CityExtensionRecord> listAll();
}
