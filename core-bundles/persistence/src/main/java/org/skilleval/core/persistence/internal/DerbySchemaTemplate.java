package org.skilleval.core.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import liquibase.exception.LiquibaseException;

/**
 * An embedded Derby database already brought to this release's schema by {@link SchemaMigrations},
 * built once at build time and shipped in this bundle, which a first start unpacks where its
 * database does not exist yet instead of running every changeset on an empty database: with
 * Derby creating a file per table and index and syncing each changeset, that took seconds of every
 * cold boot (issue 13). The copy is the same database the migrations would make, with the same
 * {@code DATABASECHANGELOG} (its run dates are the build's), so later releases migrate it as any
 * other. Only a new database is ever made from it; an existing one is never touched.
 */
public final class DerbySchemaTemplate {

    /** The template in this bundle: the database directory, zipped. */
    static final String RESOURCE = "db/template/derby-schema.zip";

    private static final String EMBEDDED = "jdbc:derby:";
    /** Derby subprotocols whose databases are not a directory of their own to create. */
    private static final String[] NOT_A_DIRECTORY = {"memory:", "classpath:", "jar:", "//"};

    /** Held here, as the JDK keeps loggers only weakly: Liquibase's summary is noise in the build. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private DerbySchemaTemplate() {}

    /**
     * Where an embedded Derby URL keeps its database on disk, if it names a directory by its absolute
     * path.
     *
     * @param url e.g. {@code jdbc:derby:/opt/skilleval/data/derby/skilleval;create=true}
     */
    static Optional<Path> directoryOf(String url) {
        if (url == null || !url.startsWith(EMBEDDED)) {
            return Optional.empty();
        }
        String name = url.substring(EMBEDDED.length()).split(";", 2)[0];
        for (String other : NOT_A_DIRECTORY) {
            if (name.startsWith(other)) {
                return Optional.empty();
            }
        }
        name = name.startsWith("directory:") ? name.substring("directory:".length()) : name;
        // A relative name is resolved by Derby against derby.system.home, which this does not know.
        return name.isBlank() || !Path.of(name).isAbsolute() ? Optional.empty() : Optional.of(Path.of(name));
    }

    /**
     * Unpacks the template into {@code database} if no database is there yet: beside it first, then
     * renamed into place, so that Derby never opens a half-copied database.
     *
     * @return whether the database was made from the template; false if it existed already or this
     *     build carries no template (then the migrations create the schema)
     */
    static boolean createIfAbsent(Path database) throws IOException {
        if (Files.exists(database)) {
            return false;
        }
        try (InputStream template = DerbySchemaTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (template == null) {
                return false;
            }
            Path unpacking = database.resolveSibling(database.getFileName() + ".unpacking");
            deleteRecursively(unpacking);
            Files.createDirectories(unpacking);
            try (ZipInputStream zip = new ZipInputStream(template)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    Path target = unpacking.resolve(entry.getName()).normalize();
                    if (!target.startsWith(unpacking)) {
                        throw new IOException("The schema template has an entry outside its directory: " + entry);
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target);
                    }
                }
            }
            Files.move(unpacking, database, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Build time ({@code exec-maven-plugin}, persistence module): creates an embedded Derby database
     * in a scratch directory, runs the migrations on it, shuts it down cleanly and zips it.
     *
     * @param args the zip to write
     */
    public static void main(String[] args) throws IOException, SQLException, LiquibaseException {
        Path zip = Path.of(args[0]);
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        Path scratch = Files.createTempDirectory("skilleval-schema-template");
        Path database = scratch.resolve("skilleval");
        String url = EMBEDDED + database;
        try (Connection connection = DriverManager.getConnection(url + ";create=true")) {
            SchemaMigrations.apply(connection);
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown of one database as SQL state 08006.
            if (!"08006".equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipped = new ZipOutputStream(out)) {
            Files.walkFileTree(database, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (file.getFileName().toString().endsWith(".lck")) {
                        return FileVisitResult.CONTINUE; // a lock of the shut-down build, if left
                    }
                    zipped.putNextEntry(
                            new ZipEntry(database.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zipped);
                    zipped.closeEntry();
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        deleteRecursively(scratch);
    }
}
