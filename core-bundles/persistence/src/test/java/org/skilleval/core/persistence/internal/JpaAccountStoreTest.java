package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.persistence.AccountCredentials;
import org.skilleval.core.persistence.AccountStore;

/** The look-ups an import makes before it writes, on the real persistence unit and Derby. */
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

    @Test
    void aTokensStandingIsTheAccountsEpochAndWhetherItWasSignedOut() {
        accounts.create(List.of(applicant("wang", NANJING_FIRM, "E1", ID_1)), HR);

        assertEquals(new AccountStore.TokenStanding(0, false), accounts.tokenStanding("wang", "token-1"));
        accounts.revokeToken("token-1", "wang", Instant.now().plusSeconds(3600), new AuditActor("wang", "self"));

        assertEquals(new AccountStore.TokenStanding(0, true), accounts.tokenStanding("wang", "token-1"));
        assertEquals(new AccountStore.TokenStanding(0, false), accounts.tokenStanding("wang", "token-2"));
        assertEquals(new AccountStore.TokenStanding(0, true), accounts.tokenStanding("", "token-1"));
        assertEquals(new AccountStore.TokenStanding(0, false), accounts.tokenStanding("nobody", "token-2"));

        accounts.update("wang", "disable", "", HR, null, account -> account.with(false, false, 3));
        assertEquals(new AccountStore.TokenStanding(3, false), accounts.tokenStanding("wang", "token-2"));
    }
}
