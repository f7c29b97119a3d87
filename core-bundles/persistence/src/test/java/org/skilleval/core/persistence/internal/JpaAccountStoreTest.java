package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.persistence.EntityManagerFactory;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.persistence.AccountCredentials;
import org.skilleval.core.persistence.AccountStore;

/**
 * The look-ups an import makes before it writes, and a token's standing from the database and from
 * memory, on the real persistence unit and Derby.
 */
class JpaAccountStoreTest {

    private static final String NANJING_FIRM = "91320100MA1NJ0001M";
    private static final String SUZHOU_FIRM = "91320500MA1PX00038";
    private static final String ID_1 = "320102198503071513";
    private static final String ID_2 = "320502199004122626";
    private static final AuditActor HR = new AuditActor("hr", "enterprise");

    private EntityManagerFactory entityManagerFactory;
    private JpaAccountStore accounts;

    @BeforeEach
    void openDatabase() {
        entityManagerFactory = InMemoryDatabase.open();
        accounts = new JpaAccountStore(entityManagerFactory);
    }

    @AfterEach
    void closeDatabase() {
        entityManagerFactory.close();
    }

    private static AccountCredentials applicant(String username, String creditCode, String number, String idNumber) {
        return new AccountCredentials(
                new AccountRecord(
                        0,
                        0,
                        username,
                        "职工",
                        "applicant",
                        "3201",
                        creditCode,
                        number,
                        true,
                        true,
                        0,
                        "hr",
                        Instant.now(),
                        idNumber),
                "$2a$04$" + "x".repeat(53));
    }

    @Test
    void employeeAndIdNumbersAreTakenWithinTheirEnterpriseOnly() {
        accounts.create(
                List.of(
                        applicant("wang", NANJING_FIRM, "E1", ID_1),
                        applicant("li", NANJING_FIRM, "E2", null),
                        applicant("zhao", SUZHOU_FIRM, "E3", ID_2)),
                HR);

        assertEquals(
                Set.of("E1", "E2"), accounts.existingSubjects("applicant", NANJING_FIRM, List.of("E1", "E2", "E3")));
        assertEquals(Set.of(), accounts.existingSubjects("expert", "", List.of("E1")));
        assertEquals(Set.of(ID_1), accounts.existingApplicantIdNumbers(NANJING_FIRM, List.of(ID_1, ID_2)));
        assertEquals(Set.of(), accounts.existingApplicantIdNumbers(NANJING_FIRM, List.of()));
        assertEquals(ID_1, accounts.find("wang").orElseThrow().idNumber());
        assertEquals("", accounts.find("li").orElseThrow().idNumber());
        assertFalse(accounts.find("wang").orElseThrow().toString().contains(ID_1), "audit texts are masked");
    }

    /** Both ways of answering a token's standing: from the database (shared) and from memory. */
    private JpaAccountStore store(boolean shared) {
        return new JpaAccountStore(entityManagerFactory, shared);
    }

