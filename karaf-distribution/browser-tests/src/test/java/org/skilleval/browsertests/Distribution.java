package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built distribution, unpacked and started once for all browser tests of this JVM with {@code
 * bin/karaf server} on free ports (as an operator runs it), its demo seeded; stopped when the JVM
 * ends.
 */
final class Distribution {

    private static final Duration BOOT_PATIENCE = Duration.ofSeconds(180);
    private static Distribution running;

    final Path home;
    final int httpPort;
    private Process karaf;

    private Distribution(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** The distribution, started on first use. */
    static synchronized Distribution get() throws Exception {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::kill, "stop-karaf"));
        }
        return running;
    }

    String url(String path) {
        return "http://localhost:" + httpPort + path;
    }

    /**
     * Moves the platform's today forward with the demo clock (etc/org.skilleval.core.demo.clock.cfg),
     * as a person walking the demo would.
     */
    void daysAhead(int days) throws IOException {
        Path staged = home.resolve("org.skilleval.core.demo.clock.cfg.tmp");
        Files.writeString(staged, "daysAhead = " + days + System.lineSeparator());
        Files.move(
                staged,
                home.resolve("etc/org.skilleval.core.demo.clock.cfg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Distribution start() throws Exception {
        Path work = Path.of(System.getProperty("skilleval.browsertests.work", "target/work"));
        deleteRecursively(work);
        Files.createDirectories(work);
        String archive = System.getProperty("skilleval.distribution");
        assertTrue(archive != null && new File(archive).isFile(), "the built distribution is missing: " + archive);
        run(work, "tar", "xzf", new File(archive).getAbsolutePath());
        Path home;
        try (var entries = Files.list(work)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int http = freePort();
        setProperty(home, "etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", http);
        setProperty(home, "etc/org.apache.karaf.shell.cfg", "sshPort", freePort());
        setProperty(home, "etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort());
        setProperty(home, "etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort());
        Distribution distribution = new Distribution(home, http);
        distribution.launch();
        return distribution;
    }

    private void launch() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("karaf-console.out").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        karaf = builder.start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + BOOT_PATIENCE.toNanos();
        Path log = home.resolve("data/log/karaf.log");
        while (System.nanoTime() < deadline) {
            if (!karaf.isAlive()) {
                fail("Karaf exited with " + karaf.exitValue() + "; see " + home.resolve("karaf-console.out"));
            }
            String seeded = Files.exists(log) ? Files.readString(log) : "";
            assertTrue(!seeded.contains("Demo seeding failed"), "the demo failed; see " + log);
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(url("/api/health")))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                // UP, not only 200: until then resources whose services are still coming answer 503.
                boolean wholeApiUp = health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
                if (wholeApiUp && seeded.contains("Demo seeded:")) {
                    assertTrue(
                            !seeded.contains("Demo publicity skipped"),
                            "the working-day calendar does not know the demo's publicity days; see " + log);
                    assertTrue(
                            !seeded.contains("Demo history"),
                            "the demo's past round was not seeded (skipped or failed); see " + log);
                    return;
                }
            } catch (IOException notYetListening) {
                // Jetty is not up yet
            }
            Thread.sleep(300);
        }
        fail("the platform did not come up with its demo within " + BOOT_PATIENCE + "; see " + log);
    }

    private void kill() {
        if (karaf != null && karaf.isAlive()) {
            // bin/karaf is a script: its Java child outlives a kill of the script alone.
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly();
            try {
                karaf.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void setProperty(Path home, String file, String key, int value) throws IOException {
        Path path = home.resolve(file);
        String content = Files.readString(path);
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
