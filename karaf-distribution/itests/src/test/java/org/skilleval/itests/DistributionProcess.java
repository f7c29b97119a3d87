package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built distribution run as an operator runs it: unpacked from its tar.gz, on free ports,
 * started with {@code bin/karaf server}, stopped with {@code bin/stop} or killed with SIGKILL, and
 * spoken to over HTTP and {@code bin/client}.
 */
final class DistributionProcess implements AutoCloseable {

    static final Duration BOOT_PATIENCE = Duration.ofSeconds(150);
    static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;
    private final int httpPort;
    private final ApiClient api;
    private final int sshPort;
    private Process karaf;
    private boolean classSharing;

    private DistributionProcess(Path home) throws IOException {
        this.home = home;
        this.httpPort = freePort();
        this.api = new ApiClient(httpPort, Duration.ofSeconds(60));
        this.sshPort = freePort();
        setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
    }

    /**
     * A fresh copy of the distribution under {@code target/work/<name>}, on the database of this run:
     * its embedded Derby, or in the PostgreSQL run a new PostgreSQL database of its own.
     */
    static DistributionProcess unpack(String name) throws Exception {
        DistributionProcess distribution = unpackOnEmbeddedDerby(name);
        Optional<PostgreSqlServer> postgreSql = PostgreSqlServer.ofThisRun();
        if (postgreSql.isPresent()) {
            distribution.useDatabase(postgreSql.get().newDatabase("skilleval_" + name.replaceAll("\\W", "_")));
        }
        return distribution;
    }

    /** Points this stopped distribution at another database: the settings an operator writes into etc/. */
    void useDatabase(Properties datasource) throws IOException {
        for (String key : datasource.stringPropertyNames()) {
            setProperty(SkillEvalTestSupport.DATASOURCE_CFG, key, datasource.getProperty(key));
        }
    }

    /** A fresh copy of the distribution under {@code target/work/<name>}, on its embedded Derby whatever the run. */
    static DistributionProcess unpackOnEmbeddedDerby(String name) throws Exception {
        Path work = Path.of(System.getProperty("skilleval.itests.work", "target/work"), name);
        deleteRecursively(work);
        Files.createDirectories(work);
        run(work, "tar", "xzf", new File(System.getProperty("skilleval.distribution")).getAbsolutePath());
        try (var entries = Files.list(work)) {
            return new DistributionProcess(entries.findFirst().orElseThrow());
        }
    }

    Path home() {
        return home;
    }

    int sshPort() {
        return sshPort;
    }

    /**
     * Starts later runs as shipped, with bin/setenv's class archive. Off by default: the archive is
     * recorded on the first start and written at the first stop, seconds every test would pay for a
     * behaviour {@link DistributionRestartIT} checks once.
     */
    void useClassSharing() {
        classSharing = true;
    }

