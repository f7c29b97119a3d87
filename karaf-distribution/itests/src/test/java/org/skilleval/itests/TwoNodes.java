package org.skilleval.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The two-node setup an operator demonstrates, started by the same script
 * (karaf-distribution/two-nodes/two-nodes.sh): PostgreSQL, two copies of the built distribution
 * booting at once ({@code node-a}, {@code node-b}), one shared directory, and HAProxy in front,
 * round robin. Every response of the API names its node in {@value #NODE_HEADER}.
 */
final class TwoNodes implements AutoCloseable {

    static final String NODE_HEADER = "X-SkillEval-Node";
    static final List<String> NODES = List.of("node-a", "node-b");

    private static final Path SCRIPT = Path.of("..", "two-nodes", "two-nodes.sh");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Path directory;
    private final Properties ports;
    private final ApiClient proxy;

    private TwoNodes(Path directory, Properties ports) {
        this.directory = directory;
        this.ports = ports;
        this.proxy = new ApiClient(port("proxy.http"), PATIENCE);
    }

    /** Starts the whole setup in {@code target/work…/<name>}, with the demo logins but no demo round. */
    static TwoNodes start(String name) throws Exception {
        Path directory = Path.of(System.getProperty("skilleval.itests.work", "target/work"), name)
                .toAbsolutePath();
        Files.createDirectories(directory);
        TwoNodes started = null;
        try {
            script(directory, "start", Duration.ofMinutes(6));
            Properties ports = new Properties();
            try (Reader in = Files.newBufferedReader(directory.resolve("two-nodes.properties"))) {
                ports.load(in);
            }
            started = new TwoNodes(directory, ports);
            started.awaitDemoLogins();
            return started;
        } catch (Exception | AssertionError failed) {
            script(directory, "stop", Duration.ofMinutes(3));
            throw failed;
        }
    }

    private static void script(Path directory, String action, Duration patience) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), action, directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        directory.resolve("two-nodes.out").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment()
                .put(
                        "SKILLEVAL_DISTRIBUTION",
                        new File(System.getProperty("skilleval.distribution")).getAbsolutePath());
        builder.environment().put("SKILLEVAL_DEMO_ROUND", "false");
        Process process = builder.start();
        if (!process.waitFor(patience.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertEquals(
                0,
                process.waitFor(),
                "two-nodes.sh " + action + " failed; see " + directory.resolve("two-nodes.out") + ":\n"
                        + Files.readString(directory.resolve("two-nodes.out")));
    }

    /** Only node-a seeds the demo (two seeders racing on one empty database would seed it twice). */
    private void awaitDemoLogins() throws Exception {
        Path log = home("node-a").resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!(Files.exists(log)
                && Files.readString(log, StandardCharsets.UTF_8).contains("Demo logins created"))) {
            assertTrue(System.nanoTime() < deadline, "node-a did not create the demo logins within 180 s");
            Thread.sleep(250);
        }
    }

    /** The proxy: requests alternate between the nodes. */
    ApiClient proxy() {
        return proxy;
    }

    /** One node directly, past the proxy. */
    ApiClient node(String node) {
        return new ApiClient(port(node + ".http"), PATIENCE);
    }

    Path home(String node) {
        return Path.of(ports.getProperty(node + ".home"));
    }

    /** The directory both nodes share: signing key, attachments, holiday files. */
    Path shared() {
        return directory.resolve("shared");
    }

    /** The node that answered. */
    static String nodeOf(HttpResponse<?> response) {
        return response.headers()
                .firstValue(NODE_HEADER)
                .orElseThrow(() -> new AssertionError("no " + NODE_HEADER + " header: " + response.headers()));
    }

    private int port(String key) {
        return Integer.parseInt(ports.getProperty(key).trim());
    }

    @Override
    public void close() throws Exception {
        script(directory, "stop", Duration.ofMinutes(3));
    }
}
