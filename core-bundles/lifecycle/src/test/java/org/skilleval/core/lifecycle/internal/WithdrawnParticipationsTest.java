package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.WorkPlanStatus;

class WithdrawnParticipationsTest {

    private final RoundStore rounds = mock(RoundStore.class);
    private final WorkPlanStore plans = mock(WorkPlanStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);

    @Test
    @SuppressWarnings("unchecked")
    void anEnterpriseWhosePlanWasRejectedBeforeNowReadsWithdrawn() {
        when(rounds.list(null, 0, 200))
                .thenReturn(new Page<>(
                        List.of(new RoundRecord(7, 1, 2026, 1, "2026", RoundSchedule.defaultFor(2026, 1))), 1, 0, 200));
        when(plans.list(7, null, null, WorkPlanStatus.REJECTED, 0, 200))
                .thenReturn(new Page<>(
                        List.of(
                                TestRecords.workPlan()
                                        .id(9)
                                        .participationId(3)
                                        .status(WorkPlanStatus.REJECTED)
                                        .build(),
                                TestRecords.workPlan()
                                        .id(10)
                                        .participationId(4)
                                        .status(WorkPlanStatus.REJECTED)
                                        .build()),
                        2,
                        0,
                        200));
        ParticipationRecord stale = TestRecords.participation().id(3).build();
        when(participations.find(3)).thenReturn(Optional.of(stale));
        when(participations.find(4))
                .thenReturn(Optional.of(TestRecords.participation()
                        .id(4)
                        .status(ParticipationStatus.WITHDRAWN)
                        .build()));

        assertEquals(1, WithdrawnParticipations.reconcile(rounds, plans, participations));

        ArgumentCaptor<UnaryOperator<ParticipationRecord>> leave = ArgumentCaptor.forClass(UnaryOperator.class);
        verify(participations).update(eq(3L), eq(1L), eq("leave"), anyString(), any(), leave.capture());
        assertEquals(
                ParticipationStatus.WITHDRAWN, leave.getValue().apply(stale).status());
        verify(participations, never()).update(eq(4L), anyLong(), anyString(), anyString(), any(), any());
    }
}
