package org.skilleval.core.lifecycle.internal;

import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.lifecycle.StatisticsService;
import org.skilleval.core.persistence.StatisticsStore;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = StatisticsService.class)
public class StatisticsServiceImpl implements StatisticsService {

    private final StatisticsStore statistics;

    @Activate
    public StatisticsServiceImpl(@Reference StatisticsStore statistics) {
        this.statistics = statistics;
    }

    @Override
    public List<StatisticsRow> count(Caller caller, StatisticsDimension dimension, Long roundId, String city) {
        Objects.requireNonNull(dimension, "dimension");
        caller.requireAny(Role.PROVINCE, Role.CITY);
        TenantScope scope = TenantScope.forList(caller, city, "statistics");
        if (scope.nothing()) {
            return List.of();
        }
        return statistics.count(dimension, roundId, scope.city(), scope.enterprise());
    }
}