    @ParameterizedTest(name = "database shared: {0}")
    @ValueSource(booleans = {true, false})
    void aTokensStandingIsTheAccountsEpochAndWhetherItWasSignedOut(boolean shared) {
        JpaAccountStore accounts = store(shared);
        accounts.create(List.of(applicant("wang", NANJING_FIRM, "E1", ID_1)), HR);

        assertEquals(new AccountStore.TokenStanding(0, false), accounts.tokenStanding("wang", "token-1"));
        accounts.revokeToken("token-1", "wang", Instant.now().plusSeconds(3600), new AuditActor("wang", "self"));

        assertEquals(new AccountStore.TokenStanding(0, true), accounts.tokenStanding("wang", "token-1"));
        assertEquals(new AccountStore.TokenStanding(0, false), accounts.tokenStanding("wang", "token-2"));
        assertEquals(new AccountStore.TokenStanding(0, true), accounts.tokenStanding("", "token-1"));
        assertEquals(new AccountStore.TokenStanding(0, false), accounts.tokenStanding("nobody", "token-2"));

        accounts.update("wang", "disable", "", HR, null, account -> account.with(false, false, 3));
        assertEquals(new AccountStore.TokenStanding(3, false), accounts.tokenStanding("wang", "token-2"));
        accounts.update("wang", "reset-password", "", HR, "$2a$04$" + "y".repeat(53), a -> a.with(true, true, 4));
        assertEquals(new AccountStore.TokenStanding(4, false), accounts.tokenStanding("wang", "token-2"));
        accounts.revokeToken("token-2", "wang", Instant.now().plusSeconds(3600), new AuditActor("wang", "self"));
        assertEquals(new AccountStore.TokenStanding(4, true), accounts.tokenStanding("wang", "token-2"));

        // An account created after its user name was asked about (an operator's name, say) starts afresh.
        accounts.create(List.of(applicant("nobody", NANJING_FIRM, "E2", null)), HR);
        accounts.update("nobody", "change-password", "", HR, null, a -> a.with(true, false, 1));
        assertEquals(new AccountStore.TokenStanding(1, false), accounts.tokenStanding("nobody", "token-3"));
    }

    @Test
    void onAnEmbeddedDerbyTheStandingIsAnsweredFromMemoryAndASharedDatabaseIsAskedEveryTime() {
        EntityManagerFactory recorded = SqlRecorder.persistenceUnit(InMemoryDatabase.dataSource());
        try {
            JpaAccountStore ownDatabase = new JpaAccountStore(recorded);
            JpaAccountStore shared = new JpaAccountStore(recorded, true);
            ownDatabase.create(List.of(applicant("wang", NANJING_FIRM, "E1", ID_1)), HR);
            ownDatabase.tokenStanding("wang", "token-1");

            SqlRecorder.STATEMENTS.clear();
            for (int request = 0; request < 3; request++) {
                assertEquals(new AccountStore.TokenStanding(0, false), ownDatabase.tokenStanding("wang", "token-1"));
            }
            assertEquals(List.of(), SqlRecorder.STATEMENTS, "an in-memory Derby is this JVM's alone");

            for (int request = 0; request < 3; request++) {
                assertEquals(new AccountStore.TokenStanding(0, false), shared.tokenStanding("wang", "token-1"));
            }
            assertEquals(3, SqlRecorder.STATEMENTS.size(), SqlRecorder.STATEMENTS.toString());
        } finally {
            SqlRecorder.STATEMENTS.clear();
            recorded.close();
        }
    }

    @Test
    void aSharedDatabaseShowsAChangeAnotherNodeCommittedAtTheNextAsk() throws Exception {
        EmbeddedDataSource dataSource = InMemoryDatabase.dataSource();
        EntityManagerFactory node = InMemoryDatabase.persistenceUnit(dataSource);
        try {
            JpaAccountStore accounts = new JpaAccountStore(node, true);
            accounts.create(List.of(applicant("wang", NANJING_FIRM, "E1", ID_1)), HR);
            assertEquals(new AccountStore.TokenStanding(0, false), accounts.tokenStanding("wang", "token-1"));

            // What another node's password change and sign-out write, behind this node's back.
            try (Connection otherNode = dataSource.getConnection();
                    Statement statement = otherNode.createStatement()) {
                statement.executeUpdate("UPDATE ACCOUNT SET TOKEN_EPOCH = 2 WHERE USERNAME = 'wang'");
                statement.executeUpdate("INSERT INTO REVOKED_TOKEN (TOKEN_ID, USERNAME, EXPIRES_AT)"
                        + " VALUES ('token-1', 'wang', '2999-01-01 00:00:00')");
            }

            assertEquals(new AccountStore.TokenStanding(2, true), accounts.tokenStanding("wang", "token-1"));
        } finally {
            node.close();
        }
    }

