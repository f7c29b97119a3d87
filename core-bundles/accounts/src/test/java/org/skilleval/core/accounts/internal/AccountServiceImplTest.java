package org.skilleval.core.accounts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.skilleval.core.accounts.IssuedAccount;
import org.skilleval.core.accounts.NewAccount;
import org.skilleval.core.accounts.PasswordChecksThrottledException;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.persistence.AccountCredentials;
import org.skilleval.core.persistence.AccountStore;
import org.skilleval.core.persistence.ExpertPoolStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class AccountServiceImplTest {

    static final String NANJING_FIRM = "91320100MA1NJ0001M";
    static final String SUZHOU_FIRM = "91320500MA1PX00038";

    private final AccountStore store = mock(AccountStore.class);
    private final ExpertPoolStore pool = mock(ExpertPoolStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final Passwords passwords = new Passwords(4);
    private final AccountServiceImpl service = new AccountServiceImpl(
            store,
            pool,
            participations,
            passwords,
            PasswordPolicy.withShippedList(),
            new SignInThrottle(new MemoryThrottleStore(), 5, 50, Duration.ofMinutes(15), Clock.systemUTC()),
            Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC));

    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller NANJING_HR =
            Caller.fromJaasRoles("nj-hr", List.of("enterprise", "enterprise:" + NANJING_FIRM));
    private static final Caller APPLICANT =
            Caller.fromJaasRoles("wang", List.of("applicant", "applicant:" + NANJING_FIRM + "-E1"));

    AccountServiceImplTest() {
        when(store.create(any(), any())).thenAnswer(invocation -> {
            List<AccountCredentials> created = invocation.getArgument(0);
            return created.stream().map(AccountCredentials::account).toList();
        });
        when(participations.cityOf(anyString())).thenReturn(Optional.empty());
    }

    private static NewAccount hr(String creditCode) {
        return new NewAccount("firm-hr", "人力资源部", "enterprise", null, creditCode, null, null);
    }

    @Test
    void aCityCreatesTheHrOfItsOwnEnterpriseWithAOneTimePasswordToChange() {
        IssuedAccount issued = service.create(NANJING, hr(NANJING_FIRM));

        assertEquals("3201", issued.account().cityCode());
        assertEquals(
                "enterprise:" + NANJING_FIRM, "enterprise:" + issued.account().scope());
        assertTrue(issued.account().mustChangePassword());
        assertEquals(16, issued.oneTimePassword().length());
        ArgumentCaptor<List<AccountCredentials>> stored = ArgumentCaptor.captor();
        verify(store).create(stored.capture(), any());
        assertTrue(passwords.matches(
                issued.oneTimePassword(), stored.getValue().get(0).passwordHash()));
    }

    @Test
    void aCityNeverCreatesAnotherCitysEnterpriseAccountsNorProvinceOrCityAccounts() {
        assertThrows(AccessDeniedException.class, () -> service.create(NANJING, hr(SUZHOU_FIRM)));
        assertThrows(
                AccessDeniedException.class,
                () -> service.create(NANJING, new NewAccount("nj2", "南京", "city", "3201", null, null, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> service.create(NANJING, new NewAccount("prov2", "省", "province", null, null, null, null)));
        verify(store, never()).create(any(), any());
    }

    @Test
    void hrMayRecordAnEmployeesIdNumberCheckedAndOnceOnlyInTheEnterprise() {
        String id = AccountImportServiceImplTest.idNumber(2);
        NewAccount employee = new NewAccount("wang-e7", "王七", "applicant", null, null, "E7", null, id);

        assertEquals(id, service.create(NANJING_HR, employee).account().idNumber());

        RuleViolationException bad = assertThrows(
                RuleViolationException.class,
                () -> service.create(
                        NANJING_HR,
                        new NewAccount(
                                "wang-e8", "王八", "applicant", null, null, "E8", null, id.substring(0, 17) + "Y")));
        assertEquals("idNumber", bad.field());
        when(store.existingApplicantIdNumbers(NANJING_FIRM, List.of(id))).thenReturn(Set.of(id));
        ConflictException twice = assertThrows(
                ConflictException.class,
                () -> service.create(
                        NANJING_HR, new NewAccount("wang-e9", "王九", "applicant", null, null, "E9", null, id)));
        assertTrue(!twice.getMessage().contains(id) && !twice.messageZh().contains(id), "never in clear");
    }

    @Test
    void theCityAnEnterpriseWasRecommendedByWinsOverItsCreditCode() {
        when(participations.cityOf(SUZHOU_FIRM)).thenReturn(Optional.of("3201"));

        assertEquals("3201", service.create(NANJING, hr(SUZHOU_FIRM)).account().cityCode());
    }

    @Test
    void hrCreatesItsOwnEmployeesOnlyAndTheProvinceNoEmployees() {
        AccountRecord employee = service.create(
                        NANJING_HR, new NewAccount("wang-e1", "王", "applicant", null, "ANY", "E1001", null))
                .account();
        assertEquals(NANJING_FIRM + "-E1001", employee.scope());
        assertThrows(
                AccessDeniedException.class,
                () -> service.create(PROVINCE, new NewAccount("x-e1", "王", "applicant", null, null, "E1", null)));
        assertThrows(
                AccessDeniedException.class,
                () -> service.create(APPLICANT, new NewAccount("x-e2", "王", "applicant", null, null, "E2", null)));
    }

    @Test
    void hrCreatesAPluginDeveloperBoundToItsOwnEnterpriseWhatEverTheRequestSays() {
        AccountRecord developer = service.create(
                        NANJING_HR,
                        new NewAccount("nj-dev", "外包开发", "plugin_developer", "3205", SUZHOU_FIRM, null, null))
                .account();
        assertEquals(NANJING_FIRM, developer.creditCode());
        assertEquals(NANJING_FIRM, developer.scope());
        assertEquals(
                java.util.Optional.of(NANJING_FIRM),
                DatabaseAuthenticator.callerOf(developer).pluginOwner());
        assertEquals(null, DatabaseAuthenticator.callerOf(developer).enterprise());
        assertThrows(
                AccessDeniedException.class,
                () -> service.create(
                        NANJING, new NewAccount("nj-dev2", "开发", "plugin_developer", null, null, null, null)));
    }

    @Test
    void anExpertAccountNeedsAPoolEntryOfTheCitysOwnPool() {
        when(pool.find("SZ-1"))
                .thenReturn(
                        Optional.of(new PoolExpertRecord(1, 0, "SZ-1", "钱", "车工", "", "", "3205", List.of(), true)));
        when(pool.find("NJ-1"))
                .thenReturn(
                        Optional.of(new PoolExpertRecord(2, 0, "NJ-1", "孙", "车工", "", "", "3201", List.of(), true)));

        assertEquals(
                "NJ-1",
                service.create(NANJING, new NewAccount("expert-sun", "孙", "expert", null, null, null, "NJ-1"))
                        .account()
                        .scope());
        assertThrows(
                AccessDeniedException.class,
                () -> service.create(NANJING, new NewAccount("expert-qian", "钱", "expert", null, null, null, "SZ-1")));
        assertEquals(
                "unknown-expert",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.create(
                                        PROVINCE, new NewAccount("expert-x", "X", "expert", null, null, null, "NONE")))
                        .rule());
    }

    @Test
    void badInputIsNamedByFieldAndWritesNothing() {
        assertEquals(
                "username",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.create(
                                        NANJING,
                                        new NewAccount("A b", "x", "enterprise", null, NANJING_FIRM, null, null)))
                        .field());
        assertEquals(
                "creditCode",
                assertThrows(RuleViolationException.class, () -> service.create(NANJING, hr("91320100MA1NJ0001X")))
                        .field());
        verify(store, never()).create(any(), any());
    }

    @Test
    void aCityListsOnlyItsOwnAccountsAndAnAccountOfAnotherCityDoesNotExistForIt() {
        service.list(NANJING, null, "3205", 0, 50);
        verify(store, never())
                .list(
                        any(),
                        any(),
                        any(),
                        org.mockito.ArgumentMatchers.anyInt(),
                        org.mockito.ArgumentMatchers.anyInt());
        service.list(NANJING, null, null, 0, 50);
        verify(store).list(Set.of("enterprise", "expert"), "3201", null, 0, 50);
        assertEquals(
                "unknown-role",
                assertThrows(RuleViolationException.class, () -> service.list(NANJING, "' OR '1'='1", null, 0, 50))
                        .rule());

        AccountRecord suzhouHr = new AccountRecord(
                9, 0, "sz-hr", "", "enterprise", "3205", SUZHOU_FIRM, "", true, false, 0, "suzhou", Instant.now());
        when(store.find("sz-hr")).thenReturn(Optional.of(suzhouHr));
        assertThrows(NotFoundException.class, () -> service.find(NANJING, "sz-hr"));
        assertThrows(NotFoundException.class, () -> service.resetPassword(NANJING, "sz-hr"));
        assertEquals(suzhouHr, service.find(Caller.fromJaasRoles("suzhou", List.of("city", "city:3205")), "sz-hr"));
    }

    @Test
    void changingTheOwnPasswordChecksTheCurrentOneAndThePolicyAndRaisesTheTokenEpoch() {
        AccountRecord wang = new AccountRecord(
                3, 0, "wang", "王", "applicant", "3201", NANJING_FIRM, "E1", true, true, 4, "hr", Instant.now());
        when(store.credentials("wang"))
                .thenReturn(Optional.of(new AccountCredentials(wang, passwords.hash("one-time-pass-1"))));
        when(store.update(anyString(), anyString(), anyString(), any(), anyString(), any()))
                .thenAnswer(invocation -> {
                    UnaryOperator<AccountRecord> change = invocation.getArgument(5);
                    return change.apply(wang);
                });

        assertEquals(
                "wrong-password",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.changeOwnPassword(
                                        APPLICANT, "wrong".toCharArray(), "Gd7-abcdefgh".toCharArray()))
                        .rule());
        assertEquals(
                "leaked",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.changeOwnPassword(
                                        APPLICANT, "one-time-pass-1".toCharArray(), "password123".toCharArray()))
                        .rule());
        AccountRecord after =
                service.changeOwnPassword(APPLICANT, "one-time-pass-1".toCharArray(), "Gd7-abcdefgh".toCharArray());
        assertFalse(after.mustChangePassword());
        assertEquals(5, after.tokenEpoch());
    }

    @Test
    void wrongCurrentPasswordsCountLikeFailedSignInsAndLockTheChangeOut() {
        AccountRecord wang = new AccountRecord(
                3, 0, "wang", "王", "applicant", "3201", NANJING_FIRM, "E1", true, true, 4, "hr", Instant.now());
        when(store.credentials("wang"))
                .thenReturn(Optional.of(new AccountCredentials(wang, passwords.hash("one-time-pass-1"))));

        for (int i = 0; i < 5; i++) {
            int attempt = i;
            assertEquals(
                    "wrong-password",
                    assertThrows(
                                    RuleViolationException.class,
                                    () -> service.changeOwnPassword(
                                            APPLICANT,
                                            ("guess-" + attempt).toCharArray(),
                                            "Gd7-abcdefgh".toCharArray()))
                            .rule());
        }
        // Even the right password is not checked now: a stolen session cannot keep guessing
        assertTrue(assertThrows(
                                PasswordChecksThrottledException.class,
                                () -> service.changeOwnPassword(
                                        APPLICANT, "one-time-pass-1".toCharArray(), "Gd7-abcdefgh".toCharArray()))
                        .retryAfter()
                        .toMinutes()
                > 0);
        verify(store, times(5)).audit(eq("wang"), eq("password-check-failed"), anyString(), any());
        verify(store).audit(eq("wang"), eq("locked-out"), anyString(), any());
        verify(store, never()).update(anyString(), anyString(), anyString(), any(), anyString(), any());
    }
}
