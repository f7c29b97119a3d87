package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.SupervisionNoteRecord;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.SupervisionNoteStore;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class SupervisionServiceImplTest {

    private static final String CODE = "91320100MA1NJ0001M";
    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
    // 2027-02-10 in Jiangsu
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ParticipationRecord PARTICIPATION =
            TestRecords.participation().creditCode(CODE).build();

    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final PanelStore panels = mock(PanelStore.class);
    private final SupervisionNoteStore notes = mock(SupervisionNoteStore.class);
    private final SupervisionServiceImpl service = new SupervisionServiceImpl(participations, panels, notes, CLOCK);

    @BeforeEach
    void aPilotEnterpriseOfNanjing() {
        when(participations.find(3)).thenReturn(Optional.of(PARTICIPATION));
        when(panels.find(21))
                .thenReturn(Optional.of(new PanelRecord(
                        21, 1, 7, 3, CODE, "3201", "车工", List.of(new PanelMember("e1", "专家", "厂", "", true)), true)));
        when(panels.find(22))
                .thenReturn(Optional.of(new PanelRecord(22, 1, 7, 4, "X", "3205", "电工", List.of(), false)));
    }

    @Test
    void theCityOfTheEnterpriseRecordsANoteOnThePanelItWatched() {
        service.record(NANJING, 3, LocalDate.of(2027, 2, 10), "  答辩计时不规范  ", 21L, null);

        verify(notes)
                .create(
                        PARTICIPATION,
                        LocalDate.of(2027, 2, 10),
                        "答辩计时不规范",
                        21L,
                        "车工",
                        new AuditActor("nanjing", "city"));
    }

    @Test
    void anotherCityCannotSuperviseTheEnterpriseNorCanAnEnterpriseOrExpert() {
        assertThrows(
                NotFoundException.class, () -> service.record(SUZHOU, 3, LocalDate.of(2027, 2, 1), "看过", null, null));
        assertThrows(
                AccessDeniedException.class, () -> service.record(HR, 3, LocalDate.of(2027, 2, 1), "看过", null, null));
        verifyNoInteractions(notes);
    }

    @Test
    void aVisitInTheFutureEmptyOrOverlongFindingsAndAnotherEnterprisesPanelAreRefused() {
        assertEquals(
                "future",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.record(PROVINCE, 3, LocalDate.of(2027, 2, 11), "看过", null, null))
                        .rule());
        assertEquals(
                "required",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.record(PROVINCE, 3, LocalDate.of(2027, 2, 1), "  ", null, null))
                        .rule());
        assertEquals(
                "length",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.record(
                                        PROVINCE, 3, LocalDate.of(2027, 2, 1), "很".repeat(4001), null, null))
                        .rule());
        assertEquals(
                "panel-not-of-enterprise",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.record(PROVINCE, 3, LocalDate.of(2027, 2, 1), "看过", 22L, null))
                        .rule());
        assertEquals(
                "occupation-mismatch",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.record(PROVINCE, 3, LocalDate.of(2027, 2, 1), "看过", 21L, "钳工"))
                        .rule());
        verifyNoInteractions(notes);
    }

    @Test
    void notesAreReadWithinTheCallersScope() {
        SupervisionNoteRecord note = new SupervisionNoteRecord(
                5, 7, 3, CODE, "3201", LocalDate.of(2027, 2, 1), "看过", null, "", "province", "province", Instant.EPOCH);
        when(notes.find(5)).thenReturn(Optional.of(note));
        when(notes.list(anyLong(), any(), any(), any(), anyInt(), anyInt()))
                .thenReturn(new Page<>(List.of(note), 1, 0, 50));

        assertEquals(5, service.find(HR, 5).id());
        assertEquals(5, service.find(NANJING, 5).id());
        assertThrows(NotFoundException.class, () -> service.find(SUZHOU, 5));
        service.list(SUZHOU, 7, 3L, 0, 50);
        verify(notes).list(eq(7L), eq("3205"), eq(null), eq(3L), eq(0), eq(50));
        service.list(HR, 7, null, 0, 50);
        verify(notes).list(7, null, CODE, null, 0, 50);
        assertThrows(
                AccessDeniedException.class,
                () -> service.list(Caller.fromJaasRoles("e1", List.of("expert", "expert:e1")), 7, null, 0, 50));
    }
}
