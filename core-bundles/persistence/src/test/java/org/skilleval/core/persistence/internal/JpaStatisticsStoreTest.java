package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.domain.StatisticsRow;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.ParticipationStatus;
import org.skilleval.core.rules.RoundSchedule;

class JpaStatisticsStoreTest {

    private static final AuditActor ACTOR = new AuditActor("someone", "province");
    private static final String NANJING_ENTERPRISE = "91320100MA1NJ0001M";
    private static final String SUZHOU_ENTERPRISE = "91320500MA1PX00038";

    private EntityManagerFactory entityManagerFactory;
    private JpaParticipationStore participations;
    private ParticipationRecord nanjing;
    private ParticipationRecord suzhou;
    private JpaApplicationStore applications;
    private JpaStatisticsStore statistics;
    private long round;
    private int people;

    @BeforeEach
    void aRoundWithApplicationsAtEveryStage() {
        entityManagerFactory = InMemoryDatabase.open();
        applications = new JpaApplicationStore(entityManagerFactory);
        statistics = new JpaStatisticsStore(entityManagerFactory);
        participations = new JpaParticipationStore(entityManagerFactory);
        round = new JpaRoundStore(entityManagerFactory)
                .create(2027, 1, "2027年第1批", RoundSchedule.defaultFor(2027, 1), ACTOR)
                .id();
        nanjing = participations.recommend(
                round,
                NANJING_ENTERPRISE,
                "南京某装备集团",
                "3201",
                new EnterpriseEvidence(true, true, 40, false, false),
                (c, o) -> true,
                ACTOR);
        suzhou = participations.recommend(
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
    void theGuardAgainstRoutinePromotionCountsTheSeniorsOfAcceptedEnterprisesOnly() {
        accept(nanjing);

        List<StatisticsRow> rows = statistics.count(StatisticsDimension.CITY, round, null, null);

        // 南京's accepted enterprise has 40 高级技师 and 2 passed; 苏州's was never accepted, so unknown.
        assertEquals(40L, rows.get(0).seniorTechnicians());
        assertEquals(Optional.of(new BigDecimal("5.0")), rows.get(0).passedPercentOfSeniors());
        assertNull(rows.get(1).seniorTechnicians());
        assertEquals(Optional.empty(), rows.get(1).passedPercentOfSeniors());
    }

    @Test
    void byOccupationThePlansDeclarationsCountAndAnUndeclaredOneMakesItUnknown() {
        accept(nanjing);
        accept(suzhou);
        JpaWorkPlanStore plans = new JpaWorkPlanStore(entityManagerFactory);
        plans.create(nanjing, plan(List.of("车工", "钳工"), Map.of("车工", 12, "钳工", 3)), ACTOR);
        plans.create(suzhou, plan(List.of("车工"), Map.of()), ACTOR);

        assertEquals(
                12L,
                statistics
                        .count(StatisticsDimension.OCCUPATION, round, null, NANJING_ENTERPRISE)
                        .get(0)
                        .seniorTechnicians());
        // Across both cities 苏州's plan evaluates 车工 without declaring its 高级技师: a partial sum would mislead.
        assertNull(statistics
                .count(StatisticsDimension.OCCUPATION, round, null, null)
                .get(0)
                .seniorTechnicians());
    }

    @Test
    void anotherRoundHasNoRows() {
        assertEquals(List.of(), statistics.count(StatisticsDimension.CITY, round + 1, null, null));
    }

    private void accept(ParticipationRecord participation) {
        participations.update(
                participation.id(),
                participation.version(),
                "decide",
                "",
                ACTOR,
                p -> p.decided(ParticipationStatus.ACCEPTED, "同意"));
    }

    private static WorkPlanRecord.Content plan(List<String> occupations, Map<String, Integer> seniors) {
        return new WorkPlanRecord.Content(
                occupations,
                "业绩突出",
                List.of(new PluginChoice("oral-defense", Map.of(), "")),
                new PluginChoice("weighted-sum", Map.of(), ""),
                "",
                "",
                seniors);
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
