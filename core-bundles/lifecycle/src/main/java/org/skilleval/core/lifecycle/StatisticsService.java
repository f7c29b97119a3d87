package org.skilleval.core.lifecycle;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.security.Caller;

/**
 * Statistics of the programme for the province and the cities: per city, enterprise, occupation or
 * round, how many applied, were eligible, passed, were certified and met objections.
 */
@ProviderType
public interface StatisticsService {

    /**
     * The counts along one dimension within the caller's scope: the province sees every city (or the
     * one it asks for), a city only its own.
     *
     * @param roundId one round; {@code null} for all rounds
     * @param city a city code or name to narrow to; {@code null} for all the caller may see
     * @throws org.skilleval.core.security.AccessDeniedException for callers other than province and city
     */
    List<StatisticsRow> count(Caller caller, StatisticsDimension dimension, Long roundId, String city);
}
