package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.RoundSchedule;

class JpaStatisticsStoreTest {

    private static final AuditActor ACTOR = new AuditActor("someone", "province");
    private static final String NANJING_ENTERPRISE = "91320100MA1NJ0001M";
    private static final String SUZHOU_ENTERPRISE = "91320500MA1PX00038";

    private EntityManagerFactory entityManagerFactory;
    private JpaApplicationStore applications;
    private JpaStatisticsStore statistics;
    private long round;
    private int people;

    @BeforeEach
    void aRoundWithApplicationsAtEveryStage() {
        entityManagerFactory = InMemoryDatabase.open();
        applications = new JpaApplicationStore(entityManagerFactory);
        statistics = new JpaStatisticsStore(entityManagerFactory);
        JpaParticipationStore participations = new JpaParticipationStore(entityManagerFactory);
        round = new JpaRoundStore(entityManagerFactory)
                .create(2027, 1, "2027年第1批", RoundSchedule.defaultFor(2027, 1), ACTOR)
                .id();
        ParticipationRecord nanjing = participations.recommend(
                round,
                NANJING_ENTERPRISE,
                "南京某装备集团",
                "3201",
                new EnterpriseEvidence(true, true, 40, false, false),
                (c, o) -> true,
                ACTOR);
        ParticipationRecord suzhou = participations.recommend(
                round,
                SUZHOU_ENTERPRISE,
                "苏州某精密制造",
                "3205",
                new EnterpriseEvidence(true, true, 30, false, false),
                (c, o) -> true,
                ACTOR);
        application(nanjing, null, ApplicationStatus.DRAFT);
        application(nanjing, false, ApplicationStatus.SUBMITTED);
        application(nanjing, true, ApplicationStatus.ENDORSED);
        application(nanjing, true, ApplicationStatus.FAILED);
        application(nanjing, true, ApplicationStatus.PROPOSED);
        application(nanjing, true, ApplicationStatus.CERTIFIED);
        application(nanjing, true, ApplicationStatus.CANCELLED);
        application(suzhou, true, ApplicationStatus.REMOVED);
        application(suzhou, true, ApplicationStatus.PASSED);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    @Test
    void countsPerCityLeaveDraftsOutAndNameTheCity() {
        List<StatisticsRow> rows = statistics.count(StatisticsDimension.CITY, round, null, null);

        assertEquals(
                List.of(
                        new StatisticsRow("3201", "南京", 6, 5, 2, 1, 1, 0),
                        new StatisticsRow("3205", "苏州", 2, 2, 2, 0, 0, 0)),
                rows);
    }

    @Test
    void countsPerEnterpriseCarryTheEnterprisesName() {
        List<StatisticsRow> rows = statistics.count(StatisticsDimension.ENTERPRISE, round, "3205", null);

        assertEquals(List.of(new StatisticsRow(SUZHOU_ENTERPRISE, "苏州某精密制造", 2, 2, 2, 0, 0, 0)), rows);
    }

    @Test
    void countsPerRoundAndOccupationCoverEveryCity() {
        assertEquals(
                List.of(new StatisticsRow(Long.toString(round), "2027年第1批", 8, 7, 4, 1, 1, 0)),
                statistics.count(StatisticsDimension.ROUND, null, null, null));
        assertEquals(
                List.of(new StatisticsRow("车工", "车工", 6, 5, 2, 1, 1, 0)),
                statistics.count(StatisticsDimension.OCCUPATION, null, null, NANJING_ENTERPRISE));
    }

    @Test
    void anotherRoundHasNoRows() {
        assertEquals(List.of(), statistics.count(StatisticsDimension.CITY, round + 1, null, null));
    }

    private void application(ParticipationRecord participation, Boolean eligible, ApplicationStatus status) {
        people++;
        String idNumber = String.format("3201021970010%04dX", people).substring(0, 18);
        ApplicationRecord created =
                applications.create(participation, "E" + people, JpaApplicationStoreTest.form(idNumber), ACTOR);
        if (eligible == null) {
            return;
        }
        EligibilityDecision decision = new EligibilityDecision(
                eligible, Set.of(EligibilityPath.A_SENIOR_TECHNICIAN), List.of(), List.of(), null);
        ApplicationRecord submitted =
                applications.update(created.id(), created.version(), "submit", "", ACTOR, a -> a.submitted(decision));
        applications.update(submitted.id(), submitted.version(), "test", "", ACTOR, a -> a.withStatus(status, ""));
    }
}
