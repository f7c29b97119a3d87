package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.SanctionRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.rules.UnifiedSocialCreditCode;

/** The sanction store on the real persistence unit and an in-memory Derby database. */
class JpaSanctionStoreTest {

    private static final AuditActor PROVINCE = new AuditActor("province", "province");
    private static final String ZHANG = valid("32010219900307123");
    private static final String LI = valid("32058119850615001");
    private static final String ENTERPRISE = "91350100M000100Y43";

    private EntityManagerFactory entityManagerFactory;
    private JpaSanctionStore sanctions;
    private JpaAuditTrail audit;

    private static String valid(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        sanctions = new JpaSanctionStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void aRecordedSanctionIsStoredAndAuditedAsRecordSanction() {
        SanctionRecord created = person(ZHANG, LocalDate.of(2026, 3, 10));

        assertEquals(created, sanctions.find(created.id()).orElseThrow());
        assertEquals(7L, created.roundId());
        List<AuditEvent> trail = trail(created);
        assertEquals(1, trail.size());
        assertEquals("record-sanction", trail.get(0).action());
        assertEquals("province", trail.get(0).actor());
        assertEquals("", trail.get(0).before());
        assertTrue(
                trail.get(0).after().contains("bannedUntil=2031-03-10"),
                trail.get(0).after());
    }

    @Test
    void theAuditTrailNeverHoldsAPersonsFullIdNumber() {
        SanctionRecord created = person(ZHANG, LocalDate.of(2026, 3, 10));

        AuditEvent event = trail(created).get(0);
        assertFalse(event.after().contains(ZHANG), event.after());
        assertTrue(event.after().contains(new ResidentIdNumber(ZHANG).masked()), event.after());
    }

    @Test
    void theBanIsActiveTheDayBeforeTheFifthAnniversaryAndNotOnIt() {
        person(ZHANG, LocalDate.of(2026, 3, 10));

        assertTrue(active(ZHANG, LocalDate.of(2026, 3, 9)).isEmpty(), "not before the finding");
        assertEquals(1, active(ZHANG, LocalDate.of(2026, 3, 10)).size(), "from the day of the finding");
        assertEquals(1, active(ZHANG, LocalDate.of(2031, 3, 9)).size(), "the day before the fifth anniversary");
        assertTrue(active(ZHANG, LocalDate.of(2031, 3, 10)).isEmpty(), "over on the fifth anniversary");
    }

    @Test
    void aFindingOnTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
        person(ZHANG, LocalDate.of(2024, 2, 29));

        assertEquals(1, active(ZHANG, LocalDate.of(2029, 2, 27)).size());
        assertTrue(active(ZHANG, LocalDate.of(2029, 2, 28)).isEmpty());
    }

    @Test
    void theEndOfTheBanIsAStoredColumnTheDatabaseFiltersOn() {
        SanctionRecord created = person(ZHANG, LocalDate.of(2026, 3, 10));

        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            Object bannedUntil = entityManager
                    .createNativeQuery("SELECT BANNED_UNTIL FROM SANCTION WHERE ID = ?")
                    .setParameter(1, created.id())
                    .getSingleResult();
            assertEquals("2031-03-10", bannedUntil.toString());
        } finally {
            entityManager.close();
        }
    }

    @Test
    void aSanctionBindsOnlyItsOwnSubject() {
        person(ZHANG, LocalDate.of(2026, 3, 10));
        enterprise(ENTERPRISE, LocalDate.of(2026, 3, 10));

        assertTrue(active(LI, LocalDate.of(2027, 1, 1)).isEmpty());
        assertTrue(sanctions
                .activeFor(SubjectType.ENTERPRISE, ZHANG, LocalDate.of(2027, 1, 1))
                .isEmpty());
        assertEquals(
                ENTERPRISE,
                sanctions
                        .activeFor(SubjectType.ENTERPRISE, ENTERPRISE, LocalDate.of(2027, 1, 1))
                        .get(0)
                        .subjectKey());
    }

    @Test
    void theActiveSanctionThatEndsLastComesFirst() {
        person(ZHANG, LocalDate.of(2026, 3, 10));
        SanctionRecord later = person(ZHANG, LocalDate.of(2027, 6, 1));
        person(ZHANG, LocalDate.of(2018, 1, 1)); // over since 2023

        List<SanctionRecord> active = active(ZHANG, LocalDate.of(2027, 6, 1));
        assertEquals(2, active.size());
        assertEquals(later.id(), active.get(0).id());
    }

    @Test
    void sanctionsAreListedNewestFindingFirstAndFilteredOnTheServer() {
        SanctionRecord old = person(ZHANG, LocalDate.of(2022, 5, 1));
        SanctionRecord company = enterprise(ENTERPRISE, LocalDate.of(2026, 1, 15));
        SanctionRecord recent = person(LI, LocalDate.of(2026, 3, 10));

        assertEquals(
                List.of(recent.id(), company.id(), old.id()),
                sanctions.list(null, null, 0, 10).items().stream()
                        .map(SanctionRecord::id)
                        .toList());

        Page<SanctionRecord> people = sanctions.list(SubjectType.PERSON, null, 0, 1);
        assertEquals(2, people.total());
        assertEquals(
                List.of(recent.id()),
                people.items().stream().map(SanctionRecord::id).toList());
        assertEquals(
                List.of(old.id()),
                sanctions.list(SubjectType.PERSON, null, 1, 1).items().stream()
                        .map(SanctionRecord::id)
                        .toList());

        Page<SanctionRecord> zhang = sanctions.list(SubjectType.PERSON, ZHANG, 0, 10);
        assertEquals(1, zhang.total());
        assertEquals(old.id(), zhang.items().get(0).id());
        assertEquals(0, sanctions.list(SubjectType.ENTERPRISE, ZHANG, 0, 10).total());
    }

    @Test
    void aSanctionNeedNotNameARound() {
        SanctionRecord created = sanctions.create(
                SubjectType.ENTERPRISE, ENTERPRISE, "某某重工有限公司", LocalDate.of(2026, 3, 10), "虚报高级技师人数", null, PROVINCE);

        assertNull(sanctions.find(created.id()).orElseThrow().roundId());
    }

    @Test
    void anUnknownSanctionIsEmpty() {
        assertTrue(sanctions.find(404).isEmpty());
    }

    private SanctionRecord person(String idNumber, LocalDate foundOn) {
        return sanctions.create(SubjectType.PERSON, idNumber, "张三", foundOn, "申报材料业绩证明造假", 7L, PROVINCE);
    }

    private SanctionRecord enterprise(String creditCode, LocalDate foundOn) {
        UnifiedSocialCreditCode.parse(creditCode, "creditCode");
        return sanctions.create(SubjectType.ENTERPRISE, creditCode, "某某重工有限公司", foundOn, "虚报高级技师人数", 7L, PROVINCE);
    }

    private List<SanctionRecord> active(String idNumber, LocalDate on) {
        return sanctions.activeFor(SubjectType.PERSON, idNumber, on);
    }

    private List<AuditEvent> trail(SanctionRecord sanction) {
        return audit.of("Sanction", Long.toString(sanction.id()), 0, 50).items();
    }
}
