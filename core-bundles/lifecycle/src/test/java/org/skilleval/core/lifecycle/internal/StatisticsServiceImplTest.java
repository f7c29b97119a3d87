package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.persistence.StatisticsStore;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class StatisticsServiceImplTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:91320100MA1NJ0001M"));

    private final StatisticsStore store = mock(StatisticsStore.class);
    private final StatisticsServiceImpl service = new StatisticsServiceImpl(store);

    @Test
    void theProvinceMayNarrowToAnyCityByName() {
        List<StatisticsRow> rows = List.of(new StatisticsRow("3205", "苏州", 3, 2, 1, 1, 0, 0));
        when(store.count(StatisticsDimension.ENTERPRISE, 7L, "3205", null)).thenReturn(rows);

        assertEquals(rows, service.count(PROVINCE, StatisticsDimension.ENTERPRISE, 7L, "苏州"));
    }

    @Test
    void aCityAlwaysCountsItsOwnCityOnly() {
        service.count(NANJING, StatisticsDimension.OCCUPATION, null, null);

        verify(store).count(StatisticsDimension.OCCUPATION, null, "3201", null);
    }

    @Test
    void aCityAskingForAnotherCityGetsNothing() {
        assertEquals(List.of(), service.count(NANJING, StatisticsDimension.CITY, 7L, "3205"));
        verify(store, never()).count(any(), any(), anyString(), any());
    }

    @Test
    void enterprisesDoNotSeeProgrammeStatistics() {
        assertThrows(AccessDeniedException.class, () -> service.count(HR, StatisticsDimension.CITY, 7L, null));
    }
}
