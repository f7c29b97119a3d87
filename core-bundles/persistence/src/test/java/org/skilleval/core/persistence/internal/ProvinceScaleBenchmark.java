package org.skilleval.core.persistence.internal;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.AssessmentResultRecord.MethodOutcome;
import org.skilleval.core.domain.AssessmentResultRecord.Provenance;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.AssessmentResultRecord.Text;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.domain.StatisticsDimension;
import org.skilleval.core.persistence.RankedCandidate;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.City;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.EligibilityPath;
import org.skilleval.core.rules.RoundSchedule;

/**
 * A province's round generated through the persistence services themselves (the {@code Jpa*Store}
 * components the platform runs, with their checks, audit events and the chained audit trail), on a
 * Derby database on disk under {@code target/province-scale/}, in one JVM: 13 cities, one pilot
 * enterprise per 100 applications (1,000 at full size), one panel per enterprise, and per
 * application its draft, two experts' score sheets of five items each (ten score entries) and its
 * assessment result, which moves it to passed or failed. An application's writes are one
 * {@link JpaUnitOfWork} with those of 4 others, as an import would commit them, on
 * {@code benchmark.threads} threads (default 1: with two, Derby's lock waits between the units
 * cost more than the second core gave).
 *
 * <p>Then it measures what the province does with the round: ranking every candidate of the round
 * ({@link JpaAssessmentResultStore#ranking}) and the round's statistics per city and per
 * enterprise ({@link JpaStatisticsStore#count}), cold (first call) and the median of five.
 * {@code benchmark.entries} lists the sizes in score entries (default 10000); prints one table
 * row per size. Run with {@code core-bundles/persistence/benchmarks/province-scale.sh}, which
 * gives the JVM {@code -Xmx512m}; excluded from the normal build; asserts the data, not the time.
 */
@Tag("benchmark")
class ProvinceScaleBenchmark {

    static {
        // as the distribution sets it (etc/custom.system.properties)
        System.setProperty("derby.language.sequence.preallocator", "1000");
    }

    private static final AuditActor PROVINCE = new AuditActor("province", "province");
    private static final AuditActor HR = new AuditActor("hr", "enterprise");
    private static final int APPLICATIONS_PER_ENTERPRISE = 100;
    private static final int EXPERTS = 2;
    private static final int ITEMS = 5;
    private static final int ENTRIES_PER_APPLICATION = EXPERTS * ITEMS;
    /**
     * Applications per unit of work: larger units commit less often but cost more per flush, which
     * compares every object of the unit (EclipseLink's deferred change detection).
     */
    private static final int PER_UNIT = 5;

    private static final int REPETITIONS = 5;

    private record Figures(
            int entries,
            int applications,
            int enterprises,
            double seedSeconds,
            long rankingCold,
            long ranking,
            long rankingCpu,
            long citiesCold,
            long cities,
            long citiesCpu,
            long enterprisesCold,
            long enterpriseRows,
            long enterprisesCpu,
            long heapMegabytes) {}

