package org.skilleval.core.security.internal;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.security.AuthenticationException;
import org.skilleval.core.security.Authenticator;
import org.skilleval.core.security.Caller;

@Component(service = Authenticator.class, configurationPid = SecurityConfiguration.PID)
@Designate(ocd = SecurityConfiguration.class)
public class JaasAuthenticator implements Authenticator {

    private volatile String realm;

    @Activate
    public JaasAuthenticator(SecurityConfiguration configuration) {
        this.realm = configuration.realm();
    }

    @Modified
    void modified(SecurityConfiguration configuration) {
        this.realm = configuration.realm();
    }

    @Override
    public Caller authenticate(String username, char[] password) throws AuthenticationException {
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, username, password));
            login.login();
            List<String> roles = new ArrayList<>();
            for (Principal principal : subject.getPrincipals(RolePrincipal.class)) {
                roles.add(principal.getName());
            }
            login.logout();
            Caller caller = Caller.fromJaasRoles(username, roles);
            if (caller.roles().isEmpty()) {
                throw new AuthenticationException("User holds no SkillEval role");
            }
            return caller;
        } catch (LoginException e) {
            throw new AuthenticationException("Login refused", e);
        }
    }

    private static void answer(Callback[] callbacks, String username, char[] password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(username);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password);
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
