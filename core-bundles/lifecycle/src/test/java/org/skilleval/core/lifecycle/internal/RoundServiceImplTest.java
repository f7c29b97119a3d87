package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.persistence.AuditTrail;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class RoundServiceImplTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final RoundRecord ROUND_2027 =
            new RoundRecord(7, 3, 2027, 1, "2027年第1批特级技师评聘", RoundSchedule.defaultFor(2027, 1));

    private final RoundStore store = mock(RoundStore.class);
    private final RoundServiceImpl service = new RoundServiceImpl(store, mock(AuditTrail.class));

    @Test
    void onlyTheProvinceOpensRounds() {
        assertThrows(AccessDeniedException.class, () -> service.open(NANJING, 2027, 1, ""));
        verify(store, never()).create(any(Integer.class), any(Integer.class), any(), any(), any());
    }

    @Test
    void aRoundOpensWithTheSeedScheduleAndADefaultTitle() {
        service.open(PROVINCE, 2027, 2, " ");

        verify(store)
                .create(
                        2027,
                        2,
                        "2027年第2批特级技师评聘",
                        RoundSchedule.defaultFor(2027, 2),
                        new AuditActor("province", "province"));
    }

    @Test
    void aYearOutsideTheProgrammeIsRefused() {
        assertEquals(
                "range",
                assertThrows(RuleViolationException.class, () -> service.open(PROVINCE, 2020, 1, ""))
                        .rule());
    }

    @Test
    void anExtensionNeedsAReason() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> service.extendDeadline(
                        PROVINCE, 7, 3, RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 15), " "));

        assertEquals("reason", refused.field());
        assertEquals("required", refused.rule());
    }

    @Test
    void anExtensionMovesTheDeadlineAndRecordsThePhaseAndReason() {
        applyChangesTo(ROUND_2027);

        RoundRecord extended = service.extendDeadline(
                PROVINCE, 7, 3, RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 15), "苏州两家企业材料补正");

        assertEquals(LocalDate.of(2026, 12, 15), extended.schedule().deadline(RoundPhase.RECOMMENDATION));
        verify(store).update(eq(7L), eq(3L), eq("extend-deadline"), eq("RECOMMENDATION: 苏州两家企业材料补正"), any(), any());
    }

    @Test
    void anExtensionThatIsNotLaterIsRefused() {
        applyChangesTo(ROUND_2027);

        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> service.extendDeadline(
                        PROVINCE, 7, 3, RoundPhase.RECOMMENDATION, LocalDate.of(2026, 11, 30), "no change"));

        assertEquals("not-later", refused.rule());
    }

    @Test
    void aCityCannotExtendDeadlines() {
        assertThrows(
                AccessDeniedException.class,
                () -> service.extendDeadline(
                        NANJING, 7, 3, RoundPhase.RECOMMENDATION, LocalDate.of(2026, 12, 15), "please"));
    }

    @Test
    void theCurrentPhaseIsTheFirstWhoseDeadlineHasNotPassed() {
        assertEquals(
                RoundPhase.RECOMMENDATION,
                service.currentPhase(ROUND_2027, LocalDate.of(2026, 11, 30)).orElseThrow());
        assertEquals(
                RoundPhase.WORK_PLAN,
                service.currentPhase(ROUND_2027, LocalDate.of(2026, 12, 1)).orElseThrow());
        assertEquals(
                RoundPhase.EVALUATION,
                service.currentPhase(ROUND_2027, LocalDate.of(2027, 2, 28)).orElseThrow());
        assertEquals(
                RoundPhase.PUBLICITY,
                service.currentPhase(ROUND_2027, LocalDate.of(2027, 3, 1)).orElseThrow());
        assertEquals(
                true, service.currentPhase(ROUND_2027, LocalDate.of(2027, 4, 1)).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void applyChangesTo(RoundRecord stored) {
        when(store.update(anyLong(), anyLong(), anyString(), anyString(), any(), any()))
                .thenAnswer(call -> ((UnaryOperator<RoundRecord>) call.getArgument(5)).apply(stored));
    }
}
