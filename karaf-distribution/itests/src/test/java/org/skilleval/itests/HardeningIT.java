package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Black-box checks of the hardened distribution, the way the black-box testing that asked for
 * them was done: a fresh distribution exposes no shell with a documented password and opens SSH on
 * loopback only; hostile numbers and malformed bodies get small 400s over real HTTP; expected
 * conflicts leave no stack trace in the log; and a row of the audit trail edited in Derby directly
 * while the platform is stopped is named by {@code GET /api/audit/verify} and the shell.
 */
class HardeningIT {

    private DistributionProcess karaf;

    @BeforeEach
    void unpack() throws Exception {
        karaf = DistributionProcess.unpack("hardening");
    }

    @AfterEach
    void close() throws Exception {
        karaf.close();
    }

    @Test
    void theDistributionIsSafeByDefaultAndItsAuditTrailShowsAnEditedRow() throws Exception {
        aFreshDistributionHasNoOperatorAndListensOnLoopbackOnly();

        karaf.start();
        String password = theFirstStartCreatedAnOperatorWithARandomPassword();
        sshOpensOnLoopbackOnlyAndOnlyForThatPassword(password);
        demoSeeded();
        hostileNumbersGetASmall400Quickly();
        malformedBodiesNameTheFieldNotJavaTypes();
        anExpectedConflictLeavesNoStackTraceInTheLog();

        String province = karaf.login("province", "province-demo");
        JsonNode intact = verify(province);
        assertTrue(intact.get("intact").asBoolean(), intact.toString());
        assertTrue(intact.get("eventsChecked").asLong() > 50, "the demo is audited: " + intact);
        assertTrue(karaf.shell("admin", password, "skilleval:audit-verify")
                .output()
                .contains("INTACT"));
        karaf.stop();

        long editedId = editAuditRowInDerby(10);

        karaf.start();
        JsonNode broken = verify(karaf.login("province", "province-demo"));
        assertFalse(broken.get("intact").asBoolean(), broken.toString());
        assertEquals("edited", broken.get("firstBroken").get("problem").asText(), broken.toString());
        assertEquals(10, broken.get("firstBroken").get("seq").asLong());
        assertEquals(editedId, broken.get("firstBroken").get("eventId").asLong());
        assertTrue(broken.get("firstBroken").get("message").get("zh").asText().contains("第 10 条"));
        String shell = karaf.shell("admin", password, "skilleval:audit-verify").output();
        assertTrue(shell.contains("BROKEN") && shell.contains("place 10"), shell);
        karaf.stop();
    }

