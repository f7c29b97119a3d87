package org.skilleval.core.accounts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.persistence.AccountCredentials;
import org.skilleval.core.persistence.AccountStore;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SignInThrottledException;

class DatabaseAuthenticatorTest {

    private final AccountStore store = mock(AccountStore.class);
    private final Authenticator realm = mock(Authenticator.class);
    private final Passwords passwords = Passwords.forSignIn(4);
    private final DatabaseAuthenticator authenticator = new DatabaseAuthenticator(
            store,
            realm,
            passwords,
            new SignInThrottle(new MemoryThrottleStore(), 5, 50, Duration.ofMinutes(15), Clock.systemUTC()));

    private void stored(String username, String role, String city, String password, boolean enabled) {
        AccountRecord account =
                new AccountRecord(1, 0, username, "", role, city, "", "", enabled, false, 0, "province", Instant.now());
        when(store.credentials(username))
                .thenReturn(Optional.of(new AccountCredentials(account, passwords.hash(password))));
    }

    @Test
    void anAccountInTheDatabaseSignsInWithItsRoleAndScope() throws Exception {
        stored("nanjing", "city", "3201", "nanjing-demo", true);

        Caller caller = authenticator.authenticate("Nanjing ", "nanjing-demo".toCharArray(), "10.0.0.1");

        assertEquals("nanjing", caller.username());
        assertEquals("3201", caller.city());
        verify(realm, never()).authenticate(anyString(), any());
    }

    @Test
    void aDisabledAccountOrAWrongPasswordIsRefusedAndAudited() {
        stored("suzhou", "city", "3205", "suzhou-demo", false);

        assertThrows(
                AuthenticationException.class,
                () -> authenticator.authenticate("suzhou", "suzhou-demo".toCharArray(), null));
        verify(store).audit(eq("suzhou"), eq("sign-in-failed"), any(), any());
    }

    @Test
    void aUserNameTheDatabaseDoesNotHoldGoesToTheJaasRealm() throws Exception {
        when(store.credentials(anyString())).thenReturn(Optional.empty());
        Caller ldapUser = Caller.fromJaasRoles("ldap-city", List.of("city", "city:3202"));
        when(realm.authenticate(eq("ldap-city"), any())).thenReturn(ldapUser);

        assertEquals(ldapUser, authenticator.authenticate("ldap-city", "secret".toCharArray(), "10.0.0.1"));
    }

    @Test
    void theSixthAttemptIsThrottledWithoutCheckingAndTheLockoutIsAudited() throws Exception {
        stored("li", "applicant", "3201", "applicant-demo", true);
        for (int i = 0; i < 5; i++) {
            assertThrows(
                    AuthenticationException.class,
                    () -> authenticator.authenticate("li", "wrong".toCharArray(), "10.0.0.1"));
        }
        verify(store).audit(eq("li"), eq("locked-out"), any(), any());

        assertThrows(
                SignInThrottledException.class,
                () -> authenticator.authenticate("li", "applicant-demo".toCharArray(), "10.0.0.2"));
    }
}
