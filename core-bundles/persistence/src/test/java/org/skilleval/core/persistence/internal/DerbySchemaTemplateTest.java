package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema template the build ships in this bundle makes a new database equal, table for table and
 * column for column, to one the migrations create on an empty database, with every changeset
 * recorded as run; it never replaces a database that exists.
 */
class DerbySchemaTemplateTest {

    @TempDir
    Path directory;

    @Test
    void aNewDatabaseFromTheTemplateIsTheMigratedSchemaWithNothingLeftToRun() throws Exception {
        Path fromTemplate = directory.resolve("template");
        assertTrue(DerbySchemaTemplate.createIfAbsent(fromTemplate), "the build ships a template");
        Path migrated = directory.resolve("migrated");

        EmbeddedDataSource template = open(fromTemplate, false);
        EmbeddedDataSource fresh = open(migrated, true);
        try {
            SchemaMigrations.apply(fresh);
            assertEquals(columns(fresh), columns(template));
            assertEquals(indexes(fresh), indexes(template));
            assertEquals(changeSets(fresh), changeSets(template));
            long recordedBefore = changeSets(template).size();
            SchemaMigrations.apply(template);
            assertEquals(recordedBefore, changeSets(template).size(), "no changeset left to run");
        } finally {
            shutDown(template);
            shutDown(fresh);
        }
    }

    @Test
    void anExistingDatabaseIsNeverReplaced() throws IOException {
        Path existing = directory.resolve("skilleval");
        Files.createDirectories(existing);
        Files.writeString(existing.resolve("service.properties"), "kept");

        assertFalse(DerbySchemaTemplate.createIfAbsent(existing));
        assertEquals("kept", Files.readString(existing.resolve("service.properties")));
    }

    @Test
    void onlyAnEmbeddedDatabaseInADirectoryNamedByItsAbsolutePathQualifies() {
        Path absolute = directory.resolve("data/derby/skilleval");
        assertEquals(Optional.of(absolute), DerbySchemaTemplate.directoryOf("jdbc:derby:" + absolute + ";create=true"));
        assertEquals(Optional.of(absolute), DerbySchemaTemplate.directoryOf("jdbc:derby:directory:" + absolute));
        assertEquals(Optional.empty(), DerbySchemaTemplate.directoryOf("jdbc:derby:memory:skilleval;create=true"));
        assertEquals(Optional.empty(), DerbySchemaTemplate.directoryOf("jdbc:derby://localhost:1527/skilleval"));
        assertEquals(Optional.empty(), DerbySchemaTemplate.directoryOf("jdbc:derby:data/derby/skilleval"));
        assertEquals(Optional.empty(), DerbySchemaTemplate.directoryOf("jdbc:postgresql://localhost/skilleval"));
        assertEquals(Optional.empty(), DerbySchemaTemplate.directoryOf(null));
    }

    private static EmbeddedDataSource open(Path database, boolean create) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(database.toString());
        if (create) {
            dataSource.setCreateDatabase("create");
        }
        return dataSource;
    }

    private static void shutDown(EmbeddedDataSource dataSource) {
        try {
            dataSource.setShutdownDatabase("shutdown");
            dataSource.getConnection().close();
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown as an exception (08006).
        }
    }

    /** Table → its columns with their types and nullability, as JDBC describes them. */
    private static Map<String, String> columns(EmbeddedDataSource dataSource) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet found = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (found.next()) {
                columns.merge(
                        found.getString("TABLE_NAME"),
                        found.getString("COLUMN_NAME") + " " + found.getString("TYPE_NAME") + "("
                                + found.getInt("COLUMN_SIZE") + ") " + found.getString("IS_NULLABLE") + "; ",
                        String::concat);
            }
        }
        return columns;
    }

    /** Table → its indexes (unique or not) with their columns in order; Derby names the system-made ones anew. */
    private static Map<String, String> indexes(EmbeddedDataSource dataSource) throws SQLException {
        Map<String, String> indexes = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : columns(dataSource).keySet()) {
                try (ResultSet found =
                        connection.getMetaData().getIndexInfo(null, connection.getSchema(), table, false, false)) {
                    while (found.next()) {
                        String name = found.getString("INDEX_NAME");
                        indexes.merge(
                                table,
                                (name.startsWith("SQL") ? "system" : name)
                                        + (found.getBoolean("NON_UNIQUE") ? "" : " unique") + ":"
                                        + found.getString("COLUMN_NAME") + "; ",
                                String::concat);
                    }
                }
            }
        }
        indexes.replaceAll(
                (table, list) -> String.join("; ", new java.util.TreeSet<>(java.util.Arrays.asList(list.split("; ")))));
        return indexes;
    }

    private static Map<String, String> changeSets(EmbeddedDataSource dataSource) throws SQLException {
        Map<String, String> changeSets = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows =
                        connection.createStatement().executeQuery("SELECT ID, AUTHOR, MD5SUM FROM DATABASECHANGELOG")) {
            while (rows.next()) {
                changeSets.put(rows.getString(1) + "::" + rows.getString(2), rows.getString(3));
            }
        }
        return changeSets;
    }
}
