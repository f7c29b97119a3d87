package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.rules.RoundSchedule;

/**
 * What the tamper-evident audit chain costs, on Derby on disk under {@code target/}:
 *
 * <ol>
 *   <li>audited write throughput (a round created per transaction, each with its audit event) with
 *       and without chaining, by 1 and 4 writers, runs alternated and repeated (the chainer's
 *       own transactions run meanwhile, so what they cost the writers is in the figure);
 *   <li>the time {@link JpaAuditTrail#verify()} takes for {@code benchmark.auditEvents} chained events
 *       (default 1,000,000) of realistic size, seeded over JDBC.
 * </ol>
 *
 * Prints the figures; asserts only that the seeded chain verifies as intact. Run with
 * {@code core-bundles/persistence/benchmarks/audit-chain.sh} ({@code -Dbenchmark.parts=writes} or
 * {@code verify} runs one half); excluded from the normal build.
 */
@Tag("benchmark")
class AuditChainBenchmark {

    static {
        // As the distribution sets it (etc/custom.system.properties): Derby hands out identity values
        // in ranges of 100 by default, and concurrent writers then fail with "too much contention".
        System.setProperty("derby.language.sequence.preallocator", "1000");
    }

    private static final AuditActor WRITER = new AuditActor("benchmark", "province");
    // A lone writer's run of 4,000 writes lasts about 3 s, and its figure moved by 15 points between
    // identical runs: longer runs and more of them (benchmark.writesPerRun, benchmark.repetitions).
    private static final int WRITES_PER_RUN = Integer.getInteger("benchmark.writesPerRun", 10_000);
    private static final int REPETITIONS = Integer.getInteger("benchmark.repetitions", 9);

    private final AtomicInteger nextBatch = new AtomicInteger();

    @Test
    void chainingCostsAndVerificationTime() throws Exception {
        String parts = System.getProperty("benchmark.parts", "writes,verify");
        if (parts.contains("writes")) {
            writeThroughput();
        }
        if (parts.contains("verify")) {
            verificationTime(Integer.getInteger("benchmark.auditEvents", 1_000_000));
        }
    }

    private void writeThroughput() throws Exception {
        EmbeddedDataSource dataSource = onDisk("audit-benchmark-db-writes");
        EntityManagerFactory unit = InMemoryDatabase.persistenceUnit(dataSource);
        try {
            JpaRoundStore rounds = new JpaRoundStore(unit);
            // Warm the JIT, the statement cache and the pages; alone first, as Derby refuses concurrent
            // first inserts into a new table while it compiles their statements ("too much contention").
            run(rounds, 1, 50, unit);
            run(rounds, 4, 400, unit);
            // With 8 and 16 writers, Derby refused inserts on this 2-core machine with "too much
            // contention" on its identity values (40XL1 in SequenceUpdater), so 1 and 4 writers.
            for (int writers : writerCounts()) {
                List<Double> plain = new ArrayList<>();
                List<Double> chained = new ArrayList<>();
                for (int repetition = 0; repetition < REPETITIONS; repetition++) {
                    // Alternate which goes first, so that a drift of the machine's load favours neither.
                    boolean plainFirst = repetition % 2 == 0;
                    for (boolean chaining : plainFirst ? new boolean[] {false, true} : new boolean[] {true, false}) {
                        JpaTransactions.chaining = chaining;
                        (chaining ? chained : plain).add(run(rounds, writers, WRITES_PER_RUN, chaining ? unit : null));
                    }
                }
                JpaTransactions.chaining = true;
                double plainMedian = median(plain);
                double chainedMedian = median(chained);
                // Each repetition's two runs ran back to back: their ratio is less exposed to the
                // machine's drift than the ratio of the two medians.
                List<Double> pairedCosts = new ArrayList<>();
                for (int repetition = 0; repetition < REPETITIONS; repetition++) {
                    pairedCosts.add(100 * (1 - chained.get(repetition) / plain.get(repetition)));
                }
                System.out.printf(
                        Locale.ROOT,
                        "%2d writer(s): %7.0f audited writes/s unchained, %7.0f chained (median of %d runs of %d):"
                                + " chaining costs %5.1f%% of write throughput; median of the paired costs %5.1f%%"
                                + " (quartiles %5.1f%% and %5.1f%%)%n",
                        writers,
                        plainMedian,
                        chainedMedian,
                        REPETITIONS,
                        WRITES_PER_RUN,
                        100 * (1 - chainedMedian / plainMedian),
                        median(pairedCosts),
                        quantile(pairedCosts, 0.25),
                        quantile(pairedCosts, 0.75));
            }
        } finally {
            JpaTransactions.chaining = true;
            unit.close();
        }
        // The unchained runs left events outside the chain; that database is only for this measure.
    }

    /** 1 and 4 writers, or those of {@code benchmark.writers} (e.g. {@code 1} for a lone writer only). */
    private static int[] writerCounts() {
        return java.util.Arrays.stream(
                        System.getProperty("benchmark.writers", "1,4").split(","))
                .mapToInt(count -> Integer.parseInt(count.strip()))
                .toArray();
    }

