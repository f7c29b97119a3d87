package org.skilleval.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorAccountTest {

    @TempDir
    Path etc;

    @Test
    void aFreshInstallationGetsAnOperatorWithARandomPasswordOnlyItsOwnerReads() throws Exception {
        Path users = etc.resolve("users.properties");
        Files.writeString(users, "province = province-demo,province\n_g_\\:admingroup = group,admin,ssh\n");

        String password =
                OperatorAccount.ensure(users, etc.resolve("admin.password")).orElseThrow();

        assertTrue(password.length() >= 24);
        assertEquals(password, Files.readString(etc.resolve("admin.password")).strip());
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(etc.resolve("admin.password"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));
        assertTrue(Files.readString(users).contains("admin = " + password + ",_g_:admingroup"));
        assertTrue(Files.readString(users).startsWith("province = province-demo,province"));
    }

    @Test
    void twoInstallationsNeverShareAPassword() throws Exception {
        Path other = Files.createDirectory(etc.resolve("other"));
        Files.writeString(etc.resolve("users.properties"), "");
        Files.writeString(other.resolve("users.properties"), "");

        assertFalse(OperatorAccount.ensure(etc.resolve("users.properties"), etc.resolve("admin.password"))
                .equals(OperatorAccount.ensure(other.resolve("users.properties"), other.resolve("admin.password"))));
    }

    @Test
    void anInstallationWithAnOperatorOfItsOwnIsLeftAlone() throws Exception {
        Path users = etc.resolve("users.properties");
        Files.writeString(users, "ops = secret,_g_\\:admingroup\n");

        assertTrue(OperatorAccount.ensure(users, etc.resolve("admin.password")).isEmpty());
        assertFalse(Files.exists(etc.resolve("admin.password")));
        assertEquals("ops = secret,_g_\\:admingroup\n", Files.readString(users));
    }

    @Test
    void theSecondStartKeepsTheFirstStartsAccount() throws Exception {
        Path users = etc.resolve("users.properties");
        Files.writeString(users, "");
        OperatorAccount.ensure(users, etc.resolve("admin.password"));

        assertTrue(OperatorAccount.ensure(users, etc.resolve("admin.password")).isEmpty());
    }

    @Test
    void anyShellRoleCountsAsAnOperator() {
        assertTrue(OperatorAccount.hasOperator(List.of("bench = x,ssh")));
        assertTrue(OperatorAccount.hasOperator(List.of("root = x,admin,viewer")));
        assertTrue(OperatorAccount.hasOperator(List.of("admin = {CRYPT}abc{CRYPT},_g_:admingroup")));
        assertFalse(OperatorAccount.hasOperator(List.of(
                "# admin = admin-demo,_g_:admingroup",
                "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh",
                "nanjing = nanjing-demo,city,city:3201")));
    }
}
