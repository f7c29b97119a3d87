package org.skilleval.core.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skilleval.core.accounts.AccountService;
import org.skilleval.core.accounts.ExpertPoolService;
import org.skilleval.core.accounts.IssuedAccount;
import org.skilleval.core.accounts.NewAccount;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.security.Caller;

class DemoAccountsTest {

    private final AccountService accounts = mock(AccountService.class);
    private final ExpertPoolService pool = mock(ExpertPoolService.class);

    @Test
    void eachLevelCreatesTheLoginsBelowItAndEachUserSetsTheReadmePassword() {
        when(accounts.create(any(), any())).thenAnswer(invocation -> {
            NewAccount request = invocation.getArgument(1);
            return new IssuedAccount(
                    new AccountRecord(
                            1, 0, request.username(), "", request.role(), "", "", "", true, true, 0, "", Instant.now()),
                    "OneTime" + request.username());
        });

        assertEquals(13, new DemoAccounts(accounts, pool).seed());

        verify(accounts)
                .create(
                        eq(Caller.fromJaasRoles("province", List.of("province"))),
                        eq(new NewAccount("nanjing", "南京市职业技能鉴定指导中心", "city", "3201", null, null, null)));
        verify(accounts)
                .changeOwnPassword(
                        eq(Caller.fromJaasRoles("wang-applicant", List.of("applicant"))),
                        eq("OneTimewang-applicant".toCharArray()),
                        eq("applicant-demo".toCharArray()));
        verify(pool, org.mockito.Mockito.times(5))
                .add(eq(Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"))), any());
    }

    @Test
    void loginsThatExistAreLeftAlone() {
        when(accounts.create(any(), any()))
                .thenThrow(new ConflictException(ConflictException.Kind.DUPLICATE, "已存在", "exists"));

        assertEquals(0, new DemoAccounts(accounts, pool).seed());
        verify(accounts, never()).changeOwnPassword(any(), any(), any());
    }
}
