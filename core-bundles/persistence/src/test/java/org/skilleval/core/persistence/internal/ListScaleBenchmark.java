package org.skilleval.core.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.City;
import org.skilleval.core.rules.RoundSchedule;

/**
 * How the list and statistics calls behave on a province's worth of data: a round with 13 cities,
 * 260 enterprises, {@code benchmark.applications} applications (default 100,000) and five experts'
 * sheets of four items each per application (2 million score entries), in an on-disk Derby
 * database under {@code target/}. Prints the median and 95th percentile of each call; asserts
 * nothing about time (figures vary with the machine). Run with
 * {@code core-bundles/persistence/benchmarks/list-scale.sh}; excluded from the normal build.
 */
@Tag("benchmark")
class ListScaleBenchmark {

    private static final AuditActor SEEDER = new AuditActor("benchmark", "province");
    private static final int ENTERPRISES_PER_CITY = 20;
    private static final int EXPERTS = 5;
    private static final int REPETITIONS = 40;
    private static final List<String> OCCUPATIONS = List.of("车工", "钳工", "焊工", "电工", "铣工", "磨工");

    @Test
    void listsAndStatisticsOnAProvincesRound() throws Exception {
        int applications = Integer.getInteger("benchmark.applications", 100_000);
        Path directory = Path.of("target", "benchmark-db");
        deleteRecursively(directory);
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toAbsolutePath().toString());
        dataSource.setCreateDatabase("create");
        EntityManagerFactory unit = InMemoryDatabase.persistenceUnit(dataSource);
        try {
            long round = new JpaRoundStore(unit)
                    .create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), SEEDER)
                    .id();
            List<ParticipationRecord> enterprises = enterprises(unit, round);
            long seedStart = System.nanoTime();
            seed(dataSource, round, enterprises, applications);
            System.out.printf(
                    Locale.ROOT,
                    "seeded %,d applications and %,d sheets in %.1f s%n",
                    applications,
                    applications * EXPERTS,
                    (System.nanoTime() - seedStart) / 1e9);

            JpaApplicationStore store = new JpaApplicationStore(unit);
            JpaStatisticsStore statistics = new JpaStatisticsStore(unit);
            JpaScoreSheetStore sheets = new JpaScoreSheetStore(unit);
            ParticipationRecord oneEnterprise = enterprises.get(enterprises.size() / 2);
            measure("first page, whole round", () -> store.list(round, null, null, null, null, null, 0, 20));
            measure("first page, one city", () -> store.list(round, "3205", null, null, null, null, 0, 20));
            measure(
                    "page 200, one city, ENDORSED",
                    () -> store.list(round, "3205", null, null, ApplicationStatus.ENDORSED, null, 4_000, 20));
            measure(
                    "first page, one enterprise",
                    () -> store.list(round, null, oneEnterprise.creditCode(), null, null, null, 0, 20));
            measure(
                    "one applicant's own",
                    () -> store.list(round, null, null, oneEnterprise.creditCode() + "-E7", null, null, 0, 1));
            measure("one application's sheets", () -> sheets.ofApplication(applications / 2));
            measure("statistics per city, round", () -> statistics.count(StatisticsDimension.CITY, round, null, null));
            measure(
                    "statistics per enterprise, one city",
                    () -> statistics.count(StatisticsDimension.ENTERPRISE, round, "3205", null));
            measure(
                    "statistics per occupation, province",
                    () -> statistics.count(StatisticsDimension.OCCUPATION, null, null, null));
        } finally {
            unit.close();
        }
    }

    private static List<ParticipationRecord> enterprises(EntityManagerFactory unit, long round) {
        JpaParticipationStore participations = new JpaParticipationStore(unit);
        List<ParticipationRecord> enterprises = new ArrayList<>();
        int serial = 0;
        for (City city : City.values()) {
            for (int i = 0; i < ENTERPRISES_PER_CITY; i++) {
                String creditCode = String.format("91%s00%09dX", city.code(), serial++);
                enterprises.add(participations.recommend(
                        round,
                        creditCode,
                        city.nameZh() + "企业" + i,
                        city.code(),
                        new EnterpriseEvidence(true, true, 50, false, false),
                        (c, o) -> true,
                        SEEDER));
            }
        }
        return enterprises;
    }

    /** Bulk rows straight through JDBC: seeding is not what is measured, and audited writes would take an hour. */
    private static void seed(
            EmbeddedDataSource dataSource, long round, List<ParticipationRecord> enterprises, int applications)
            throws SQLException {
        String form = JsonDocuments.write(JpaApplicationStoreTest.form("11010519491231002X"));
        ApplicationStatus[] statuses = ApplicationStatus.values();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement application = connection.prepareStatement("INSERT INTO APPLICATION"
                            + " (VERSION, ROUND_ID, PARTICIPATION_ID, CREDIT_CODE, CITY_CODE, APPLICANT_KEY, ID_NUMBER,"
                            + " APPLIED_OCCUPATION, FORM_JSON, STATUS, ELIGIBLE, ENTERPRISE_OPINION)"
                            + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')");
                    PreparedStatement sheet = connection.prepareStatement("INSERT INTO SCORE_SHEET"
                            + " (VERSION, APPLICATION_ID, PANEL_ID, METHOD_ID, EXPERT_ID, POINTS_JSON, STATUS)"
                            + " VALUES (1, ?, 1, 'oral-defense', ?, ?, 'SUBMITTED')")) {
                for (int i = 0; i < applications; i++) {
                    ParticipationRecord enterprise = enterprises.get(i % enterprises.size());
                    application.setLong(1, round);
                    application.setLong(2, enterprise.id());
                    application.setString(3, enterprise.creditCode());
                    application.setString(4, enterprise.cityCode());
                    application.setString(5, enterprise.creditCode() + "-E" + (i / enterprises.size()));
                    application.setString(6, String.format("320102%012d", i));
                    application.setString(7, OCCUPATIONS.get(i % OCCUPATIONS.size()));
                    application.setString(8, form);
                    application.setString(9, statuses[i % statuses.length].name());
                    application.setBoolean(10, i % 5 != 0);
                    application.addBatch();
                    for (int expert = 1; expert <= EXPERTS; expert++) {
                        sheet.setLong(1, i + 1);
                        sheet.setString(2, "EXP-" + expert);
                        sheet.setString(
                                3,
                                "{\"professional-knowledge\":25,\"problem-solving\":24,\"innovation\":16,\"expression\":15}");
                        sheet.addBatch();
                    }
                    if (i % 2_000 == 1_999) {
                        application.executeBatch();
                        sheet.executeBatch();
                        connection.commit();
                    }
                }
                application.executeBatch();
                sheet.executeBatch();
                connection.commit();
            }
        }
    }

    private static void measure(String what, Supplier<?> call) {
        call.get(); // warm the statement cache and the pages touched
        long[] millis = new long[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "%-40s median %4d ms   p95 %4d ms%n",
                what,
                millis[REPETITIONS / 2],
                millis[(int) (REPETITIONS * 0.95) - 1]);
    }

    private static void deleteRecursively(Path directory) throws java.io.IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
