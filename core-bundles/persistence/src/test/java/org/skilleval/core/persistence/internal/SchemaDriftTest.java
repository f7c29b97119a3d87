package org.skilleval.core.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/**
 * The changesets create exactly what the entities map to: the schema EclipseLink generates from the
 * entities on a scratch database is compared, through JDBC metadata, with the schema the migrations
 * create. An entity changed without a changeset fails the build here, naming the table and column.
 * Column defaults are not compared: EclipseLink writes every column on insert.
 */
class SchemaDriftTest {

    @Test
    void theChangesetsCreateWhatTheEntitiesMapTo() throws SQLException {
        SortedMap<String, String> mapped = schemaOf(generatedByEclipseLink());
        SortedMap<String, String> migrated = schemaOf(InMemoryDatabase.dataSource());

        List<String> drift = new ArrayList<>();
        for (Map.Entry<String, String> entity : mapped.entrySet()) {
            String created = migrated.get(entity.getKey());
            if (created == null) {
                drift.add(entity.getKey() + " is mapped (" + entity.getValue() + ") but no changeset creates it");
            } else if (!created.equals(entity.getValue())) {
                drift.add(entity.getKey() + ": the entities map " + entity.getValue() + ", the changesets create "
                        + created);
            }
        }
        migrated.keySet().stream()
                .filter(key -> !mapped.containsKey(key))
                .forEach(key -> drift.add(
                        key + " is created by a changeset (" + migrated.get(key) + ") but no entity maps it"));
        assertTrue(
                drift.isEmpty(),
                "The schema migrations (core-bundles/persistence/src/main/resources/db) and the entities"
                        + " disagree; add a changeset:\n  " + String.join("\n  ", drift));
    }

    private static DataSource generatedByEclipseLink() {
        EmbeddedDataSource scratch = InMemoryDatabase.emptyDataSource();
        EntityManagerFactory unit = Persistence.createEntityManagerFactory(
                "skilleval",
                Map.of(
                        "javax.persistence.nonJtaDataSource", scratch,
                        "eclipselink.ddl-generation", "create-tables",
                        "eclipselink.ddl-generation.output-mode", "database"));
        try {
            unit.createEntityManager().close();
        } finally {
            unit.close();
        }
        return scratch;
    }

    /**
     * Every column with its type, size, nullability and identity; every primary key, unique
     * constraint, named index and foreign key; keyed by table and name, Liquibase's own tables left out.
     */
    private static SortedMap<String, String> schemaOf(DataSource dataSource) throws SQLException {
        SortedMap<String, String> schema = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (String table : tables(metaData)) {
                try (ResultSet columns = metaData.getColumns(null, "APP", table, "%")) {
                    while (columns.next()) {
                        schema.put(
                                "column " + table + "." + columns.getString("COLUMN_NAME"),
                                columns.getString("TYPE_NAME") + "(" + columns.getInt("COLUMN_SIZE") + ","
                                        + columns.getInt("DECIMAL_DIGITS") + ")"
                                        + (columns.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                                                ? " NOT NULL"
                                                : " NULL")
                                        + ("YES".equals(columns.getString("IS_AUTOINCREMENT")) ? " IDENTITY" : ""));
                    }
                }
                TreeSet<String> primaryKey = new TreeSet<>();
                try (ResultSet keys = metaData.getPrimaryKeys(null, "APP", table)) {
                    while (keys.next()) {
                        primaryKey.add(keys.getString("COLUMN_NAME"));
                    }
                }
                schema.put("primary key of " + table, primaryKey.toString());
                indexes(metaData, table, primaryKey, schema);
                try (ResultSet keys = metaData.getImportedKeys(null, "APP", table)) {
                    while (keys.next()) {
                        schema.put(
                                "foreign key " + table + "." + keys.getString("FK_NAME"),
                                keys.getString("FKCOLUMN_NAME") + " -> " + keys.getString("PKTABLE_NAME") + "."
                                        + keys.getString("PKCOLUMN_NAME"));
                    }
                }
            }
        }
        return schema;
    }

    /**
     * Named indexes by their names; unique constraints (whose backing indexes Derby names itself) by
     * their columns.
     */
    private static void indexes(
            DatabaseMetaData metaData, String table, TreeSet<String> primaryKey, SortedMap<String, String> schema)
            throws SQLException {
        SortedMap<String, List<String>> columnsByIndex = new TreeMap<>();
        SortedMap<String, Boolean> uniqueByIndex = new TreeMap<>();
        try (ResultSet index = metaData.getIndexInfo(null, "APP", table, false, false)) {
            while (index.next()) {
                String name = index.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                columnsByIndex.computeIfAbsent(name, key -> new ArrayList<>()).add(index.getString("COLUMN_NAME"));
                uniqueByIndex.put(name, !index.getBoolean("NON_UNIQUE"));
            }
        }
        columnsByIndex.forEach((name, columns) -> {
            boolean unique = uniqueByIndex.get(name);
            if (!name.startsWith("SQL")) {
                schema.put("index " + table + "." + name, (unique ? "UNIQUE " : "") + columns);
            } else if (unique && !Objects.equals(new TreeSet<>(columns), primaryKey)) {
                schema.put("unique constraint on " + table + columns, "UNIQUE");
            }
        });
    }

    private static List<String> tables(DatabaseMetaData metaData) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = metaData.getTables(null, "APP", "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME");
                if (!name.startsWith("DATABASECHANGELOG")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
