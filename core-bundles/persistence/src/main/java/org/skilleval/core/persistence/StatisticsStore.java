package org.skilleval.core.persistence;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;

/** Counts computed in the database, grouped along one dimension, for the statistics views. */
@ProviderType
public interface StatisticsStore {

    /**
     * One row per group that has at least one submitted application, ordered by key.
     *
     * @param dimension what to group by
     * @param roundId only this round; {@code null} for every round
     * @param cityCode only this city; {@code null} for every city
     * @param creditCode only this enterprise; {@code null} for every enterprise
     */
    List<StatisticsRow> count(StatisticsDimension dimension, Long roundId, String cityCode, String creditCode);
}
