package org.skilleval.core.domain;

import java.util.Objects;

/**
 * How many approved work plans of a round pin a plugin version.
 *
 * @param roundId the round
 * @param kind {@code method} or {@code scheme}: how the plans use the plugin
 * @param pinnedVersion the bundle version the plans pinned at approval
 * @param plans the number of approved plans that do
 */
public record PinnedVersionCount(long roundId, String kind, String pinnedVersion, long plans) {

    public PinnedVersionCount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pinnedVersion, "pinnedVersion");
    }
}
