package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.persistence.QuotaGate;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.RoundSchedule;

class JpaParticipationStoreTest {

    private static final AuditActor NANJING = new AuditActor("nanjing", "city");
    private static final AuditActor PROVINCE = new AuditActor("province", "province");
    private static final EnterpriseEvidence QUALIFIED = new EnterpriseEvidence(true, true, 40, false, false);
    private static final QuotaGate ALWAYS = (counted, overrides) -> true;

    private EntityManagerFactory entityManagerFactory;
    private JpaParticipationStore participations;
    private JpaAuditTrail audit;
    private long roundId;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        participations = new JpaParticipationStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
        roundId = new JpaRoundStore(entityManagerFactory)
                .create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), PROVINCE)
                .id();
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void aRecommendationCreatesTheEnterpriseAndItsParticipationAudited() {
        ParticipationRecord created = recommend("913201000000000018", "3201", ALWAYS);

        assertEquals(ParticipationStatus.RECOMMENDED, created.status());
        assertEquals("3201", created.cityCode());
        assertEquals(QUALIFIED, created.evidence());
        assertEquals("nanjing", created.recommendedBy());
        assertEquals(created, participations.find(created.id()).orElseThrow());
        assertEquals("3201", participations.cityOf("913201000000000018").orElseThrow());
        assertEquals(
                "recommend",
                audit.of("Participation", Long.toString(created.id()), 0, 10)
                        .items()
                        .get(0)
                        .action());
    }

    @Test
    void anEnterpriseJoinsARoundOnlyOnce() {
        recommend("913201000000000018", "3201", ALWAYS);

        assertEquals(
                ConflictException.Kind.DUPLICATE,
                assertThrows(ConflictException.class, () -> recommend("913201000000000018", "3201", ALWAYS))
                        .kind());
    }

    @Test
    void theGateSeesTheCitysCountedPlacesAndGrantedOverrides() {
        List<String> seen = new ArrayList<>();
        QuotaGate recording = (counted, overrides) -> {
            seen.add(counted + "/" + overrides);
            return true;
        };
        recommend("A0000000000000001", "3201", recording);
        recommend("A0000000000000002", "3201", recording);
        recommend("A0000000000000003", "3205", recording);
        participations.grantQuotaOverride(roundId, "3201", "龙头企业较多", PROVINCE);
        recommend("A0000000000000004", "3201", recording);

        assertEquals(List.of("0/0", "1/0", "0/0", "2/1"), seen);
    }

    @Test
    void aRefusingGateWritesNothing() {
        assertThrows(
                IllegalStateException.class,
                () -> recommend("A0000000000000001", "3201", (c, o) -> {
                    throw new IllegalStateException("quota exceeded");
                }));

        assertEquals(0, participations.list(roundId, null, null, null, 0, 10).total());
        assertTrue(participations.cityOf("A0000000000000001").isEmpty());
    }

    @Test
    void aRejectedParticipationFreesItsPlace() {
        ParticipationRecord first = recommend("A0000000000000001", "3201", ALWAYS);
        participations.update(
                first.id(),
                first.version(),
                "decide",
                "材料不实",
                PROVINCE,
                p -> p.decided(ParticipationStatus.REJECTED, "材料不实"));
        List<String> seen = new ArrayList<>();

        recommend("A0000000000000002", "3201", (counted, overrides) -> seen.add(counted + "/" + overrides));

        assertEquals(List.of("0/0"), seen);
    }

    @Test
    void listsAreFilteredOnTheServerByCityEnterpriseAndStatus() {
        recommend("A0000000000000001", "3201", ALWAYS);
        ParticipationRecord second = recommend("A0000000000000002", "3201", ALWAYS);
        recommend("A0000000000000003", "3205", ALWAYS);
        participations.update(
                second.id(),
                second.version(),
                "decide",
                "",
                PROVINCE,
                p -> p.decided(ParticipationStatus.ACCEPTED, ""));

        assertEquals(2, participations.list(roundId, "3201", null, null, 0, 10).total());
        assertEquals(
                1,
                participations
                        .list(roundId, null, "A0000000000000003", null, 0, 10)
                        .total());
        assertEquals(
                1,
                participations
                        .list(roundId, "3201", null, ParticipationStatus.ACCEPTED, 0, 10)
                        .total());
        assertEquals(3, participations.list(roundId, null, null, null, 0, 10).total());
    }

    @Test
    void twoSimultaneousRecommendationsCannotBothTakeTheLastPlace() throws Exception {
        QuotaGate onePlace = (counted, overrides) -> {
            if (counted >= 1) {
                throw new IllegalStateException("quota exceeded");
            }
            return true;
        };
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (String code : List.of("A0000000000000001", "A0000000000000002")) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        recommend(code, "3201", onePlace);
                        return true;
                    } catch (IllegalStateException refused) {
                        return false;
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get() ? 1 : 0;
            }
            assertEquals(1, accepted);
            assertEquals(
                    1, participations.list(roundId, "3201", null, null, 0, 10).total());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theProvincesLatestCityConfirmationCountsAndIsAudited() {
        String outside = "91310000MA1HU0001"
                + org.skilleval.core.rules.UnifiedSocialCreditCode.checkCharacter("91310000MA1HU0001");
        assertTrue(participations.confirmedCity(outside).isEmpty());

        participations.confirmCity(outside, "3201", "总部在上海，生产基地在南京", PROVINCE);
        participations.confirmCity(outside, "3205", "基地迁至苏州", PROVINCE);

        assertEquals("3205", participations.confirmedCity(outside).orElseThrow());
        List<org.skilleval.core.domain.AuditEvent> trail =
                audit.of("Enterprise", outside, 0, 10).items();
        assertEquals(2, trail.size());
        assertEquals("confirm-city", trail.get(0).action());
        assertEquals("3205: 基地迁至苏州", trail.get(0).note());
    }

    @Test
    void aLaterRecommendationByTheRightCityMovesAnEnterpriseRecordedUnderAnotherCity() {
        recommend("913201000000000018", "3201", ALWAYS);
        long nextRound = new JpaRoundStore(entityManagerFactory)
                .create(2027, 2, "2027-2", RoundSchedule.defaultFor(2027, 2), PROVINCE)
                .id();

        ParticipationRecord moved = participations.recommend(
                nextRound, "913201000000000018", "某企业", "3205", QUALIFIED, ALWAYS, new AuditActor("suzhou", "city"));

        assertEquals("3205", moved.cityCode());
        assertEquals("3205", participations.cityOf("913201000000000018").orElseThrow());
    }

    @Test
    void certificateCodesAreStoredOncePerEnterpriseAuditedAndVersioned() {
        recommend("913201000000000018", "3201", ALWAYS);
        org.skilleval.core.domain.EnterpriseRecord before =
                participations.enterprise("913201000000000018").orElseThrow();
        assertTrue(!before.hasCertificateCodes());

        org.skilleval.core.domain.EnterpriseRecord after = participations.setCertificateCodes(
                "913201000000000018", before.version(), "0000", "320100", "", new AuditActor("hr", "enterprise"));

        assertEquals("0000", after.certificateOrganisationCode());
        assertEquals(
                "320100",
                participations.enterprise("913201000000000018").orElseThrow().certificateSiteCode());
        assertEquals(
                "set-certificate-codes",
                audit.of("Enterprise", "913201000000000018", 0, 10)
                        .items()
                        .get(0)
                        .action());
        assertEquals(
                ConflictException.Kind.STALE_VERSION,
                assertThrows(
                                ConflictException.class,
                                () -> participations.setCertificateCodes(
                                        "913201000000000018",
                                        before.version(),
                                        "0001",
                                        "320100",
                                        "",
                                        new AuditActor("hr", "enterprise")))
                        .kind());
    }

    private ParticipationRecord recommend(String creditCode, String city, QuotaGate gate) {
        return participations.recommend(roundId, creditCode, "企业" + creditCode, city, QUALIFIED, gate, NANJING);
    }
}