    @Test
    void aProvincesRoundRankedAndCounted() throws Exception {
        List<Integer> sizes = Arrays.stream(
                        System.getProperty("benchmark.entries", "10000").split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        List<Figures> figures = new ArrayList<>();
        Path progress = Path.of("target", "province-scale", "progress.txt");
        Files.createDirectories(progress.getParent());
        Files.deleteIfExists(progress);
        for (int entries : sizes) {
            Figures size = run(entries);
            figures.add(size);
            // surefire shows the test's output only at its end: a long run shows its sizes here as they finish
            Files.writeString(
                    progress,
                    size + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        System.out.printf(
                Locale.ROOT, "%nmax heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| score entries | applications | enterprises | generated in s | entries/s"
                + " | ranking the round, ms: cold / median / CPU | statistics per city, ms: cold / median / CPU"
                + " | statistics per enterprise, ms: cold / median / CPU | heap after, MB |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Figures f : figures) {
            System.out.printf(
                    Locale.ROOT,
                    "| %,d | %,d | %,d | %.0f | %,.0f | %d / %d / %d | %d / %d / %d | %d / %d / %d | %d |%n",
                    f.entries(),
                    f.applications(),
                    f.enterprises(),
                    f.seedSeconds(),
                    f.entries() / f.seedSeconds(),
                    f.rankingCold(),
                    f.ranking(),
                    f.rankingCpu(),
                    f.citiesCold(),
                    f.cities(),
                    f.citiesCpu(),
                    f.enterprisesCold(),
                    f.enterpriseRows(),
                    f.enterprisesCpu(),
                    f.heapMegabytes());
        }
    }

    private Figures run(int entries) throws Exception {
        int applications = entries / ENTRIES_PER_APPLICATION;
        int enterprises = Math.max(City.values().length, applications / APPLICATIONS_PER_ENTERPRISE);
        Path directory = Path.of("target", "province-scale", Integer.toString(entries));
        // benchmark.reuse=true measures a database an earlier run generated, to try settings quickly
        boolean reuse = Boolean.getBoolean("benchmark.reuse") && Files.isDirectory(directory);
        if (!reuse) {
            deleteRecursively(directory);
        }
        Files.createDirectories(directory.getParent());
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toAbsolutePath().toString());
        dataSource.setCreateDatabase("create");
        EntityManagerFactory unit = InMemoryDatabase.persistenceUnit(dataSource);
        try {
            long start = System.nanoTime();
            long round = reuse ? onlyRound(dataSource) : generate(unit, applications, enterprises);
            double seconds = reuse ? Double.NaN : (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%,d score entries: %,d applications of %,d enterprises generated in %.1f s%n",
                    entries,
                    applications,
                    enterprises,
                    seconds);

            JpaAssessmentResultStore results = new JpaAssessmentResultStore(unit);
            JpaStatisticsStore statistics = new JpaStatisticsStore(unit);
            List<RankedCandidate> ranking = results.ranking(round);
            check(ranking.size() == applications, "ranked " + ranking.size() + " of " + applications);
            check(
                    statistics.count(StatisticsDimension.CITY, round, null, null).stream()
                                    .mapToLong(row -> row.applicants())
                                    .sum()
                            == applications,
                    "the city statistics count every application");
            long[] rank = measure(() -> results.ranking(round));
            long[] cities = measure(() -> statistics.count(StatisticsDimension.CITY, round, null, null));
            long[] byEnterprise = measure(() -> statistics.count(StatisticsDimension.ENTERPRISE, round, null, null));
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            System.out.printf(
                    Locale.ROOT,
                    "%,d score entries: ranking %d ms cold, %d ms median (%d ms CPU); statistics per city"
                            + " %d / %d (%d CPU) ms, per enterprise %d / %d (%d CPU) ms; heap %d MB%n",
                    entries,
                    rank[0],
                    rank[1],
                    rank[2],
                    cities[0],
                    cities[1],
                    cities[2],
                    byEnterprise[0],
                    byEnterprise[1],
                    byEnterprise[2],
                    heap);
            return new Figures(
                    entries,
                    applications,
                    enterprises,
                    seconds,
                    rank[0],
                    rank[1],
                    rank[2],
                    cities[0],
                    cities[1],
                    cities[2],
                    byEnterprise[0],
                    byEnterprise[1],
                    byEnterprise[2],
                    heap);
        } finally {
            unit.close();
        }
    }

    private static long onlyRound(EmbeddedDataSource dataSource) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("SELECT MAX(ID) FROM ROUND")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The round and its data, through the stores; @return the round's id. */
    private static long generate(EntityManagerFactory unit, int applications, int enterpriseCount) {
        JpaRoundStore rounds = new JpaRoundStore(unit);
        JpaParticipationStore participations = new JpaParticipationStore(unit);
        JpaPanelStore panels = new JpaPanelStore(unit);
        JpaApplicationStore applicationStore = new JpaApplicationStore(unit);
        JpaScoreSheetStore sheets = new JpaScoreSheetStore(unit);
        JpaAssessmentResultStore results = new JpaAssessmentResultStore(unit);
        JpaUnitOfWork units = new JpaUnitOfWork(unit);

        long round = rounds.create(2106, 1, "2106 省级规模", RoundSchedule.defaultFor(2106, 1), PROVINCE)
                .id();
        City[] cities = City.values();
        List<ParticipationRecord> enterprises = new ArrayList<>();
        List<Long> panelIds = new ArrayList<>();
        EnterpriseEvidence evidence = new EnterpriseEvidence(true, true, 50, false, false);
        for (int i = 0; i < enterpriseCount; i++) {
            City city = cities[i % cities.length];
            ParticipationRecord enterprise = participations.recommend(
                    round,
                    String.format(Locale.ROOT, "91%s00%09dX", city.code(), i),
                    city.nameZh() + "试点企业" + i,
                    city.code(),
                    evidence,
                    (c, o) -> true,
                    new AuditActor("city-" + city.code(), "city"));
            enterprises.add(enterprise);
            panelIds.add(panels.create(enterprise, "车工", members(i), HR).id());
        }
        EligibilityDecision eligible =
                new EligibilityDecision(true, Set.of(EligibilityPath.A_SENIOR_TECHNICIAN), List.of(), List.of(), null);
        int threads = Integer.getInteger("benchmark.threads", 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int first = 0; first < applications; first += PER_UNIT) {
            int from = first;
            int to = Math.min(applications, first + PER_UNIT);
            done.add(pool.submit(() -> units.call(() -> {
                for (int i = from; i < to; i++) {
                    int e = i % enterprises.size();
                    ParticipationRecord enterprise = enterprises.get(e);
                    var application = applicationStore.create(
                            enterprise,
                            enterprise.creditCode() + "-E" + i,
                            JpaApplicationStoreTest.form(String.format(Locale.ROOT, "320102%012d", i)),
                            new AuditActor("E" + i, "applicant"));
                    List<ScoreSheetRecord> scored = new ArrayList<>();
                    for (int expert = 1; expert <= EXPERTS; expert++) {
                        scored.add(sheets.create(
                                application.id(),
                                panelIds.get(e),
                                "oral-defense",
                                "EXP-" + e + "-" + expert,
                                points(i, expert),
                                "",
                                new AuditActor("EXP-" + e + "-" + expert, "expert")));
                    }
                    AssessmentResultRecord result = result(application, scored);
                    results.record(
                            result,
                            a -> a.submitted(eligible)
                                    .withStatus(
                                            result.passed() ? ApplicationStatus.PASSED : ApplicationStatus.FAILED,
                                            "同意"),
                            HR);
                }
                return null;
            })));
        }
        pool.shutdown();
        try {
            for (java.util.concurrent.Future<?> unitDone : done) {
                unitDone.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            pool.shutdownNow();
            throw new IllegalStateException("the generation failed", e);
        }
        return round;
    }

    /** Five items of 12–20 points, spread so that totals vary and some tie. */
    private static Map<String, BigDecimal> points(int application, int expert) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (int item = 0; item < ITEMS; item++) {
            int value = (application * 7 + expert * 3 + item * 11) % 41;
            points.put("item-" + item, BigDecimal.valueOf(value * 2L, 1).add(BigDecimal.valueOf(12)));
        }
        return points;
    }

    /** The result a sum of the experts' mean item points gives, as the scoring scheme stores it. */
    private static AssessmentResultRecord result(
            org.skilleval.core.domain.ApplicationRecord application, List<ScoreSheetRecord> sheets) {
        BigDecimal sum = sheets.stream()
                .flatMap(sheet -> sheet.points().values().stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = sum.divide(BigDecimal.valueOf(sheets.size()), 2, java.math.RoundingMode.HALF_UP);
        boolean passed = total.compareTo(new BigDecimal("80")) >= 0;
        return new AssessmentResultRecord(
                0,
                0,
                application.id(),
                application.roundId(),
                application.participationId(),
                application.creditCode(),
                application.cityCode(),
                total,
                passed,
                List.of(new Text("总分 " + total, "Total " + total)),
                List.of(new MethodOutcome("oral-defense", total, new BigDecimal("100"), Map.of(), false, List.of())),
                List.of(new Provenance(
                        "ASSESSMENT_METHOD",
                        "oral-defense",
                        "org.skilleval.plugin.oraldefense",
                        "1.0.0",
                        Map.of("minExperts", "2"),
                        "ab".repeat(32))),
                sheets.stream()
                        .map(sheet -> new SheetInput(sheet.methodId(), sheet.expertId(), sheet.points(), ""))
                        .toList(),
                "cd".repeat(32),
                Instant.parse("2106-03-01T02:00:00Z"),
                "hr");
    }

    private static List<PanelMember> members(int enterprise) {
        List<PanelMember> members = new ArrayList<>();
        for (int expert = 1; expert <= EXPERTS; expert++) {
            members.add(
                    new PanelMember("EXP-" + enterprise + "-" + expert, "专家" + expert, "南京工业大学", "教授", expert == 1));
        }
        return members;
    }

    /**
     * @return the first call's milliseconds, the median of the next {@value #REPETITIONS}, and the
     *         median CPU milliseconds of this thread in them (embedded Derby works on the caller's
     *         thread): on a machine shared with others' builds the wall time is mostly waiting for a core
     */
    private static long[] measure(Supplier<?> call) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        call.get();
        long cold = (System.nanoTime() - start) / 1_000_000;
        long[] millis = new long[REPETITIONS];
        long[] cpu = new long[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        return new long[] {cold, millis[REPETITIONS / 2], cpu[REPETITIONS / 2]};
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }

    private static void deleteRecursively(Path directory) throws Exception {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
