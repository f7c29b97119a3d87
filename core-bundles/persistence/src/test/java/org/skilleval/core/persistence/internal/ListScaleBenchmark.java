package org.skilleval.core.persistence.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.City;
import org.skilleval.core.rules.RoundSchedule;

/**
 * How the list and statistics calls behave on a province's worth of data: a round with 13 cities,
 * 260 enterprises, {@code benchmark.applications} applications (default 100,000) and five experts'
 * sheets of four items each per application (2 million score entries), in an on-disk Derby
 * database under {@code target/}. Prints the median and 95th percentile of each call; asserts
 * nothing about time (figures vary with the machine); the rows each page returned are printed. Run with
 * {@code core-bundles/persistence/benchmarks/list-scale.sh}; excluded from the normal build.
 *
 * <p>With {@code benchmark.sizes} (e.g. {@code 1000,100000}) the same database is measured at each
 * size in turn, topped up between them, and a last table shows each call's median at every size
 * and the ratio of the largest to the smallest: whether a list's latency stays flat as the
 * province's data grows. {@code benchmark.sheets=false} seeds no score sheets (quicker; the sheet
 * and statistics calls are then left out).
 *
 * <p>Every call asks the database: answers remembered between commits ({@link RememberedAnswers})
 * are turned off, since a call repeated with no write between would measure the memory.
 */
@Tag("benchmark")
class ListScaleBenchmark {

    private static final AuditActor SEEDER = new AuditActor("benchmark", "province");
    private static final int ENTERPRISES_PER_CITY = 20;
    private static final int EXPERTS = 5;
    private static final int REPETITIONS = 40;
    private static final List<String> OCCUPATIONS = List.of("车工", "钳工", "焊工", "电工", "铣工", "磨工");
    /** Each enterprise has a panel for the first this many {@link #OCCUPATIONS}. */
    private static final int PANEL_OCCUPATIONS = 3;

    private static final Set<ApplicationStatus> ASSESSED =
            Set.of(ApplicationStatus.ENDORSED, ApplicationStatus.PASSED, ApplicationStatus.FAILED);

    @Test
    void listsAndStatisticsOnAProvincesRound() throws Exception {
        List<Integer> sizes = Arrays.stream(
                        System.getProperty("benchmark.sizes", System.getProperty("benchmark.applications", "100000"))
                                .split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .sorted()
                .toList();
        boolean withSheets = Boolean.parseBoolean(System.getProperty("benchmark.sheets", "true"));
        RememberedAnswers.remembering = false;
        Path directory = Path.of("target", "benchmark-db");
        deleteRecursively(directory);
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toAbsolutePath().toString());
        dataSource.setCreateDatabase("create");
        EntityManagerFactory unit = InMemoryDatabase.persistenceUnit(dataSource);
        Map<String, Map<Integer, long[]>> medians = new LinkedHashMap<>();
        try {
            long round = new JpaRoundStore(unit)
                    .create(2027, 1, "2027", RoundSchedule.defaultFor(2027, 1), SEEDER)
                    .id();
            List<ParticipationRecord> enterprises = enterprises(unit, round);
            JpaPanelStore panels = new JpaPanelStore(unit);
            for (ParticipationRecord enterprise : enterprises) {
                for (String occupation : OCCUPATIONS.subList(0, PANEL_OCCUPATIONS)) {
                    panels.create(
                            enterprise,
                            occupation,
                            List.of(new PanelMember("EXP-1", "专家", "南京工业大学", "教授", true)),
                            SEEDER);
                }
            }
            int seeded = 0;
            for (int applications : sizes) {
                long seedStart = System.nanoTime();
                seed(dataSource, round, enterprises, seeded, applications, withSheets);
                System.out.printf(
                        Locale.ROOT,
                        "%nseeded %,d applications%s in %.1f s%n",
                        applications - seeded,
                        withSheets
                                ? " and " + String.format(Locale.ROOT, "%,d", (applications - seeded) * EXPERTS)
                                        + " sheets"
                                : "",
                        (System.nanoTime() - seedStart) / 1e9);
                seeded = applications;
                measureAll(unit, round, enterprises, applications, withSheets, medians);
            }
        } finally {
            unit.close();
        }
        if (sizes.size() > 1) {
            printBySize("median latency by applications in the database (µs)", sizes, medians, 0);
            printBySize(
                    "median CPU time of the calling thread, embedded Derby's included (µs): what other builds"
                            + " on the machine do not inflate",
                    sizes,
                    medians,
                    1);
        }
    }

