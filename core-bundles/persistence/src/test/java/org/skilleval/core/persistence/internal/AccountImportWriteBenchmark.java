package org.skilleval.core.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.persistence.AccountCredentials;

/**
 * The store's share of an employee import: {@link JpaAccountStore#create} of {@code benchmark.rows}
 * (default 10,000) applicant accounts with their audit events in one transaction, on a Derby
 * database on disk under {@code target/}, and the look-ups an import makes before it (user names,
 * employee numbers, ID numbers of the file). Prints the seconds of each; asserts nothing about time.
 * Run with {@code core-bundles/persistence/benchmarks/account-import-writes.sh}; excluded from the
 * normal build.
 */
@Tag("benchmark")
class AccountImportWriteBenchmark {

    static {
        // as the distribution sets it (etc/custom.system.properties)
        System.setProperty("derby.language.sequence.preallocator", "1000");
    }

    private static final String FIRM = "91320100MA1NJ0001M";
    private static final AuditActor HR = new AuditActor("nanjing-equipment-hr", "enterprise");
    // A bcrypt hash of the length the platform stores: the store never looks into it.
    private static final String HASH = "$2a$04$" + "x".repeat(53);

    @Test
    void tenThousandAccountsInOneTransaction() throws Exception {
        int rows = Integer.getInteger("benchmark.rows", 10_000);
        Path directory = Path.of("target", "benchmark-account-import-db");
        deleteRecursively(directory);
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toAbsolutePath().toString());
        dataSource.setCreateDatabase("create");
        EntityManagerFactory unit = InMemoryDatabase.persistenceUnit(dataSource);
        try {
            JpaAccountStore store = new JpaAccountStore(unit);
            // warm-up, not counted
            store.create(accounts("warm", rows / 10), HR);
            for (int run = 1; run <= 3; run++) {
                List<AccountCredentials> batch = accounts("r" + run, rows);
                List<String> names =
                        batch.stream().map(a -> a.account().username()).toList();
                List<String> numbers =
                        batch.stream().map(a -> a.account().subject()).toList();
                List<String> ids =
                        batch.stream().map(a -> a.account().idNumber()).toList();
                long start = System.nanoTime();
                store.existingUsernames(names);
                long byName = System.nanoTime();
                store.existingSubjects("applicant", FIRM, numbers);
                long bySubject = System.nanoTime();
                store.existingApplicantIdNumbers(FIRM, ids);
                long checked = System.nanoTime();
                store.create(batch, HR);
                long written = System.nanoTime();
                System.out.printf(
                        Locale.ROOT,
                        "run %d: %d accounts (%d in the table): look-ups of user names %.2f s, employee numbers"
                                + " %.2f s, ID numbers %.2f s; create with audit %.2f s%n",
                        run,
                        rows,
                        rows * run + rows / 10 - rows,
                        (byName - start) / 1e9,
                        (bySubject - byName) / 1e9,
                        (checked - bySubject) / 1e9,
                        (written - checked) / 1e9);
            }
        } finally {
            unit.close();
        }
    }

    private static List<AccountCredentials> accounts(String prefix, int rows) {
        List<AccountCredentials> accounts = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String number = prefix + "-" + i;
            accounts.add(new AccountCredentials(
                    new AccountRecord(
                            0,
                            0,
                            "bench-" + number,
                            "职工" + i,
                            "applicant",
                            "3201",
                            FIRM,
                            number,
                            true,
                            true,
                            0,
                            HR.username(),
                            Instant.now(),
                            String.format(Locale.ROOT, "%-18s", number).replace(' ', '0')),
                    HASH));
        }
        return accounts;
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
