package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.rules.RoundSchedule;
import org.skilleval.core.rules.WorkPlanStatus;

class JpaWorkPlanStoreTest {

    private static final AuditActor HR = new AuditActor("hr", "enterprise");
    private static final WorkPlanRecord.Content CONTENT = new WorkPlanRecord.Content(
            List.of("车工", "电工"),
            "业绩突出，解决过重大技术难题",
            List.of(
                    new PluginChoice("oral-defense", Map.of("minExperts", "5", "note", "a=b: 中文\\n"), ""),
                    new PluginChoice("performance-review", Map.of(), "")),
            new PluginChoice(
                    "weighted-sum", Map.of("weight.oral-defense", "40", "weight.performance-review", "60"), ""),
            "成立评审委员会",
            "2027年1月中旬至2月底",
            // a declared zero is kept apart from an undeclared count
            Map.of("车工", 12, "电工", 0));

    private EntityManagerFactory entityManagerFactory;
    private JpaWorkPlanStore plans;
    private ParticipationRecord participation;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        plans = new JpaWorkPlanStore(entityManagerFactory);
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
    void aPlanKeepsItsContentPluginChoicesAndConfigurationExactly() {
        WorkPlanRecord created = plans.create(participation, CONTENT, HR);

        WorkPlanRecord stored = plans.find(created.id()).orElseThrow();
        assertEquals(CONTENT, stored.content());
        assertEquals(WorkPlanStatus.DRAFT, stored.status());
        assertEquals("91320100MA1NJ0001M", stored.creditCode());
        assertEquals(stored, plans.findByParticipation(participation.id()).orElseThrow());
    }

    @Test
    void thePlansMethodCountsAreReadForManyParticipationsAtOnce() {
        plans.create(participation, CONTENT, HR);

        assertEquals(Map.of(participation.id(), 2), plans.methodCounts(List.of(participation.id(), -1L)));
        assertEquals(Map.of(), plans.methodCounts(List.of()));
    }

    @Test
    void aParticipationHasOnePlan() {
        plans.create(participation, CONTENT, HR);

        assertEquals(
                ConflictException.Kind.DUPLICATE,
                assertThrows(ConflictException.class, () -> plans.create(participation, CONTENT, HR))
                        .kind());
    }

    @Test
    void approvalPinsPluginVersionsAndIsFilterableByStatus() {
        WorkPlanRecord created = plans.create(participation, CONTENT, HR);

        WorkPlanRecord approved = plans.update(
                created.id(), created.version(), "approve", "", HR, plan -> plan.withContent(new WorkPlanRecord.Content(
                                plan.occupations(),
                                plan.criteria(),
                                plan.methods().stream()
                                        .map(m -> m.pinnedTo("1.0.0"))
                                        .toList(),
                                plan.scheme().pinnedTo("2.1.0"),
                                plan.organisation(),
                                plan.schedule()))
                        .withStatus(WorkPlanStatus.APPROVED, "方案可行"));

        assertEquals(
                "1.0.0", plans.find(created.id()).orElseThrow().methods().get(1).pinnedVersion());
        assertEquals("2.1.0", approved.scheme().pinnedVersion());
        assertEquals(
                1,
                plans.list(participation.roundId(), "3201", null, WorkPlanStatus.APPROVED, 0, 10)
                        .total());
        assertEquals(
                0,
                plans.list(participation.roundId(), "3205", null, null, 0, 10).total());
    }

    @Test
    void approvedPlansAreCountedPerRoundKindAndPinnedVersion() {
        approve(plans.create(participation, CONTENT, HR), "1.0.0", "2.1.0");
        ParticipationRecord other = new JpaParticipationStore(entityManagerFactory)
                .recommend(
                        participation.roundId(),
                        "91320500MA1PX00038",
                        "苏州某精密机械公司",
                        "3205",
                        new EnterpriseEvidence(true, true, 25, false, false),
                        (c, o) -> true,
                        new AuditActor("suzhou", "city"));
        approve(plans.create(other, CONTENT, HR), "1.2.0", "2.1.0");
        plans.create(
                new JpaParticipationStore(entityManagerFactory)
                        .recommend(
                                participation.roundId(),
                                "91320200MA1WX0001K",
                                "无锡某公司",
                                "3202",
                                new EnterpriseEvidence(true, true, 30, false, false),
                                (c, o) -> true,
                                new AuditActor("wuxi", "city")),
                CONTENT,
                HR);

        assertEquals(
                List.of(
                        new PinnedVersionCount(participation.roundId(), "method", "1.0.0", 1),
                        new PinnedVersionCount(participation.roundId(), "method", "1.2.0", 1)),
                plans.pinnedVersions("oral-defense"));
        assertEquals(
                List.of(new PinnedVersionCount(participation.roundId(), "scheme", "2.1.0", 2)),
                plans.pinnedVersions("weighted-sum"));
        assertEquals(List.of(), plans.pinnedVersions("technical-challenge"));
    }

    private WorkPlanRecord approve(WorkPlanRecord plan, String methodVersion, String schemeVersion) {
        return plans.update(plan.id(), plan.version(), "approve", "", HR, p -> p.withContent(new WorkPlanRecord.Content(
                        p.occupations(),
                        p.criteria(),
                        p.methods().stream().map(m -> m.pinnedTo(methodVersion)).toList(),
                        p.scheme().pinnedTo(schemeVersion),
                        p.organisation(),
                        p.schedule()))
                .withStatus(WorkPlanStatus.APPROVED, ""));
    }
}
