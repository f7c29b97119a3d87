package org.skilleval.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * The PostgreSQL server of the PostgreSQL run (karaf-distribution/itests/postgresql.sh started it and
 * wrote its datasource settings; the postgresql profile of this module's POM names the file), or none
 * in the run on the embedded Derby. Never falls back to Derby when PostgreSQL was asked for.
 */
final class PostgreSqlServer implements AutoCloseable {

    /** The system property naming the settings file. */
    static final String SETTINGS_PROPERTY = "skilleval.itests.datasource";

    /** The database postgresql.sh created, for the container all Pax Exam tests share. */
    static final String SHARED_DATABASE = "skilleval";

    /** The system property naming postgresql.sh, for a test that starts a server of its own. */
    static final String SCRIPT_PROPERTY = "skilleval.itests.postgresql.script";

    private final Properties settings;

    /** The directory of a server this test started itself, or {@code null} for the run's shared one. */
    private final Path ownDirectory;

    private PostgreSqlServer(Properties settings, Path ownDirectory) {
        this.settings = settings;
        this.ownDirectory = ownDirectory;
    }

    /**
     * A server of the test's own in {@code directory}, started by postgresql.sh as the run's is, for
     * a test that stops it: the run's shared server must stay up for the other tests.
     */
    static PostgreSqlServer startOwn(Path directory) throws Exception {
        script("start", directory);
        Properties settings = new Properties();
        try (var in = Files.newBufferedReader(directory.resolve("datasource.properties"))) {
            settings.load(in);
        }
        return new PostgreSqlServer(settings, directory);
    }

    /** Stops this test's own server as an operator would ({@code pg_ctl stop -m fast}): sessions are cut. */
    void stopServer() throws Exception {
        script("stop", ownDirectory());
    }

    /** Starts this test's own server again, on the same port, with its data. */
    void resumeServer() throws Exception {
        script("resume", ownDirectory());
    }

    /** Stops this test's own server; the run's shared one stays up. */
    @Override
    public void close() throws Exception {
        if (ownDirectory != null) {
            script("stop", ownDirectory);
        }
    }

    private Path ownDirectory() {
        if (ownDirectory == null) {
            throw new IllegalStateException("only a test's own server may be stopped: the others share the run's");
        }
        return ownDirectory;
    }

    private static void script(String action, Path directory) throws Exception {
        String script = System.getProperty(SCRIPT_PROPERTY, "postgresql.sh");
        // Not to the fork's own output, which Surefire reads as its channel.
        Path log = directory.resolveSibling(directory.getFileName() + "-script.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder("bash", script, action, directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("postgresql.sh " + action + " " + directory + " took over 2 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "postgresql.sh " + action + " " + directory + " failed (" + process.exitValue() + "), see " + log);
        }
    }

    /**
     * The server of this run, for a test that runs only on PostgreSQL; fails saying how to run
     * {@code test} with one when this run is on the embedded Derby.
     */
    static PostgreSqlServer requiredBy(Class<?> test) throws IOException {
        String name = test.getSimpleName();
        return ofThisRun()
                .orElseThrow(() -> new AssertionError(name + " needs the PostgreSQL run's server: run mvn verify"
                        + " -pl karaf-distribution/itests -am -DskipDerbyITs -Dskilleval.postgresql.its=" + name));
    }

    /** The server of this run, or empty when this run is on the embedded Derby. */
    static Optional<PostgreSqlServer> ofThisRun() throws IOException {
        String file = System.getProperty(SETTINGS_PROPERTY);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("The tests were to run on PostgreSQL, but " + path
                    + " does not exist: karaf-distribution/itests/postgresql.sh start did not run or failed");
        }
        Properties settings = new Properties();
        try (var in = Files.newBufferedReader(path)) {
            settings.load(in);
        }
        return Optional.of(new PostgreSqlServer(settings, null));
    }

    /** The datasource settings for etc/org.ops4j.datasource-skilleval.cfg on {@code database}. */
    Properties datasource(String database) {
        Properties datasource = new Properties();
        datasource.putAll(settings);
        datasource.setProperty("url", url(database));
        return datasource;
    }

    /** Creates {@code database} anew, empty, and returns its datasource settings. */
    Properties newDatabase(String database) throws SQLException {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return datasource(database);
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                url(database), settings.getProperty("user"), settings.getProperty("password"));
    }

    private String url(String database) {
        return settings.getProperty("url").replaceAll("/[^/]*$", "/" + database);
    }
}