    /** Starts {@code bin/karaf server} and waits until {@code /api/health} says the whole API is {@code UP}. */
    void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console().toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (!classSharing) {
            builder.environment().put("SKILLEVAL_CLASS_SHARING", "off");
        }
        karaf = builder.start();
        long deadline = System.nanoTime() + BOOT_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!karaf.isAlive()) {
                fail("Karaf exited with " + karaf.exitValue() + "; see " + console());
            }
            try {
                if (api.wholeApiUp()) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Jetty is not up yet
            }
            Thread.sleep(200);
        }
        fail("/api/health did not say UP within " + BOOT_PATIENCE);
    }

    /** Stops the instance with {@code bin/stop}, as an operator does. */
    void stop() throws Exception {
        Process stop = new ProcessBuilder(home.resolve("bin/stop").toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        stop.waitFor(30, TimeUnit.SECONDS);
        if (!karaf.waitFor(60, TimeUnit.SECONDS)) {
            fail("Karaf stops within a minute of bin/stop; its threads when it did not: " + threadDump());
        }
    }

    /** The threads of the running Java process, printed by {@code jcmd} into a file beside the log. */
    private Path threadDump() throws Exception {
        Path dump = home.resolve("data/log/threads-at-stop.txt");
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (ProcessHandle java : karaf.descendants().toList()) {
            new ProcessBuilder(jcmd, Long.toString(java.pid()), "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dump.toFile()))
                    .start()
                    .waitFor(30, TimeUnit.SECONDS);
        }
        return dump;
    }

    /** The pid of the running Karaf's Java process (bin/karaf is a script that starts it). */
    long javaPid() {
        return karaf.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst()
                .map(ProcessHandle::pid)
                .orElse(karaf.pid());
    }

    /** Whether the running Karaf's Java process has this file mapped into its memory (Linux's /proc). */
    boolean javaHasMapped(Path file) throws IOException {
        String mapped = file.toRealPath().toString();
        return Files.readAllLines(Path.of("/proc", Long.toString(javaPid()), "maps")).stream()
                .anyMatch(line -> line.endsWith(" " + mapped));
    }

    /** Kills the Java process with SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws Exception {
        karaf.descendants().forEach(ProcessHandle::destroyForcibly);
        karaf.destroyForcibly();
        assertTrue(karaf.waitFor(30, TimeUnit.SECONDS), "Karaf dies on SIGKILL");
        for (ProcessHandle child : karaf.descendants().toList()) {
            child.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        if (karaf != null && karaf.isAlive()) {
            // bin/karaf is a script: its Java child outlives a kill of the script alone.
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** What Karaf wrote to the console. */
    Path console() {
        return home.resolve("karaf-console.out");
    }

    /**
     * Signs in as a demo login, once the demo seeder has created the logins: an attempt before
     * that would count as a failure for the sign-in throttle.
     */
    String login(String username, String password) throws Exception {
        Path log = home.resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!(Files.exists(log)
                && Files.readString(log, StandardCharsets.UTF_8).contains("Demo logins created"))) {
            assertTrue(System.nanoTime() < deadline, "the demo logins were not created within 180 s");
            Thread.sleep(250);
        }
        return signIn(username, password);
    }

    /**
     * Signs in as a login that exists already: on a second node over a database whose logins another
     * node created (its own seeder then creates none and says nothing).
     */
    String signIn(String username, String password) throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/api/auth/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                null);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("token").asText();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, null, token);
    }

    HttpResponse<String> send(String method, String path, String json, String token)
            throws IOException, InterruptedException {
        return api.send(method, path, json, token);
    }

    /**
     * Uploads a plugin jar as an enterprise and approves it as its city, as PluginUploadIT walks it
     * through REST; answers the approved upload.
     */
    JsonNode uploadAndApprove(String fileName, byte[] jar, String enterpriseToken, String cityToken) throws Exception {
        HttpResponse<String> uploaded = api.send(
                "POST", "/api/plugin-uploads?fileName=" + fileName, "application/java-archive", jar, enterpriseToken);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonNode upload = JSON.readTree(uploaded.body()).get("upload");
        HttpResponse<String> approved = send(
                "POST",
                "/api/plugin-uploads/" + upload.get("id").asLong() + "/review",
                JSON.writeValueAsString(java.util.Map.of(
                        "approve", true, "version", upload.get("version").asLong(), "reason", "已审查源码")),
                cityToken);
        assertEquals(200, approved.statusCode(), approved.body());
        return JSON.readTree(approved.body());
    }

    /** The one HTTP client of the tests, on this distribution's port. */
    ApiClient api() {
        return api;
    }

    /** Runs shell commands through {@code bin/client} as the given account; returns exit code and output. */
    ShellResult shell(String user, String password, String commands) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/client").toString(),
                        "-h",
                        "127.0.0.1",
                        "-a",
                        Integer.toString(sshPort),
                        "-u",
                        user,
                        "-p",
                        password,
                        "-b")
                .directory(home.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        client.getOutputStream().write((commands + "\n").getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().close();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(client.waitFor(60, TimeUnit.SECONDS), "bin/client returns within a minute");
        return new ShellResult(client.exitValue(), output);
    }

    record ShellResult(int exitCode, String output) {}

    void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String content = Files.exists(path) ? Files.readString(path) : "";
        String line = key + " = " + value;
        String updated =
                content.replaceAll("(?m)^#?\\s*" + Pattern.quote(key) + "\\s*=.*$", Matcher.quoteReplacement(line));
        Files.writeString(
                path,
                updated.contains(line) ? updated : content + System.lineSeparator() + line + System.lineSeparator());
    }

    private static void run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .inheritIO()
                .start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
