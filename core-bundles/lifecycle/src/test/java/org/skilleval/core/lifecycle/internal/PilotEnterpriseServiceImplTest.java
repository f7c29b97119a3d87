package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.domain.TestRecords;
import org.skilleval.core.lifecycle.SanctionService;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.QuotaGate;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.SanctionPeriod;
import org.skilleval.core.rules.SanctionStatus;
import org.skilleval.core.rules.UnifiedSocialCreditCode;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class PilotEnterpriseServiceImplTest {

    private static final ZoneId JIANGSU = ZoneId.of("Asia/Shanghai");
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));
    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final String CODE = creditCode("91320100MA1XXXXXX");
    private static final EnterpriseEvidence QUALIFIED = new EnterpriseEvidence(true, true, 40, false, false);
    private static final RoundRecord ROUND = new RoundRecord(7, 0, 2027, 1, "2027", RoundSchedule.defaultFor(2027, 1));

    private final RoundStore rounds = mock(RoundStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final SanctionService sanctions = mock(SanctionService.class);
    private QuotaGate lastGate;

    @BeforeEach
    void aRoundInItsRecommendationPhase() {
        when(rounds.find(7)).thenReturn(Optional.of(ROUND));
        when(participations.cityOf(anyString())).thenReturn(Optional.empty());
        when(sanctions.activeFor(any(), anyString(), any())).thenReturn(Optional.empty());
        when(participations.recommend(anyLong(), anyString(), anyString(), anyString(), any(), any(), any()))
                .thenAnswer(call -> {
                    lastGate = call.getArgument(5);
                    return null;
                });
    }

    @Test
    void aCityRecommendsAQualifiedEnterpriseOfItsOwnCity() {
        service("2026-11-30").recommend(NANJING, 7, CODE, " 南京某装备集团 ", QUALIFIED);

        verify(participations).recommend(eq(7L), eq(CODE), eq("南京某装备集团"), eq("3201"), eq(QUALIFIED), any(), any());
    }

    @Test
    void onlyACityRecommends() {
        assertThrows(
                AccessDeniedException.class, () -> service("2026-11-30").recommend(PROVINCE, 7, CODE, "x", QUALIFIED));
    }

    @Test
    void aRecommendationAfterTheDeadlineIsRefusedWithTheDeadlineNamed() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> service("2026-12-01").recommend(NANJING, 7, CODE, "x", QUALIFIED));

        assertEquals("deadline-passed", refused.rule());
        assertTrue(refused.messageZh().contains("2026-11-30"));
    }

    @Test
    void aMalformedCreditCodeIsRefused() {
        assertThrows(
                RuleViolationException.class, () -> service("2026-11-30").recommend(NANJING, 7, "123", "x", QUALIFIED));
    }

    @Test
    void anEnterpriseOfAnotherCityIsRefusedEvenWhenNobodyRecommendedItBefore() {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class, () -> service("2026-11-30").recommend(SUZHOU, 7, CODE, "x", QUALIFIED));

        assertEquals("city-mismatch", refused.rule());
        assertEquals("creditCode", refused.field());
        assertTrue(refused.messageZh().contains("南京"), refused.messageZh());
        assertTrue(refused.messageEn().contains("Nanjing"), refused.messageEn());
        verify(participations, never()).recommend(anyLong(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void theCityOfTheCreditCodeMayRecommendItsEnterpriseWhoeverRecommendedItFirst() {
        String suzhouCode = creditCode("91320583MA1KT0001");
        // The defect: 南京 had recommended it first, and 苏州 was then refused for its own enterprise.
        when(participations.cityOf(suzhouCode)).thenReturn(Optional.of("3201"));

        service("2026-11-30").recommend(SUZHOU, 7, suzhouCode, "昆山某精密", QUALIFIED);

        verify(participations).recommend(eq(7L), eq(suzhouCode), any(), eq("3205"), any(), any(), any());
        assertEquals(
                "city-mismatch",
                assertThrows(RuleViolationException.class, () -> service("2026-11-30")
                                .recommend(NANJING, 7, suzhouCode, "昆山某精密", QUALIFIED))
                        .rule());
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefused() {
        String wrong = CODE.substring(0, 17) + (CODE.charAt(17) == 'A' ? 'B' : 'A');

        assertEquals(
                "check-character",
                assertThrows(RuleViolationException.class, () -> service("2026-11-30")
                                .recommend(NANJING, 7, wrong, "x", QUALIFIED))
                        .rule());
    }

    @Test
    void aProvinceLevelOrOutOfProvinceCodeNeedsTheProvincesConfirmation() {
        for (String code : List.of(creditCode("91320000MA1PW0001"), creditCode("91310000MA1HU0001"))) {
            when(participations.confirmedCity(code)).thenReturn(Optional.empty());
            RuleViolationException refused = assertThrows(RuleViolationException.class, () -> service("2026-11-30")
                    .recommend(NANJING, 7, code, "x", QUALIFIED));
            assertEquals("city-confirmation-needed", refused.rule());
        }
        verify(participations, never()).recommend(anyLong(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void onceTheProvinceConfirmedACityOnlyThatCityRecommends() {
        String provinceLevel = creditCode("91320000MA1PW0001");
        when(participations.confirmedCity(provinceLevel)).thenReturn(Optional.of("3205"));

        service("2026-11-30").recommend(SUZHOU, 7, provinceLevel, "省属某集团苏州基地", QUALIFIED);

        verify(participations).recommend(eq(7L), eq(provinceLevel), any(), eq("3205"), any(), any(), any());
        assertEquals(
                "city-mismatch",
                assertThrows(RuleViolationException.class, () -> service("2026-11-30")
                                .recommend(NANJING, 7, provinceLevel, "x", QUALIFIED))
                        .rule());
    }

    @Test
    void theProvinceConfirmsACityWithAReasonForACodeThatNamesNone() {
        String outside = creditCode("91310000MA1HU0001");

        service("2026-11-30").confirmCity(PROVINCE, outside, "苏州", " 生产基地在苏州工业园区 ");

        verify(participations).confirmCity(eq(outside), eq("3205"), eq("生产基地在苏州工业园区"), any());
    }

    @Test
    void aConfirmationIsRefusedWithoutAReasonForACityCodeOrFromACity() {
        String outside = creditCode("91310000MA1HU0001");
        assertEquals(
                "required",
                assertThrows(RuleViolationException.class, () -> service("2026-11-30")
                                .confirmCity(PROVINCE, outside, "3205", " "))
                        .rule());
        assertEquals(
                "city-from-code",
                assertThrows(RuleViolationException.class, () -> service("2026-11-30")
                                .confirmCity(PROVINCE, CODE, "3205", "理由"))
                        .rule());
        assertThrows(
                AccessDeniedException.class, () -> service("2026-11-30").confirmCity(SUZHOU, outside, "3205", "理由"));
        verify(participations, never()).confirmCity(any(), any(), any(), any());
    }

    @Test
    void aCentralSoeBranchIsRefusedWithAnExplanation() {
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> service("2026-11-30")
                .recommend(NANJING, 7, CODE, "x", new EnterpriseEvidence(true, true, 40, true, false)));

        assertEquals("central-soe-branch", refused.rule());
        verify(participations, never()).recommend(anyLong(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void aSanctionedEnterpriseCannotBeRecommended() {
        when(sanctions.activeFor(SubjectType.ENTERPRISE, CODE, LocalDate.of(2026, 11, 30)))
                .thenReturn(Optional.of(
                        new SanctionStatus("南京某装备集团", SanctionPeriod.fromFinding(LocalDate.of(2024, 5, 1)))));

        assertEquals(
                "sanctioned",
                assertThrows(RuleViolationException.class, () -> service("2026-11-30")
                                .recommend(NANJING, 7, CODE, "x", QUALIFIED))
                        .rule());
    }

    @Test
    void theThirdEnterpriseOfACityNeedsAProvinceOverride() {
        service("2026-11-30").recommend(NANJING, 7, CODE, "x", QUALIFIED);

        assertTrue(lastGate.countsAgainstQuota(0, 0));
        assertTrue(lastGate.countsAgainstQuota(1, 0));
        assertEquals(
                "quota-exceeded",
                assertThrows(RuleViolationException.class, () -> lastGate.countsAgainstQuota(2, 0))
                        .rule());
        assertTrue(lastGate.countsAgainstQuota(2, 1));
        assertThrows(RuleViolationException.class, () -> lastGate.countsAgainstQuota(3, 1));
    }

    @Test
    void aG42BaseNeverUsesAPlace() {
        service("2026-11-30").recommend(NANJING, 7, CODE, "x", new EnterpriseEvidence(true, true, 40, false, true));

        assertFalse(lastGate.countsAgainstQuota(5, 0));
    }

    @Test
    void aRejectionNeedsAReason() {
        assertEquals(
                "required",
                assertThrows(RuleViolationException.class, () -> service("2026-12-05")
                                .decide(PROVINCE, 3, 0, false, " "))
                        .rule());
    }

    @Test
    void aCityCannotDecide() {
        assertThrows(AccessDeniedException.class, () -> service("2026-12-05").decide(NANJING, 3, 0, true, ""));
    }

    @Test
    void anotherCitysParticipationDoesNotExistForACity() {
        when(participations.find(3)).thenReturn(Optional.of(participation("3201")));

        assertEquals(3, service("2026-12-05").find(NANJING, 3).id());
        assertThrows(NotFoundException.class, () -> service("2026-12-05").find(SUZHOU, 3));
    }

    @Test
    void aCitysListIsAlwaysItsOwnCity() {
        when(participations.list(eq(7L), any(), any(), any(), eq(0), eq(50)))
                .thenReturn(new Page<>(List.of(), 0, 0, 50));

        service("2026-12-05").list(NANJING, 7, null, null, 0, 50);
        verify(participations).list(eq(7L), eq("3201"), isNull(), isNull(), eq(0), eq(50));

        assertEquals(
                0, service("2026-12-05").list(NANJING, 7, "3205", null, 0, 50).total());
        verify(participations, never()).list(eq(7L), eq("3205"), any(), any(), anyInt(), anyInt());
    }

    @Test
    void anEnterpriseListsOnlyItself() {
        Caller hr = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:" + CODE));
        when(participations.list(anyLong(), any(), any(), any(), anyInt(), anyInt()))
                .thenReturn(new Page<>(List.of(), 0, 0, 50));

        service("2026-12-05").list(hr, 7, null, ParticipationStatus.ACCEPTED, 0, 50);

        verify(participations).list(7L, null, CODE, ParticipationStatus.ACCEPTED, 0, 50);
    }

    @Test
    void anExpertCannotListPilotEnterprises() {
        Caller expert = Caller.fromJaasRoles("expert", List.of("expert", "expert:9"));

        assertThrows(AccessDeniedException.class, () -> service("2026-12-05").list(expert, 7, null, null, 0, 50));
    }

    private static int anyInt() {
        return org.mockito.ArgumentMatchers.anyInt();
    }

    private PilotEnterpriseServiceImpl service(String today) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay(JIANGSU).toInstant(), JIANGSU);
        return new PilotEnterpriseServiceImpl(rounds, participations, sanctions, clock, 2);
    }

    private static ParticipationRecord participation(String city) {
        return TestRecords.participation()
                .version(0)
                .enterpriseId(11)
                .creditCode(CODE)
                .enterpriseName("x")
                .cityCode(city)
                .evidence(QUALIFIED)
                .status(ParticipationStatus.RECOMMENDED)
                .build();
    }

    private static String creditCode(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
