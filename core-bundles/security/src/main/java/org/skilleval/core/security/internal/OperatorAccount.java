package org.skilleval.core.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a fresh installation its Karaf operator account without a password anyone knows in
 * advance: at the first start, when {@code etc/users.properties} holds no account that may use the
 * shell, it adds {@code admin} (group {@code admingroup}) with a random password, writes that password
 * to {@code etc/admin.password} readable by its owner only, and says where on the console and in
 * the log. Karaf then stores the password hashed. An installation that has an operator account of
 * its own is left alone.
 */
@Component(immediate = true, configurationPid = SecurityConfiguration.PID)
public class OperatorAccount {

    static final String USER = "admin";
    static final String GROUP = "_g_:admingroup";
    static final String PASSWORD_FILE = "admin.password";

    private static final Logger LOG = LoggerFactory.getLogger(OperatorAccount.class);
    private static final int PASSWORD_BYTES = 18;
    /** Roles that open Karaf's shell or its administration. */
    private static final List<String> OPERATOR_ROLES = List.of("ssh", "admin", "manager", "systembundles");

    @Activate
    public OperatorAccount(SecurityConfiguration configuration) {
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        try {
            ensure(etc.resolve("users.properties"), etc.resolve(PASSWORD_FILE)).ifPresent(password -> {
                String where = etc.resolve(PASSWORD_FILE).toAbsolutePath().toString();
                String message = "Created the Karaf operator account '" + USER + "'; its password is in " + where
                        + " (readable by its owner only). Sign in with bin/client -u " + USER + ".";
                LOG.warn(message);
                System.out.println(message);
                hashNow(configuration.realm(), password);
            });
        } catch (IOException e) {
            LOG.error("The Karaf operator account could not be created; add one to etc/users.properties", e);
        }
    }

    /**
     * Adds the operator account when the users file has none.
     *
     * @return the new account's password; empty when the file is missing or already has an account
     *     that may use the shell
     */
    static Optional<String> ensure(Path users, Path passwordFile) throws IOException {
        if (!Files.isRegularFile(users) || hasOperator(Files.readAllLines(users, StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        byte[] random = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        writeOwnerOnly(passwordFile, password + System.lineSeparator());
        ownerOnly(users);
        Files.writeString(
                users,
                System.lineSeparator() + "# Created at first start; the password is in etc/" + PASSWORD_FILE
                        + System.lineSeparator() + USER + " = " + password + "," + GROUP + System.lineSeparator(),
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        return Optional.of(password);
    }

    /** Whether a line of the users file gives someone the shell: the admin group or an operator role. */
    static boolean hasOperator(List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            int equals = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || equals < 0) {
                continue;
            }
            String key = line.substring(0, equals).strip();
            if (key.startsWith("_g_")) {
                continue;
            }
            if (key.equals(USER)) {
                return true;
            }
            String[] parts = line.substring(equals + 1).split(",");
            for (int i = 1; i < parts.length; i++) {
                String role = parts[i].strip().replace("\\:", ":");
                if (role.equals(GROUP) || OPERATOR_ROLES.contains(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path staged = Files.createTempFile(file.toAbsolutePath().getParent(), "admin", ".tmp");
        try {
            ownerOnly(staged);
            Files.writeString(staged, content, StandardCharsets.UTF_8);
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            // Another start wrote it first; its password is the one in the users file too.
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the installation directory's own permissions protect the file
        }
    }

    /** Signs in once, so that Karaf replaces the clear password in the users file by its hash now. */
    private static void hashNow(String realm, String password) {
        try {
            LoginContext login = new LoginContext(realm, new Subject(), callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(USER);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password.toCharArray());
                    }
                }
            });
            login.login();
            login.logout();
        } catch (LoginException | RuntimeException e) {
            LOG.info("Karaf will hash the operator's password at its first sign-in ({})", e.toString());
        }
    }
}
