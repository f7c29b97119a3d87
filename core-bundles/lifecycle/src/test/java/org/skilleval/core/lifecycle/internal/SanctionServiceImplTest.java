package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.SanctionRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AppointmentStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.ProposalListStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.SanctionStore;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.AppointmentStatus;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.SanctionStatus;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class SanctionServiceImplTest {

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    // 2026-03-10 00:30 in Jiangsu is still 2026-03-09 in UTC: "today" must be Jiangsu's day.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T16:30:00Z"), SanctionServiceImpl.JIANGSU);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final String ZHANG = "32010219900307123" + ResidentIdNumber.checkCharacter("32010219900307123");
    private static final String CREDIT_CODE = "91350100M000100Y43";
    private static final String FINDING = "申报材料业绩证明造假";

    private final SanctionStore store = mock(SanctionStore.class);
    private final RoundStore rounds = mock(RoundStore.class);
    private final ApplicationStore applications = mock(ApplicationStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final ProposalListStore lists = mock(ProposalListStore.class);
    private final AppointmentStore appointments = mock(AppointmentStore.class);
    private final InlineUnitOfWork unitOfWork = new InlineUnitOfWork();
    private final SanctionServiceImpl service = new SanctionServiceImpl(
            store, rounds, applications, participations, lists, appointments, unitOfWork, CLOCK);

    @Test
    void aCityCannotRecordASanction() {
        assertThrows(
                AccessDeniedException.class,
                () -> service.record(NANJING, SubjectType.PERSON, ZHANG, "张三", TODAY, FINDING, null));
        verifyNoInteractions(store);
    }

    @Test
    void aCityCannotListOrReadSanctions() {
        assertThrows(AccessDeniedException.class, () -> service.list(NANJING, null, null, 0, 10));
        assertThrows(AccessDeniedException.class, () -> service.find(NANJING, 1));
        verifyNoInteractions(store);
    }

    @Test
    void theProvinceRecordsAFindingOfTodayAgainstAPersonWithTheRoundItCancels() {
        when(rounds.find(7)).thenReturn(Optional.of(round()));
        when(store.create(any(), any(), any(), any(), any(), any(), any())).thenReturn(stored(5, TODAY));

        service.record(PROVINCE, SubjectType.PERSON, ZHANG, " 张三 ", TODAY, FINDING, 7L);

        verify(store)
                .create(SubjectType.PERSON, ZHANG, "张三", TODAY, FINDING, 7L, new AuditActor("province", "province"));
    }

    @Test
    void aBadIdNumberIsRefusedWithItsRule() {
        String wrongCheck = ZHANG.substring(0, 17) + (ZHANG.charAt(17) == '0' ? '1' : '0');

        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> service.record(PROVINCE, SubjectType.PERSON, wrongCheck, "张三", TODAY, FINDING, null));

        assertEquals("subjectKey", refused.field());
        assertEquals("check-digit", refused.rule());
        assertFalse(refused.getMessage().contains(wrongCheck));
        verifyNoInteractions(store);
    }

    @Test
    void anIdNumberOfSomeoneBornAfterTodayIsRefused() {
        String unborn = "32010220260311123" + ResidentIdNumber.checkCharacter("32010220260311123");

        assertEquals(
                "birth-date",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.record(PROVINCE, SubjectType.PERSON, unborn, "张三", TODAY, FINDING, null))
                        .rule());
    }

    @Test
    void anEnterpriseIsKeyedByAValidCreditCode() {
        service.record(PROVINCE, SubjectType.ENTERPRISE, CREDIT_CODE, "某某重工有限公司", TODAY, "虚报高级技师人数", null);
        verify(store).create(any(), any(), any(), any(), any(), any(), any());

        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> service.record(
                        PROVINCE, SubjectType.ENTERPRISE, "91350100M000100Y44", "某某重工有限公司", TODAY, "虚报", null));
        assertEquals("subjectKey", refused.field());
        assertEquals("check-character", refused.rule());
    }

    @Test
    void aPersonsIdNumberIsNotAcceptedAsAnEnterpriseKey() {
        assertEquals(
                "characters",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.record(
                                        PROVINCE,
                                        SubjectType.ENTERPRISE,
                                        ZHANG.substring(0, 17) + "I",
                                        "某公司",
                                        TODAY,
                                        FINDING,
                                        null))
                        .rule());
    }

    @Test
    void aFindingDatedTomorrowInJiangsuIsRefused() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> service.record(PROVINCE, SubjectType.PERSON, ZHANG, "张三", TODAY.plusDays(1), FINDING, null));

        assertEquals("foundOn", refused.field());
        assertEquals("future", refused.rule());
        verifyNoInteractions(store);
    }

    @Test
    void nameFindingAndDateAreRequired() {
        assertRequired(
                "subjectName", () -> service.record(PROVINCE, SubjectType.PERSON, ZHANG, " ", TODAY, FINDING, null));
        assertRequired("finding", () -> service.record(PROVINCE, SubjectType.PERSON, ZHANG, "张三", TODAY, null, null));
        assertRequired("foundOn", () -> service.record(PROVINCE, SubjectType.PERSON, ZHANG, "张三", null, FINDING, null));
        assertRequired("subjectType", () -> service.record(PROVINCE, null, ZHANG, "张三", TODAY, FINDING, null));
        verifyNoInteractions(store);
    }

    @Test
    void aFindingThatQuotesAnIdNumberIsRefused() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> service.record(
                        PROVINCE, SubjectType.PERSON, ZHANG, "张三", TODAY, "身份证" + ZHANG + "的业绩证明造假", null));

        assertEquals("personal-data", refused.rule());
        assertFalse(refused.messageZh().contains(ZHANG));
    }

    @Test
    void anUnknownRoundIsRefused() {
        when(rounds.find(99)).thenReturn(Optional.empty());

        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> service.record(PROVINCE, SubjectType.PERSON, ZHANG, "张三", TODAY, FINDING, 99L));

        assertEquals("roundId", refused.field());
        assertEquals("unknown-round", refused.rule());
        verifyNoInteractions(store);
    }

    @Test
    void theBanIsActiveTheDayBeforeTheFifthAnniversaryAndNotOnIt() {
        SanctionRecord sanction = stored(1, LocalDate.of(2026, 3, 10));
        when(store.activeFor(any(), any(), any())).thenReturn(List.of(sanction));

        Optional<SanctionStatus> dayBefore = service.activeFor(SubjectType.PERSON, ZHANG, LocalDate.of(2031, 3, 9));
        assertTrue(dayBefore.isPresent());
        assertEquals(FINDING, dayBefore.get().subject());
        assertEquals(LocalDate.of(2031, 3, 10), dayBefore.get().period().bannedUntilExclusive());
        assertEquals("sanctioned", dayBefore.get().period().reason().code());

        assertTrue(service.activeFor(SubjectType.PERSON, ZHANG, LocalDate.of(2031, 3, 10))
                .isEmpty());
    }

    @Test
    void theStatusNamesTheSanctionThatEndsLast() {
        SanctionRecord earlier = stored(1, LocalDate.of(2026, 3, 10));
        SanctionRecord later =
                new SanctionRecord(2, 0, SubjectType.PERSON, ZHANG, "张三", LocalDate.of(2027, 6, 1), "答辩材料抄袭", null);
        when(store.activeFor(SubjectType.PERSON, ZHANG, LocalDate.of(2027, 6, 1)))
                .thenReturn(List.of(earlier, later));

        SanctionStatus status = service.activeFor(SubjectType.PERSON, ZHANG, LocalDate.of(2027, 6, 1))
                .orElseThrow();

        assertEquals("答辩材料抄袭", status.subject());
        assertEquals(LocalDate.of(2032, 6, 1), status.period().bannedUntilExclusive());
    }

    @Test
    void noActiveSanctionMeansNoStatus() {
        when(store.activeFor(any(), any(), any())).thenReturn(List.of());

        assertTrue(service.activeFor(SubjectType.ENTERPRISE, CREDIT_CODE, TODAY).isEmpty());
    }

    @Test
    void aListSearchIgnoresSurroundingBlanksAndCase() {
        service.list(PROVINCE, SubjectType.PERSON, " 3201021990030712" + "3x ", 0, 10);
        verify(store).list(SubjectType.PERSON, "32010219900307123X", 0, 10);

        service.list(PROVINCE, null, " ", 10, 5);
        verify(store).list(null, null, 10, 5);
    }

    @Test
    void aListSearchForAKeyNoSubjectCanHaveIsRefusedAndShortlyQuoted() {
        for (String key : List.of("' OR '1'='1' --", "<script>alert(1)</script>", "3201", "A".repeat(5_000))) {
            RuleViolationException refused =
                    assertThrows(RuleViolationException.class, () -> service.list(PROVINCE, null, key, 0, 10));
            assertEquals("format", refused.rule());
            assertEquals("subjectKey", refused.field());
            assertTrue(refused.messageEn().length() < 200, refused.messageEn());
        }
        verify(store, never()).list(any(), any(), anyInt(), anyInt());
    }

    private static void assertRequired(String field, org.junit.jupiter.api.function.Executable call) {
        RuleViolationException refused = assertThrows(RuleViolationException.class, call);
        assertEquals(field, refused.field());
        assertEquals("required", refused.rule());
    }

    @Test
    void aPersonsSanctionWithARoundCancelsTheirApplicationOfThatRound() {
        when(rounds.find(7)).thenReturn(Optional.of(round()));
        when(store.create(any(), any(), any(), any(), any(), any(), any())).thenReturn(stored(5, TODAY));
        when(applications.findByRoundAndIdNumber(7, ZHANG)).thenReturn(Optional.of(application(31)));

        service.record(PROVINCE, SubjectType.PERSON, ZHANG, "张三", TODAY, FINDING, 7L);

        ArgumentCaptor<String> reason = ArgumentCaptor.forClass(String.class);
        verify(lists)
                .cancelCandidate(
                        eq(31L), reason.capture(), eq(new AuditActor("province", "province")), any(), any(), any());
        assertTrue(reason.getValue().contains(FINDING), reason.getValue());
        assertFalse(reason.getValue().contains(ZHANG), "the reason is shown on the certificate: no ID number");
    }

    @Test
    void aSanctionThatRevokesTheCertificateEndsTheAppointmentAndSaysSo() {
        when(rounds.find(7)).thenReturn(Optional.of(round()));
        when(store.create(any(), any(), any(), any(), any(), any(), any())).thenReturn(stored(5, TODAY));
        when(applications.findByRoundAndIdNumber(7, ZHANG)).thenReturn(Optional.of(application(31)));
        AppointmentRecord appointed = AppointmentServiceImplTest.appointment(
                40, 31, ZHANG, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), AppointmentStatus.CURRENT);
        when(appointments.inForceForApplication(31)).thenReturn(List.of(appointed));

        service.record(PROVINCE, SubjectType.PERSON, ZHANG, "张三", TODAY, FINDING, 7L);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<UnaryOperator<AppointmentRecord>> change = ArgumentCaptor.forClass(UnaryOperator.class);
        ArgumentCaptor<String> note = ArgumentCaptor.forClass(String.class);
        verify(appointments)
                .update(
                        eq(40L),
                        eq(0L),
                        eq("terminate"),
                        note.capture(),
                        eq(new AuditActor("province", "province")),
                        change.capture());
        AppointmentRecord ended = change.getValue().apply(appointed);
        assertEquals(AppointmentStatus.ENDED, ended.status());
        assertEquals(TODAY, ended.endedOn());
        assertTrue(ended.endReason().contains("证书因弄虚作假被撤销"), ended.endReason());
        assertTrue(ended.endReason().contains(FINDING), ended.endReason());
        assertEquals(ended.endReason(), note.getValue());
        assertEquals(1, unitOfWork.units, "the sanction, the revocation and the appointment's end commit together");
    }

    @Test
    void aSanctionWithoutARoundCancelsNothing() {
        when(store.create(any(), any(), any(), any(), any(), any(), any()))
                .thenReturn(new SanctionRecord(5, 0, SubjectType.PERSON, ZHANG, "张三", TODAY, FINDING, null));

        service.record(PROVINCE, SubjectType.PERSON, ZHANG, "张三", TODAY, FINDING, null);

        verifyNoInteractions(applications, participations, lists);
    }

    @Test
    void anEnterprisesSanctionCancelsItsParticipationEveryApplicationAndItsList() {
        when(rounds.find(7)).thenReturn(Optional.of(round()));
        when(store.create(any(), any(), any(), any(), any(), any(), any()))
                .thenReturn(new SanctionRecord(
                        6, 0, SubjectType.ENTERPRISE, CREDIT_CODE, "某某重工有限公司", TODAY, "虚报高级技师人数", 7L));
        ParticipationRecord participation = TestRecords.participation()
                .version(2)
                .creditCode(CREDIT_CODE)
                .enterpriseName("某某重工有限公司")
                .cityCode("3501")
                .recommendedBy("city")
                .build();
        when(participations.list(7, null, CREDIT_CODE, null, 0, 1))
                .thenReturn(new Page<>(List.of(participation), 1, 0, 1));
        when(applications.list(eq(7L), any(), eq(CREDIT_CODE), any(), any(), any(), eq(0), anyInt()))
                .thenReturn(new Page<>(
                        List.of(application(31), application(32).withStatus(ApplicationStatus.CANCELLED, "")),
                        2,
                        0,
                        200));
        ProposalListRecord list = TestRecords.proposalList()
                .version(4)
                .creditCode(CREDIT_CODE)
                .enterpriseName("某某重工有限公司")
                .cityCode("3501")
                .status(ProposalListStatus.SUBMITTED)
                .build();
        when(lists.findByParticipation(3)).thenReturn(Optional.of(list));

        service.record(PROVINCE, SubjectType.ENTERPRISE, CREDIT_CODE, "某某重工有限公司", TODAY, "虚报高级技师人数", 7L);

        ArgumentCaptor<UnaryOperator<ParticipationRecord>> participationChange =
                ArgumentCaptor.forClass(UnaryOperator.class);
        verify(participations).update(eq(3L), eq(2L), eq("cancel"), any(), any(), participationChange.capture());
        assertEquals(
                ParticipationStatus.CANCELLED,
                participationChange.getValue().apply(participation).status());
        ArgumentCaptor<UnaryOperator<ApplicationRecord>> cancel = ArgumentCaptor.forClass(UnaryOperator.class);
        verify(lists).cancelCandidate(eq(31L), any(), any(), cancel.capture(), any(), any());
        verify(lists, never()).cancelCandidate(eq(32L), any(), any(), any(), any(), any());
        assertEquals(
                ApplicationStatus.CANCELLED,
                cancel.getValue().apply(application(31)).status());
        assertEquals(1, unitOfWork.units, "the sanction and all it cancels commit together");
        ArgumentCaptor<UnaryOperator<ProposalListRecord>> listChange = ArgumentCaptor.forClass(UnaryOperator.class);
        verify(lists).update(eq(9L), eq(4L), eq("cancel"), any(), any(), listChange.capture());
        assertEquals(
                ProposalListStatus.CANCELLED, listChange.getValue().apply(list).status());
    }

    private static ApplicationRecord application(long id) {
        ApplicationForm form = new ApplicationForm(
                "张三", ZHANG, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, "车工", null, null, true, null, null);
        return new ApplicationRecord(
                id, 1, 7, 3, CREDIT_CODE, "3501", CREDIT_CODE + "-E1", form, ApplicationStatus.PROPOSED, null, "");
    }

    private static SanctionRecord stored(long id, LocalDate foundOn) {
        return new SanctionRecord(id, 0, SubjectType.PERSON, ZHANG, "张三", foundOn, FINDING, 7L);
    }

    private static RoundRecord round() {
        return new RoundRecord(7, 0, 2026, 1, "2026年第1批特级技师评聘", RoundSchedule.defaultFor(2026, 1));
    }
}