    /** The table of one figure ({@code which}: 0 wall, 1 CPU) at every size, with the ratio of the largest to the smallest. */
    private static void printBySize(
            String title, List<Integer> sizes, Map<String, Map<Integer, long[]>> medians, int which) {
        int smallest = sizes.get(0);
        int largest = sizes.get(sizes.size() - 1);
        System.out.printf(Locale.ROOT, "%n%s%n", title);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-40s |", "call"));
        sizes.forEach(size -> header.append(String.format(Locale.ROOT, " %,9d |", size)));
        header.append(String.format(Locale.ROOT, " %,d / %,d |", largest, smallest));
        System.out.println(header);
        System.out.println("| --- |" + " ---: |".repeat(sizes.size() + 1));
        medians.forEach((what, bySize) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-40s |", what));
            sizes.forEach(size -> line.append(String.format(Locale.ROOT, " %,9d |", bySize.get(size)[which])));
            line.append(String.format(
                    Locale.ROOT,
                    " %.2f |",
                    bySize.get(largest)[which] / (double) Math.max(1, bySize.get(smallest)[which])));
            System.out.println(line);
        });
    }

    private static void measureAll(
            EntityManagerFactory unit,
            long round,
            List<ParticipationRecord> enterprises,
            int applications,
            boolean withSheets,
            Map<String, Map<Integer, long[]>> medians) {
        JpaApplicationStore store = new JpaApplicationStore(unit);
        JpaPanelStore panels = new JpaPanelStore(unit);
        JpaStatisticsStore statistics = new JpaStatisticsStore(unit);
        JpaScoreSheetStore sheets = new JpaScoreSheetStore(unit);
        JpaRoundStore rounds = new JpaRoundStore(unit);
        ParticipationRecord oneEnterprise = enterprises.get(enterpriseWithCandidates(enterprises.size()));
        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("rounds", () -> rounds.list(null, 0, 20));
        calls.put("first page, whole round", () -> store.summaries(round, null, null, null, null, null, 0, 20));
        calls.put(
                "first page, whole round, ENDORSED",
                () -> store.summaries(round, null, null, null, ApplicationStatus.ENDORSED, null, 0, 20));
        calls.put("first page, one city", () -> store.summaries(round, "3205", null, null, null, null, 0, 20));
        calls.put(
                "first page, one city, ENDORSED",
                () -> store.summaries(round, "3205", null, null, ApplicationStatus.ENDORSED, null, 0, 20));
        calls.put(
                "first page, one enterprise",
                () -> store.summaries(round, null, oneEnterprise.creditCode(), null, null, null, 0, 20));
        calls.put(
                "candidates, one enterprise",
                () -> panels.candidateSummaries(round, null, oneEnterprise.creditCode(), null, ASSESSED, 0, 20));
        calls.put("candidates, one city", () -> panels.candidateSummaries(round, "3205", null, null, ASSESSED, 0, 20));
        calls.put("candidates, whole round", () -> panels.candidateSummaries(round, null, null, null, ASSESSED, 0, 20));
        // what the assessments page asks (the calls above keep the earlier sessions' three statuses)
        calls.put(
                "candidates, one city, as the page asks",
                () -> panels.candidateSummaries(
                        round, "3205", null, null, ApplicationLifecycle.ENTERED_ASSESSMENT, 0, 20));
        calls.put(
                "one applicant's own",
                () -> store.summaries(round, null, null, oneEnterprise.creditCode() + "-E7", null, null, 0, 1));
        if (withSheets) {
            calls.put("one application's sheets", () -> sheets.ofApplication(applications / 2));
            calls.put(
                    "statistics per city, round", () -> statistics.count(StatisticsDimension.CITY, round, null, null));
            calls.put(
                    "statistics per enterprise, one city",
                    () -> statistics.count(StatisticsDimension.ENTERPRISE, round, "3205", null));
            calls.put(
                    "statistics per occupation, province",
                    () -> statistics.count(StatisticsDimension.OCCUPATION, null, null, null));
        }
        calls.forEach((what, call) ->
                medians.computeIfAbsent(what, key -> new LinkedHashMap<>()).put(applications, measure(what, call)));
    }

    /**
     * An enterprise from the middle of the list that {@link #seed} gives candidates among its first
     * thousand applications. The one in the middle had none: with ten statuses and 260 enterprises,
     * every application of an enterprise has the same status, and its was DRAFT.
     */
    private static int enterpriseWithCandidates(int enterprises) {
        ApplicationStatus[] statuses = ApplicationStatus.values();
        for (int k = enterprises / 2; k < enterprises; k++) {
            for (int i = k; i < 1_000; i += enterprises) {
                if (ASSESSED.contains(statuses[i % statuses.length]) && i % OCCUPATIONS.size() < PANEL_OCCUPATIONS) {
                    return k;
                }
            }
        }
        throw new IllegalStateException("the seed gives no enterprise candidates");
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

    /**
     * Applications {@code from} to {@code to} (exclusive) in bulk straight through JDBC, spread over
     * the enterprises: seeding is not what is measured, and audited writes would take an hour.
     */
    static void seed(
            EmbeddedDataSource dataSource,
            long round,
            List<ParticipationRecord> enterprises,
            int from,
            int to,
            boolean withSheets)
            throws SQLException {
        String form = JsonDocuments.write(JpaApplicationStoreTest.form("11010519491231002X"));
        ApplicationStatus[] statuses = ApplicationStatus.values();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement application = connection.prepareStatement("INSERT INTO APPLICATION"
                            + " (VERSION, ROUND_ID, PARTICIPATION_ID, CREDIT_CODE, CITY_CODE, APPLICANT_KEY, ID_NUMBER,"
                            + " APPLIED_OCCUPATION, FORM_JSON, STATUS, ELIGIBLE, ENTERPRISE_OPINION, APPLICANT_NAME,"
                            + " SUMMARY_EXACT, HAS_PANEL, IN_ASSESSMENT)"
                            + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '王师傅', 1, ?, ?)");
                    PreparedStatement sheet = connection.prepareStatement("INSERT INTO SCORE_SHEET"
                            + " (VERSION, APPLICATION_ID, PANEL_ID, METHOD_ID, EXPERT_ID, POINTS_JSON, STATUS)"
                            + " VALUES (1, ?, 1, 'oral-defense', ?, ?, 'SUBMITTED')")) {
                for (int i = from; i < to; i++) {
                    ParticipationRecord enterprise = enterprises.get(i % enterprises.size());
                    application.setLong(1, round);
                    application.setLong(2, enterprise.id());
                    application.setString(3, enterprise.creditCode());
                    application.setString(4, enterprise.cityCode());
                    application.setString(5, enterprise.creditCode() + "-E" + (i / enterprises.size()));
                    application.setString(6, String.format("320102%012d", i));
                    application.setString(7, OCCUPATIONS.get(i % OCCUPATIONS.size()));
                    application.setString(8, form);
                    ApplicationStatus status = statuses[i % statuses.length];
                    application.setString(9, status.name());
                    application.setBoolean(10, i % 5 != 0);
                    // what JpaApplicationStore derives: every enterprise has panels for the first three
                    boolean hasPanel = i % OCCUPATIONS.size() < PANEL_OCCUPATIONS;
                    application.setBoolean(11, hasPanel);
                    application.setBoolean(12, ApplicationEntity.inAssessment(hasPanel, status));
                    application.addBatch();
                    for (int expert = 1; withSheets && expert <= EXPERTS; expert++) {
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

    /**
     * @return the medians in microseconds of the wall time and of the calling thread's CPU time (embedded
     *     Derby works on the calling thread: its CPU time is what other processes on the machine do not
     *     inflate)
     */
    private static long[] measure(String what, Supplier<?> call) {
        // A page that finds nothing costs next to nothing: the rows a call returns are printed with its
        // figures, so that a seed no longer filling what a call reads (a new derived column) shows
        // (it measured an empty range once).
        String rows = call.get() instanceof Page<?> page ? page.items().size() + " rows" : "";
        // Warm the JIT, the statement cache and the pages touched: 200 calls or 2 s, whichever
        // comes first (with 5 calls, the first size measured was the JIT's cold start).
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; i < 200 && System.nanoTime() < warmUntil; i++) {
            call.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] micros = new long[REPETITIONS];
        long[] cpuMicros = new long[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.get();
            micros[i] = (System.nanoTime() - start) / 1_000;
            cpuMicros[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000;
        }
        Arrays.sort(micros);
        Arrays.sort(cpuMicros);
        System.out.printf(
                Locale.ROOT,
                "%-40s median %,8d µs   p95 %,8d µs   CPU median %,8d µs   %s%n",
                what,
                micros[REPETITIONS / 2],
                micros[(int) (REPETITIONS * 0.95) - 1],
                cpuMicros[REPETITIONS / 2],
                rows);
        return new long[] {micros[REPETITIONS / 2], cpuMicros[REPETITIONS / 2]};
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
