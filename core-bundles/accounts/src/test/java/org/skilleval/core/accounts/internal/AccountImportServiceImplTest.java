package org.skilleval.core.accounts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skilleval.core.accounts.ImportRejectedException;
import org.skilleval.core.accounts.ImportRejectedException.RowError;
import org.skilleval.core.accounts.ImportRow;
import org.skilleval.core.accounts.IssuedAccount;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.persistence.AccountCredentials;
import org.skilleval.core.persistence.AccountStore;
import org.skilleval.core.persistence.ExpertPoolStore;
import org.skilleval.core.persistence.OccupationStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.rules.ResidentIdNumber;
import org.skilleval.core.security.Caller;

class AccountImportServiceImplTest {

    private final AccountStore store = mock(AccountStore.class);
    private final ExpertPoolStore pool = mock(ExpertPoolStore.class);
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private final OccupationStore occupations = mock(OccupationStore.class);
    private final Passwords passwords = new Passwords(4);
    private final AccountImportServiceImpl imports = new AccountImportServiceImpl(
            store,
            pool,
            new AccountServiceImpl(
                    store,
                    pool,
                    participations,
                    passwords,
                    PasswordPolicy.withShippedList(),
                    new SignInThrottle(new MemoryThrottleStore(), 5, 50, Duration.ofMinutes(15), Clock.systemUTC()),
                    Clock.systemUTC()),
            new ExpertPoolServiceImpl(pool, occupations),
            passwords);