    /**
     * @param chained the unit whose chainer must have caught up before the run counts as done, so
     *     that its work is charged to the chained run; {@code null} for an unchained run
     * @return audited writes per second
     */
    private double run(JpaRoundStore rounds, int writers, int writes, EntityManagerFactory chained) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int share = writes / writers;
                tasks.add(() -> {
                    for (int i = 0; i < share; i++) {
                        int batch = nextBatch.incrementAndGet();
                        rounds.create(2100, batch, "benchmark " + batch, RoundSchedule.defaultFor(2100, 1), WRITER);
                    }
                    return null;
                });
            }
            long started = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
            if (chained != null) {
                AuditChainer.of(chained).drain();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return (writes / writers * writers) / seconds;
        } finally {
            pool.shutdown();
        }
    }

    private void verificationTime(int events) throws Exception {
        // -Dbenchmark.reuse=true verifies the chain the previous run seeded, if it has as many events.
        boolean reuse = Boolean.getBoolean("benchmark.reuse")
                && Files.isDirectory(Path.of("target", "audit-benchmark-db-verify"));
        EmbeddedDataSource dataSource =
                reuse ? existing("audit-benchmark-db-verify") : onDisk("audit-benchmark-db-verify");
        EntityManagerFactory unit = InMemoryDatabase.persistenceUnit(dataSource);
        try {
            JpaAuditTrail audit = new JpaAuditTrail(unit);
            AuditVerification first = audit.verify(); // creates the tables on a new database
            if (reuse && first.headSeq() == events) {
                // the chain a previous run seeded, verified cold: this JVM's first pass over it
                System.out.printf(
                        Locale.ROOT,
                        "verify run 0 (cold): %,d events in %.1f s%n",
                        first.eventsChecked(),
                        first.took().toMillis() / 1e3);
            }
            if (!reuse || first.headSeq() != events) {
                long seedStart = System.nanoTime();
                seedChain(dataSource, events);
                System.out.printf(
                        Locale.ROOT,
                        "seeded %,d chained events in %.1f s%n",
                        events,
                        (System.nanoTime() - seedStart) / 1e9);
            }
            for (int run = 1; run <= 2; run++) {
                AuditVerification verification = audit.verify();
                assertTrue(verification.intact(), String.valueOf(verification.firstBroken()));
                System.out.printf(
                        Locale.ROOT,
                        "verify run %d: %,d events in %.1f s (%,.0f events/s)%n",
                        run,
                        verification.eventsChecked(),
                        verification.took().toMillis() / 1e3,
                        verification.eventsChecked() / (verification.took().toMillis() / 1e3));
            }
        } finally {
            unit.close();
        }
    }

    /**
     * A chain as the platform writes it, in bulk over JDBC: before and after states of the size a
     * changed application leaves (about 1.5 KB together), hashed exactly as {@link AuditChain} does.
     */
    private static void seedChain(EmbeddedDataSource dataSource, int events) throws SQLException {
        String before =
                ("ApplicationRecord[id=%d, version=3, roundId=1, status=SUBMITTED, form=ApplicationForm[name=王某某,"
                                + " idNumber=3201************1X, appliedOccupation=车工, basis=A], eligibility=EligibilityDecision["
                                + "eligible=true, path=A, reasons=[Reason[code=post-years-met, zh=在高级技师岗位工作满5年。,"
                                + " en=Has worked five full years in a senior technician post.]]]]")
                        .repeat(2);
        String after = before.replace("SUBMITTED", "ENDORSED");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(events, ChronoUnit.SECONDS);
        String previous = AuditChain.GENESIS;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // A new database gives the events ids 1, 2, 3 … in the order they are inserted.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AUDIT_EVENT (OCCURRED_AT, ACTOR,"
                            + " ACTOR_ROLE, OBJECT_TYPE, OBJECT_ID, ACTION, BEFORE_STATE, AFTER_STATE, NOTE, CONTENT_HASH)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement link = connection.prepareStatement(
                            "INSERT INTO AUDIT_CHAIN (SEQ, EVENT_ID, PREV_HASH, HASH) VALUES (?, ?, ?, ?)")) {
                for (long seq = 1; seq <= events; seq++) {
                    Instant at = start.plusSeconds(seq);
                    String objectId = Long.toString(seq % 100_000 + 1);
                    String beforeState = before.replace("ID", Long.toString(seq));
                    String afterState = after.replace("ID", Long.toString(seq));
                    String content = AuditChain.contentHash(
                            AuditChain.storedTime(at),
                            "nanjing-equipment-hr",
                            "enterprise",
                            "Application",
                            objectId,
                            "endorse",
                            beforeState,
                            afterState,
                            "");
                    String hash = AuditChain.link(previous, seq, seq, content);
                    insert.setTimestamp(1, Timestamp.from(at));
                    insert.setString(2, "nanjing-equipment-hr");
                    insert.setString(3, "enterprise");
                    insert.setString(4, "Application");
                    insert.setString(5, objectId);
                    insert.setString(6, "endorse");
                    insert.setString(7, beforeState);
                    insert.setString(8, afterState);
                    insert.setString(9, "");
                    insert.setString(10, content);
                    insert.addBatch();
                    link.setLong(1, seq);
                    link.setLong(2, seq);
                    link.setString(3, previous);
                    link.setString(4, hash);
                    link.addBatch();
                    previous = hash;
                    if (seq % 2_000 == 0) {
                        insert.executeBatch();
                        link.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                link.executeBatch();
            }
            // The chain's head exists since the platform first touched the database.
            try (PreparedStatement head = connection.prepareStatement(
                    "UPDATE AUDIT_CHAIN_HEAD SET SEQ = ?, HASH = ?, UPDATED_AT = CURRENT_TIMESTAMP WHERE ID = 1")) {
                head.setLong(1, events);
                head.setString(2, previous);
                assertTrue(head.executeUpdate() == 1);
            }
            connection.commit();
        }
    }

    private static EmbeddedDataSource existing(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(Path.of("target", name).toAbsolutePath().toString());
        return dataSource;
    }

    private static EmbeddedDataSource onDisk(String name) throws Exception {
        Path directory = Path.of("target", name);
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toAbsolutePath().toString());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    private static double median(List<Double> values) {
        return quantile(values, 0.5);
    }

    /** The value a share {@code q} of the values lies at or below (nearest rank). */
    private static double quantile(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
    }
}
