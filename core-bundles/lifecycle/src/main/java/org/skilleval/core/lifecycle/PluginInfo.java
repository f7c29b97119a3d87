package org.skilleval.core.lifecycle;

import java.util.List;
import java.util.Objects;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;

/**
 * Everything the platform knows about one plugin id: each registered version, the cities it is an
 * extension of and which of them enabled it, and the approved work plans that pinned its versions.
 *
 * @param id the plugin id
 * @param registrations every registered service of this id, of either kind, in the registry's order
 * @param enablements the cities' enablement records, by city code
 * @param pins the approved plans pinning each version, per round
 */
public record PluginInfo(
        String id,
        List<Registration> registrations,
        List<CityExtensionRecord> enablements,
        List<PinnedVersionCount> pins) {

    public PluginInfo {
        Objects.requireNonNull(id, "id");
        registrations = List.copyOf(registrations);
        enablements = List.copyOf(enablements);
        pins = List.copyOf(pins);
    }

    /**
     * One registered version.
     *
     * @param descriptor what the registry knows: bundle, version, state, problem, cities
     * @param description the plugin's own description; {@code null} unless the version is active
     * @param parameters the configuration a work plan may give it; empty unless active
     * @param evidence what an assessment method looks at; {@code null} for a scheme or unless active
     * @param pinnedBy how many approved plans, over all rounds, pinned this kind and version
     */
    public record Registration(
            PluginDescriptor descriptor,
            LocalizedText description,
            List<ParameterSpec> parameters,
            EvidenceSpec evidence,
            long pinnedBy) {

        public Registration {
            Objects.requireNonNull(descriptor, "descriptor");
            parameters = List.copyOf(parameters);
        }
    }
}