    private static final Caller HR =
            Caller.fromJaasRoles("nj-hr", List.of("enterprise", "enterprise:" + AccountServiceImplTest.NANJING_FIRM));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));

    AccountImportServiceImplTest() {
        when(participations.cityOf(anyString())).thenReturn(Optional.empty());
        when(store.create(any(), any())).thenAnswer(invocation -> {
            List<AccountCredentials> created = invocation.getArgument(0);
            return created.stream().map(AccountCredentials::account).toList();
        });
        when(occupations.findByName(anyString()))
                .thenAnswer(invocation -> "车工".equals(invocation.getArgument(0))
                        ? Optional.of(new OccupationRecord(1, 0, "6-18-01-01", "车工", true, "", true))
                        : Optional.empty());
    }

    private static ImportRow employee(int line, String username, String name, String number) {
        return employee(line, username, name, number, idNumber(line));
    }

    private static ImportRow employee(int line, String username, String name, String number, String idNumber) {
        return new ImportRow(
                line, Map.of("username", username, "name", name, "employeeNumber", number, "idNumber", idNumber));
    }

    /** A valid ID number, different for each line. */
    static String idNumber(int line) {
        String first17 = "320102" + "19850307" + String.format("%03d", line);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    void aCleanFileCreatesEveryEmployeeWithItsOwnOneTimePassword() {
        List<IssuedAccount> issued = imports.importEmployees(
                HR, List.of(employee(2, "wang-e1", "王一", "E1"), employee(3, "wang-e2", "王二", "E2")));

        assertEquals(2, issued.size());
        assertEquals(
                AccountServiceImplTest.NANJING_FIRM + "-E2",
                issued.get(1).account().scope());
        assertEquals(16, issued.get(0).oneTimePassword().length());
        assertEquals(
                true, issued.get(0).account().mustChangePassword(), "a token of it opens only the password change");
    }

    @Test
    void oneBadRowImportsNothingAndEveryBadCellIsListedByLineAndField() {
        when(store.existingUsernames(any())).thenReturn(Set.of("taken-name"));
        when(store.existingSubjects(any(), any(), any())).thenReturn(Set.of());

        ImportRejectedException rejected = assertThrows(
                ImportRejectedException.class,
                () -> imports.importEmployees(
                        HR,
                        List.of(
                                employee(2, "wang-e1", "王一", "E1"),
                                employee(3, "wang-e1", "王一", "E9"),
                                employee(4, "li-e3", "", "E3"),
                                employee(5, "zhao-e4", "赵四", "E 4"),
                                employee(6, "taken-name", "钱五", "E5"),
                                employee(7, "sun-e6", "孙六", "E1"))));

        assertEquals(
                List.of(
                        "3 username duplicate-in-file",
                        "4 name required",
                        "5 employeeNumber pattern",
                        "6 username taken",
                        "7 employeeNumber duplicate-in-file"),
                rejected.errors().stream()
                        .map(e -> e.line() + " " + e.field() + " " + e.rule())
                        .toList());
        verify(store, never()).create(any(), any());
    }

    @Test
    void theIdNumberIsRequiredCheckedUniqueInTheFileAndInTheEnterpriseAndNeverEchoedInClear() {
        String badCheck = idNumber(3).substring(0, 17) + (idNumber(3).endsWith("0") ? "1" : "0");
        String lowerX = "11010519491231002x";
        when(store.existingApplicantIdNumbers(AccountServiceImplTest.NANJING_FIRM, Set.of(idNumber(2), idNumber(7))))
                .thenReturn(Set.of(idNumber(7)));

        ImportRejectedException rejected = assertThrows(
                ImportRejectedException.class,
                () -> imports.importEmployees(
                        HR,
                        List.of(
                                employee(2, "wang-e1", "王一", "E1"),
                                employee(3, "wang-e2", "王二", "E2", badCheck),
                                employee(4, "wang-e3", "王三", "E3", ""),
                                employee(5, "wang-e4", "王四", "E4", lowerX),
                                employee(6, "wang-e5", "王五", "E5", idNumber(2)),
                                employee(7, "wang-e6", "王六", "E6"))));

        assertEquals(
                List.of(
                        "3 idNumber check-digit",
                        "4 idNumber required",
                        "5 idNumber lower-case-x",
                        "6 idNumber duplicate-in-file",
                        "7 idNumber taken"),
                rejected.errors().stream()
                        .map(e -> e.line() + " " + e.field() + " " + e.rule())
                        .toList());
        for (RowError error : rejected.errors()) {
            for (String clear : List.of(idNumber(2), idNumber(7), badCheck, lowerX)) {
                assertEquals(false, (error.messageZh() + error.messageEn()).contains(clear), error.toString());
            }
        }
        verify(store, never()).create(any(), any());
    }

    @Test
    void anImportedEmployeeKeepsTheIdNumberAndShowsItMaskedOnly() {
        List<IssuedAccount> issued = imports.importEmployees(HR, List.of(employee(2, "wang-e1", "王一", "E1")));

        assertEquals(idNumber(2), issued.get(0).account().idNumber());
        assertEquals(
                "3201************" + idNumber(2).substring(16),
                issued.get(0).account().maskedIdNumber());
        assertEquals(false, issued.get(0).account().toString().contains(idNumber(2)), "the audit text is masked");
    }

    @Test
    void expertsNeedAKnownOccupationAndACityImportsIntoItsOwnPoolOnly() {
        ImportRow good =
                new ImportRow(2, Map.of("expertId", "NJ-9", "name", "钱", "occupation", "车工", "organisation", "南京某厂"));
        ImportRow unknownOccupation =
                new ImportRow(3, Map.of("expertId", "NJ-10", "name", "孙", "occupation", "炼丹工", "organisation", "某厂"));
        ImportRow otherCity = new ImportRow(
                4, Map.of("expertId", "SZ-1", "name", "李", "occupation", "车工", "organisation", "某厂", "city", "3205"));

        ImportRejectedException rejected = assertThrows(
                ImportRejectedException.class,
                () -> imports.importExperts(NANJING, List.of(good, unknownOccupation, otherCity)));

        assertEquals(
                List.of("3 occupation unknown-occupation", "4 city forbidden"),
                rejected.errors().stream()
                        .map((RowError e) -> e.line() + " " + e.field() + " " + e.rule())
                        .toList());
        verify(pool, never()).add(any(), any());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(
                "empty",
                assertThrows(ImportRejectedException.class, () -> imports.importEmployees(HR, List.of()))
                        .errors()
                        .get(0)
                        .rule());
    }
}
