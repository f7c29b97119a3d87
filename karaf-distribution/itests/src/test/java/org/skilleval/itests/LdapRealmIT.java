package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.http.HttpResponse;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import javax.inject.Inject;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The LDAP realm of provincial IT, as docs/accounts.md tells an operator to set it up: a Karaf JAAS
 * realm with Karaf's own LDAPLoginModule against a real directory server (UnboundID's in-memory
 * server speaking LDAP on a loopback port), named in {@code org.skilleval.core.security}. A person
 * of the directory signs in with the roles their group maps to and sees what that role may see;
 * the database accounts keep signing in; a wrong directory password is refused.
 */
public class LdapRealmIT extends SkillEvalTestSupport {

    private static final String BASE = "dc=jiangsu,dc=gov,dc=cn";
    private static final String REALM = "jiangsu-ldap";

    @Inject
    private ConfigurationAdmin configurations;

    private InMemoryDirectoryServer directory;
    private ServiceRegistration<JaasRealm> realm;

    @After
    public void giveTheKarafRealmBack() throws Exception {
        setRealm("karaf");
        if (realm != null) {
            realm.unregister();
        }
        if (directory != null) {
            directory.shutDown(true);
        }
        awaitSignInAgain();
    }

    /**
     * A change of the security configuration restarts the components that read it, and with them the
     * API for a moment (the console's servlet answers 405 to a POST meanwhile): the next test class
     * starts only once a database account signs in again.
     */
    private void awaitSignInAgain() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> response;
        while ((response = signIn("province", "province-demo")).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the API did not come back after the realm was restored: " + response.body());
            }
            Thread.sleep(500);
        }
    }

    @Test
    public void aDirectoryUserSignsInWithTheRolesTheirGroupMapsTo() throws Exception {
        awaitDemoLogins();
        startDirectory();
        realm = bundleContext.registerService(JaasRealm.class, ldapRealm(directory.getListenPort()), null);
        setRealm(REALM);

        String token = eventuallySignIn("zhang-wei", "Directory-Passw0rd");
        JsonNode me = json(get("/api/auth/me", token));
        assertTrue(me.toString(), me.get("roles").toString().contains("city"));
        assertEquals(me.toString(), "3201", me.get("city").asText());
        // The role counts as any city account's: 南京's statistics answer, the province's round opening does not.
        assertEquals(200, get("/api/statistics?by=city", token).statusCode());
        assertEquals(
                403, post("/api/rounds", body("year", 2082, "batch", 1), token).statusCode());
        // Their password lives in the directory: the platform cannot change it.
        assertEquals(
                404,
                post("/api/me/password", body("currentPassword", "Directory-Passw0rd", "newPassword", "x"), token)
                        .statusCode());

        assertEquals(401, signIn("zhang-wei", "not-the-password").statusCode());
        assertEquals(200, signIn("province", "province-demo").statusCode());
    }

    private void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.setSchema(null);
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: jiangsu");
        directory.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        directory.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
        directory.add(
                "dn: uid=zhang-wei,ou=people," + BASE,
                "objectClass: inetOrgPerson",
                "uid: zhang-wei",
                "cn: 张伟",
                "sn: 张",
                "userPassword: Directory-Passw0rd");
        directory.add(
                "dn: cn=nanjing-skills-centre,ou=groups," + BASE,
                "objectClass: groupOfNames",
                "cn: nanjing-skills-centre",
                "member: uid=zhang-wei,ou=people," + BASE);
        directory.startListening();
    }

    /** What a Blueprint {@code jaas:config} with Karaf's LDAPLoginModule registers, as docs/accounts.md describes it. */
    private JaasRealm ldapRealm(int port) {
        Bundle modules = bundle("org.apache.karaf.jaas.modules");
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, "org.apache.karaf.jaas.modules.ldap.LDAPLoginModule");
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(modules.getBundleId()));
        options.put(BundleContext.class.getName(), modules.getBundleContext());
        options.put("connection.url", "ldap://127.0.0.1:" + port);
        options.put("user.base.dn", "ou=people," + BASE);
        options.put("user.filter", "(uid=%u)");
        options.put("user.search.subtree", "true");
        options.put("role.base.dn", "ou=groups," + BASE);
        options.put("role.filter", "(member=%fqdn)");
        options.put("role.name.attribute", "cn");
        options.put("role.search.subtree", "true");
        options.put("role.mapping", "nanjing-skills-centre=city,city:3201");
        options.put("authentication", "simple");
        options.put("initial.context.factory", "com.sun.jndi.ldap.LdapCtxFactory");
        AppConfigurationEntry entry = new AppConfigurationEntry(
                ProxyLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options);
        return new JaasRealm() {
            @Override
            public String getName() {
                return REALM;
            }

            @Override
            public int getRank() {
                return 0;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return new AppConfigurationEntry[] {entry};
            }
        };
    }

    private void setRealm(String name) throws Exception {
        Configuration configuration = configurations.getConfiguration("org.skilleval.core.security", null);
        Dictionary<String, Object> properties = configuration.getProperties();
        Hashtable<String, Object> updated = new Hashtable<>();
        if (properties != null) {
            for (java.util.Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                updated.put(key, properties.get(key));
            }
        }
        updated.put("realm", name);
        configuration.update(updated);
    }

    /** The configuration reaches the authenticator asynchronously: sign in once it has. */
    private String eventuallySignIn(String username, String password) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> response = signIn(username, password);
            if (response.statusCode() == 200) {
                return json(response).get("token").asText();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the directory user could not sign in: " + response.body());
            }
            Thread.sleep(1000);
        }
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return postJson("/api/auth/login", body("username", username, "password", password));
    }
}
