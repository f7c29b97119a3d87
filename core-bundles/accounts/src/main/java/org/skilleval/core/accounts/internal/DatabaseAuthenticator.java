package org.skilleval.core.accounts.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.persistence.AccountCredentials;
import org.skilleval.core.persistence.AccountStore;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.SignInThrottledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs in against the accounts in the database, and for user names it does not hold against the
 * configured JAAS realm (the security bundle's authenticator: an LDAP realm of provincial IT, or
 * {@code etc/users.properties}). Ranked above that one, so the REST API uses this one while the
 * accounts bundle runs. Both paths are throttled per user name and per address; every failure and
 * lockout is logged and audited.
 */
@Component(
        service = Authenticator.class,
        configurationPid = AccountsConfiguration.PID,
        property = "service.ranking:Integer=100")
@Designate(ocd = AccountsConfiguration.class)
public class DatabaseAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAuthenticator.class);
    static final String REALM_AUTHENTICATOR = "(component.name=org.skilleval.core.security.internal.JaasAuthenticator)";

    private final AccountStore store;
    private final Authenticator realm;
    private final Passwords passwords;
    private final SignInThrottle throttle;

    @Activate
    public DatabaseAuthenticator(
            @Reference AccountStore store,
            @Reference(target = REALM_AUTHENTICATOR) Authenticator realm,
            @Reference SignInThrottle throttle,
            AccountsConfiguration configuration) {
        this(store, realm, Passwords.forSignIn(configuration.passwordHashCost()), throttle);
    }

    DatabaseAuthenticator(AccountStore store, Authenticator realm, Passwords passwords, SignInThrottle throttle) {
        this.store = store;
        this.realm = realm;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Caller authenticate(String username, char[] password) throws AuthenticationException {
        return authenticate(username, password, null);
    }

    @Override
    public Caller authenticate(String username, char[] password, String address) throws AuthenticationException {
        String name = username.trim().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = throttle.refusal(name, address);
        if (wait.isPresent()) {
            LOG.debug("Sign-in of {} from {} refused for {} by the throttle", name, address, wait.get());
            throw new SignInThrottledException(wait.get());
        }
        Caller caller = check(username, name, password);
        if (caller != null) {
            throttle.succeeded(name);
            return caller;
        }
        boolean lockedOut = throttle.failed(name, address);
        String from = address == null ? "" : "from " + address;
        AuditActor anonymous = new AuditActor(name, "anonymous");
        LOG.warn("Sign-in failed for user name {} {}", name, from);
        store.audit(name, "sign-in-failed", from, anonymous);
        if (lockedOut) {
            LOG.warn("User name {} locked out after too many failed sign-ins {}", name, from);
            store.audit(name, "locked-out", from, anonymous);
        }
        throw new AuthenticationException("Login refused");
    }

    /** The caller, or {@code null} when the credentials are not accepted. */
    private Caller check(String given, String name, char[] password) {
        String secret = new String(password);
        Optional<AccountCredentials> stored = store.credentials(name);
        if (stored.isPresent()) {
            AccountRecord account = stored.get().account();
            boolean matches = passwords.matches(secret, stored.get().passwordHash());
            return matches && account.enabled() ? callerOf(account) : null;
        }
        passwords.spendCheck(secret);
        try {
            return realm.authenticate(given.trim(), password);
        } catch (AuthenticationException refused) {
            return null;
        }
    }

    static Caller callerOf(AccountRecord account) {
        List<String> roles = new ArrayList<>();
        roles.add(account.role());
        if (!account.scope().isEmpty()) {
            roles.add(account.role() + ":" + account.scope());
        }
        return Caller.fromJaasRoles(account.username(), roles);
    }
}