    private void aFreshDistributionHasNoOperatorAndListensOnLoopbackOnly() throws IOException {
        Path etc = karaf.home().resolve("etc");
        assertFalse(Files.exists(etc.resolve("admin.password")));
        for (String line : Files.readAllLines(etc.resolve("users.properties"))) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("_g_")) {
                continue;
            }
            String roles = entry.substring(entry.indexOf('=') + 1);
            assertFalse(
                    roles.contains("admingroup") || roles.matches(".*,\\s*(ssh|admin|manager)\\s*(,.*)?"),
                    "no account opens the shell before the first start: " + entry);
        }
        try (Stream<Path> files = Files.walk(etc)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertFalse(content.contains("admin-demo"), file + " names the old documented password");
            }
        }
        assertTrue(property("etc/org.apache.karaf.shell.cfg", "sshHost").equals("127.0.0.1"));
        assertTrue(property("etc/org.apache.karaf.management.cfg", "rmiRegistryHost")
                .equals("127.0.0.1"));
        assertTrue(
                property("etc/org.apache.karaf.management.cfg", "rmiServerHost").equals("127.0.0.1"));
    }

    private String theFirstStartCreatedAnOperatorWithARandomPassword() throws Exception {
        Path file = karaf.home().resolve("etc/admin.password");
        assertTrue(Files.exists(file), "the first start writes the operator's password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String password = Files.readString(file).strip();
        assertTrue(password.length() >= 24, "a long random password");
        String console = Files.readString(karaf.console());
        assertTrue(
                console.contains(file.toAbsolutePath().toString()) || console.contains("etc/admin.password"),
                "the console says where the password is: " + console);
        String users = Files.readString(karaf.home().resolve("etc/users.properties"));
        assertFalse(users.contains(password), "the users file keeps the password hashed only");
        return password;
    }

    private void sshOpensOnLoopbackOnlyAndOnlyForThatPassword(String password) throws Exception {
        assertTrue(canConnect(InetAddress.getLoopbackAddress()), "SSH answers on loopback");
        Optional<InetAddress> external = externalAddress();
        external.ifPresent(
                address -> assertFalse(canConnect(address), "SSH must not answer on " + address.getHostAddress()));

        for (String[] guess : List.of(
                new String[] {"admin", "admin-demo"}, new String[] {"admin", "admin"}, new String[] {"karaf", "karaf"
                })) {
            DistributionProcess.ShellResult refused = karaf.shell(guess[0], guess[1], "bundle:list -s");
            assertFalse(refused.output().contains("org.skilleval"), guess[0] + "/" + guess[1] + " opened a shell");
        }
        DistributionProcess.ShellResult operator = karaf.shell("admin", password, "bundle:list -s");
        assertTrue(operator.output().contains("org.skilleval"), operator.output());
    }

    private boolean canConnect(InetAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, karaf.sshPort()), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static Optional<InetAddress> externalAddress() throws IOException {
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : network.inetAddresses().toList()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private void hostileNumbersGetASmall400Quickly() throws Exception {
        String expert = karaf.login("expert-zhou", "expert-demo");
        for (String number : List.of("1e10000000", "1E999999999", "-1e2147483647", "9".repeat(500_000))) {
            long started = System.nanoTime();
            HttpResponse<String> response = karaf.send(
                    "PUT",
                    "/api/assessments/1/sheets/oral-defense",
                    "{\"points\":{\"professional-knowledge\":" + number + "}}",
                    expert);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String shown = number.length() > 20 ? number.length() + " digits" : number;
            assertEquals(400, response.statusCode(), shown + ": " + response.body());
            assertTrue(
                    response.body().length() < 2048,
                    shown + " gave " + response.body().length() + " bytes");
            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, shown + " took " + took);
            assertNoInternals(response.body());
        }
    }

    private void malformedBodiesNameTheFieldNotJavaTypes() throws Exception {
        String applicant = karaf.login("wang-applicant", "applicant-demo");
        HttpResponse<String> response = karaf.send(
                "POST",
                "/api/applications",
                "{\"participationId\":1,\"form\":{\"birthMonth\":\"1990-13\"}}",
                applicant);
        assertEquals(400, response.statusCode(), response.body());
        JsonNode error =
                DistributionProcess.JSON.readTree(response.body()).get("errors").get(0);
        assertEquals("form.birthMonth", error.get("field").asText());
        assertNoInternals(response.body());
        HttpResponse<String> name = karaf.send(
                "POST", "/api/applications", "{\"participationId\":1,\"form\":{\"name\":\"王\\u202E明\"}}", applicant);
        assertEquals(400, name.statusCode(), name.body());
        assertTrue(name.body().contains("unsafe-character"), name.body());
    }

    private void anExpectedConflictLeavesNoStackTraceInTheLog() throws Exception {
        String province = karaf.login("province", "province-demo");
        JsonNode round = DistributionProcess.JSON
                .readTree(karaf.get("/api/rounds", province).body())
                .get("items")
                .get(0);
        HttpResponse<String> duplicate = karaf.send(
                "POST",
                "/api/rounds",
                "{\"year\":" + round.get("year").asInt() + ",\"batch\":"
                        + round.get("batch").asInt() + "}",
                province);
        assertEquals(409, duplicate.statusCode(), duplicate.body());
        String detailZh = DistributionProcess.JSON
                .readTree(duplicate.body())
                .get("detailZh")
                .asText();
        assertFalse(detailZh.matches(".*[A-Za-z]{3,}.*"), "Chinese throughout: " + detailZh);
        Thread.sleep(500);
        String log = Files.readString(karaf.home().resolve("data/log/karaf.log"));
        assertFalse(log.contains("Local Exception Stack"), "EclipseLink logged a stack trace");
        assertFalse(log.contains("Internal Exception: java.sql"), "EclipseLink logged a SQL exception");
    }

    private static void assertNoInternals(String body) {
        for (String internal : List.of("java.", "com.fasterxml", "org.skilleval", "Exception", "$", "BigDecimal")) {
            assertFalse(body.contains(internal), "the body names " + internal + ": " + body);
        }
    }

    private void demoSeeded() throws Exception {
        Path log = karaf.home().resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            assertFalse(text.contains("Demo seeding failed"), "the demo failed; see " + log);
            if (text.contains("Demo seeded:")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the demo was not seeded within 150 s; see " + log);
    }

    private JsonNode verify(String province) throws Exception {
        HttpResponse<String> response = karaf.get("/api/audit/verify", province);
        assertEquals(200, response.statusCode(), response.body());
        return DistributionProcess.JSON.readTree(response.body());
    }

    /** Edits the note of the audit event at a place of the chain, as someone with the database files could. */
    private long editAuditRowInDerby(long seq) throws SQLException {
        System.setProperty(
                "derby.stream.error.file",
                karaf.home().resolve("derby-tamper.log").toString());
        String database =
                karaf.home().resolve("data/derby/skilleval").toAbsolutePath().toString();
        long id;
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database);
                Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT EVENT_ID FROM AUDIT_CHAIN WHERE SEQ = " + seq)) {
                assertTrue(row.next(), "place " + seq + " is chained");
                id = row.getLong(1);
            }
            assertEquals(1, statement.executeUpdate("UPDATE AUDIT_EVENT SET NOTE = 'nothing to see' WHERE ID = " + id));
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true");
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown as an exception (08006).
        }
        return id;
    }

    private String property(String file, String key) throws IOException {
        for (String line : Files.readAllLines(karaf.home().resolve(file))) {
            String entry = line.strip();
            if (entry.startsWith(key) && entry.substring(key.length()).strip().startsWith("=")) {
                return entry.substring(entry.indexOf('=') + 1).strip();
            }
        }
        return "";
    }
}