    @Test
    void aChangeRolledBackIsNotRememberedAndOneCommittedInAUnitOfWorkIsRememberedAtItsCommit() {
        JpaAccountStore accounts = store(false);
        JpaUnitOfWork unitOfWork = new JpaUnitOfWork(entityManagerFactory);
        accounts.create(List.of(applicant("wang", NANJING_FIRM, "E1", ID_1)), HR);
        assertEquals(0, accounts.tokenStanding("wang", "token-1").tokenEpoch());

        assertThrows(
                IllegalStateException.class,
                () -> unitOfWork.call(() -> {
                    accounts.update("wang", "disable", "", HR, null, a -> a.with(false, false, 1));
                    throw new IllegalStateException("the rest of the unit failed");
                }));
        assertEquals(0, accounts.tokenStanding("wang", "token-1").tokenEpoch(), "rolled back");
        assertEquals(0, accounts.find("wang").orElseThrow().tokenEpoch());

        long[] insideTheUnit = new long[1];
        unitOfWork.call(() -> {
            accounts.update("wang", "disable", "", HR, null, a -> a.with(false, false, 1));
            insideTheUnit[0] = accounts.tokenStanding("wang", "token-1").tokenEpoch();
            return null;
        });
        assertEquals(0, insideTheUnit[0], "remembered only once the unit has committed");
        assertEquals(1, accounts.tokenStanding("wang", "token-1").tokenEpoch());
    }

    @Test
    void anAccountsTokenEpochNeverFalls() {
        JpaAccountStore accounts = store(false);
        accounts.create(List.of(applicant("wang", NANJING_FIRM, "E1", ID_1)), HR);
        accounts.update("wang", "disable", "", HR, null, a -> a.with(false, false, 2));

        assertThrows(
                IllegalArgumentException.class,
                () -> accounts.update("wang", "enable", "", HR, null, a -> a.with(true, false, 1)));

        assertEquals(2, accounts.find("wang").orElseThrow().tokenEpoch());
        assertFalse(accounts.find("wang").orElseThrow().enabled());
    }

    @Test
    void signOutsStoredBeforeTheFirstAskAreRememberedAndExpiredOnesForgottenWithTheDatabase() {
        Instant now = Instant.now();
        store(true).revokeToken("kept", "wang", now.plusSeconds(3600), new AuditActor("wang", "self"));
        store(true).revokeToken("expired", "wang", now.minusSeconds(1), new AuditActor("wang", "self"));
        JpaAccountStore accounts = store(false);

        assertTrue(accounts.tokenStanding("wang", "kept").signedOut());
        assertTrue(accounts.tokenStanding("wang", "expired").signedOut(), "as the database holds it");
        assertEquals(Set.of("kept"), accounts.revokedTokens(now));
        assertTrue(accounts.tokenStanding("wang", "kept").signedOut());
        assertFalse(accounts.tokenStanding("wang", "expired").signedOut(), "forgotten with the database");
        assertEquals(
                accounts.tokenStanding("wang", "expired"),
                store(true).tokenStanding("wang", "expired"),
                "memory and database agree");
    }

    @Test
    void concurrentAsksNeverKeepAnEpochOlderThanTheLastCommittedOne() throws Exception {
        accounts.create(List.of(applicant("wang", NANJING_FIRM, "E1", ID_1)), HR);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            for (long epoch = 1; epoch <= 40; epoch++) {
                // A fresh memory each time, so that its first reads of the epoch race the commit.
                JpaAccountStore fresh = store(false);
                List<Future<?>> asking = new ArrayList<>();
                for (int reader = 0; reader < 4; reader++) {
                    asking.add(readers.submit(() -> fresh.tokenStanding("wang", "token")));
                }
                long next = epoch;
                fresh.update("wang", "change-password", "", HR, null, a -> a.with(true, false, next));
                for (Future<?> ask : asking) {
                    ask.get();
                }
                assertEquals(epoch, fresh.tokenStanding("wang", "token").tokenEpoch());
            }
        } finally {
            readers.shutdownNow();
        }
    }
}
