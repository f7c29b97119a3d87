package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.PriorityCondition;
import org.skilleval.core.rules.Reason;
import org.skilleval.core.rules.RoundSchedule;

class JpaApplicationStoreTest {

    private static final AuditActor APPLICANT = new AuditActor("wang", "applicant");

    private EntityManagerFactory entityManagerFactory;
    private JpaApplicationStore applications;
    private JpaAuditTrail audit;
    private ParticipationRecord participation;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        applications = new JpaApplicationStore(entityManagerFactory);
        audit = new JpaAuditTrail(entityManagerFactory);
        long round = new JpaRoundStore(entityManagerFactory)
                .create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), new AuditActor("province", "province"))
                .id();
        participation = new JpaParticipationStore(entityManagerFactory)
                .recommend(
                        round,
                        "91320100MA1NJ0001M",
                        "南京某装备集团",
                        "3201",
                        new EnterpriseEvidence(true, true, 40, false, false),
                        (c, o) -> true,
                        new AuditActor("nanjing", "city"));
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void theFormAndTheEligibilityDecisionAreStoredExactly() {
        ApplicationRecord created = applications.create(participation, "E1001", form("11010519491231002X"), APPLICANT);
        EligibilityDecision decision = new EligibilityDecision(
                true,
                Set.of(EligibilityPath.A_SENIOR_TECHNICIAN),
                List.of(new Reason("title-missing", "未取得正高级职称", "No senior title")),
                List.of(PriorityCondition.MODEL_WORKER),
                null);

        ApplicationRecord submitted = applications.update(
                created.id(), created.version(), "submit", "", APPLICANT, a -> a.submitted(decision));

        ApplicationRecord stored = applications.find(created.id()).orElseThrow();
        assertEquals(form("11010519491231002X"), stored.form());
        assertEquals(decision, stored.eligibility());
        assertEquals(ApplicationStatus.SUBMITTED, stored.status());
        assertEquals(submitted, stored);
    }

    @Test
    void aPersonAppliesOnceARound() {
        applications.create(participation, "E1001", form("11010519491231002X"), APPLICANT);

        assertEquals(
                ConflictException.Kind.DUPLICATE,
                assertThrows(
                                ConflictException.class,
                                () -> applications.create(
                                        participation, "E1002", form("11010519491231002X"), APPLICANT))
                        .kind());
        assertEquals(
                ConflictException.Kind.DUPLICATE,
                assertThrows(
                                ConflictException.class,
                                () -> applications.create(participation, "E1001", form(null), APPLICANT))
                        .kind());
    }

    @Test
    void theAuditTrailNeverHoldsTheIdNumberInClear() {
        ApplicationRecord created = applications.create(participation, "E1001", form("11010519491231002X"), APPLICANT);

        String trail = audit.of("Application", Long.toString(created.id()), 0, 10)
                .items()
                .get(0)
                .after();
        assertFalse(trail.contains("11010519491231002X"), trail);
        assertTrue(trail.contains("1101************2X"), trail);
    }

    @Test
    void listsFilterOnTheServerByApplicantStatusAndEligibility() {
        ApplicationRecord first = applications.create(participation, "E1001", form("11010519491231002X"), APPLICANT);
        applications.create(participation, "E1002", form(null), APPLICANT);
        applications.update(
                first.id(),
                first.version(),
                "submit",
                "",
                APPLICANT,
                a -> a.submitted(new EligibilityDecision(false, Set.of(), List.of(), List.of(), null)));

        long round = participation.roundId();
        assertEquals(
                2,
                applications.list(round, "3201", null, null, null, null, 0, 10).total());
        assertEquals(
                1,
                applications.list(round, null, null, "E1002", null, null, 0, 10).total());
        assertEquals(
                1,
                applications
                        .list(round, null, null, null, ApplicationStatus.SUBMITTED, false, 0, 10)
                        .total());
        assertEquals(
                0, applications.list(round, null, null, null, null, true, 0, 10).total());
        assertEquals(
                0,
                applications.list(round, "3205", null, null, null, null, 0, 10).total());
    }

    static ApplicationForm form(String idNumber) {
        return new ApplicationForm(
                "王师傅",
                idNumber,
                "photo-1",
                YearMonth.of(1949, 12),
                "大专",
                null,
                "高级工程师",
                new ApplicationForm.Qualification("高级技师", "车工", "1532000000100001", LocalDate.of(2015, 6, 1)),
                "南京某装备集团",
                "机加车间",
                "南京市江宁区",
                "wang@example.com",
                "13912345678",
                "精密车削",
                List.of(new ApplicationForm.CareerEntry(YearMonth.of(1990, 7), null, "南京某装备集团", "车工")),
                List.of(),
                "攻克高精度主轴加工难题",
                List.of(),
                List.of(),
                List.of(),
                new ApplicationForm.Declaration(true, LocalDate.of(2027, 1, 20)),
                "车工",
                EligibilityPath.A_SENIOR_TECHNICIAN,
                LocalDate.of(2015, 7, 1),
                true,
                null,
                List.of());
    }
}
