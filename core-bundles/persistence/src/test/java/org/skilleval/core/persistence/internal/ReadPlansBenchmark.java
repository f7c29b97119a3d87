package org.skilleval.core.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.RoundSchedule;

/**
 * The plans Derby chooses for the tenant-scoped list queries (a page of applications, of
 * assessment candidates, of rounds, with their counts), written by Derby's
 * {@code derby.language.logQueryPlan} to {@code target/read-plans.log}. Run alone, so that Derby
 * boots in this JVM with the property set:
 * {@code mvn -pl core-bundles/persistence -am test -Dskilleval.excludedGroups= -Dgroups=benchmark
 * -Dtest=ReadPlansBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Asserts nothing: it is for
 * reading the plans before and after a change of query or index.
 */
@Tag("benchmark")
class ReadPlansBenchmark {

    private static final AuditActor SEEDER = new AuditActor("benchmark", "province");
    private static final Set<ApplicationStatus> ASSESSED =
            Set.of(ApplicationStatus.ENDORSED, ApplicationStatus.PASSED, ApplicationStatus.FAILED);

    @Test
    void logsThePlansOfTheListQueries() throws Exception {
        Path log = Path.of("target", "read-plans.log").toAbsolutePath();
        Files.deleteIfExists(log);
        System.setProperty("derby.language.logQueryPlan", "true");
        System.setProperty("derby.stream.error.file", log.toString());
        EmbeddedDataSource dataSource = InMemoryDatabase.emptyDataSource();
        EntityManagerFactory unit = InMemoryDatabase.persistenceUnit(dataSource);
        try {
            long round = new JpaRoundStore(unit)
                    .create(2101, 1, "2101", RoundSchedule.defaultFor(2101, 1), SEEDER)
                    .id();
            JpaParticipationStore participations = new JpaParticipationStore(unit);
            List<ParticipationRecord> enterprises = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                enterprises.add(participations.recommend(
                        round,
                        String.format("913201000000%05dX", i),
                        "企业" + i,
                        i % 2 == 0 ? "3201" : "3205",
                        new EnterpriseEvidence(true, true, 50, false, false),
                        (c, o) -> true,
                        SEEDER));
            }
            JpaPanelStore panels = new JpaPanelStore(unit);
            for (ParticipationRecord enterprise : enterprises) {
                panels.create(enterprise, "车工", List.of(new PanelMember("EXP-1", "专家", "单位", "教授", true)), SEEDER);
            }
            ListScaleBenchmark.seed(dataSource, round, enterprises, 0, 4_000, false);
            try (Connection connection = dataSource.getConnection()) {
                connection
                        .createStatement()
                        .execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'APPLICATION', NULL)");
                connection.createStatement().execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'PANEL', NULL)");
            }
            ParticipationRecord one = enterprises.get(0); // has 车工 applicants, so candidates
            JpaApplicationStore applications = new JpaApplicationStore(unit);
            applications.summaries(round, null, one.creditCode(), null, null, null, 0, 20);
            applications.summaries(round, one.cityCode(), null, null, null, null, 0, 20);
            panels.candidateSummaries(round, null, one.creditCode(), null, ASSESSED, 0, 20);
            new JpaRoundStore(unit).list(null, 0, 20);
        } finally {
            unit.close();
        }
        System.out.println("Derby's plans written to " + log);
    }
}
