package org.skilleval.core.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.exception.LiquibaseException;

/**
 * Copies a SkillEval database into another, empty one, e.g. the embedded Derby of a single machine
 * into PostgreSQL (docs/operations.md). The platform must be stopped: the copy reads the source as
 * it is. The source must be at this release's schema (start this release on it once); the target
 * gets that schema from the same changesets the platform runs, then every row of every table, in
 * one transaction: an error leaves the target as empty as it was. Values keep what they mean across
 * the two databases' types (Derby's SMALLINT flags become BOOLEAN, CLOB text, BLOB bytes; times keep
 * their local date and time, which the audit chain's hashes cover), and the identity columns go on
 * after the highest id copied. The audit chain is copied as it is and verifies on the target.
 *
 * <p>Run by {@code bin/skilleval-copy-database} of the distribution, outside OSGi.
 */
public final class DatabaseCopy {

    /** Liquibase's own tables: the target's come from running the changesets there. */
    private static final Set<String> MIGRATION_TABLES = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");

    private static final int BATCH = 500;

    /** Liquibase reports each step at INFO; only its warnings matter here. Held: loggers are weakly kept. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private DatabaseCopy() {}

    /**
     * {@code DatabaseCopy SOURCE.properties TARGET.properties}: each file holds a JDBC {@code url}
     * and, if needed, {@code user} and {@code password}, as etc/org.ops4j.datasource-skilleval.cfg
     * does, so an operator can point it at that file.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: skilleval-copy-database SOURCE.cfg TARGET.cfg");
            System.err.println("  each file holds url = jdbc:... and, if needed, user and password");
            System.exit(2);
        }
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        try (Connection source = open(Path.of(args[0]));
                Connection target = open(Path.of(args[1]))) {
            Map<String, Long> copied = copy(source, target);
            long rows = copied.values().stream().mapToLong(Long::longValue).sum();
            System.out.println("Copied " + rows + " rows in " + copied.size() + " tables:");
            copied.forEach((table, count) -> System.out.println("  " + table + " " + count));
        } catch (IllegalStateException refused) {
            System.err.println("ERROR: " + refused.getMessage());
            System.exit(1);
        }
    }

    private static Connection open(Path settings) throws IOException, SQLException {
        Properties cfg = new Properties();
        try (InputStream in = Files.newInputStream(settings)) {
            cfg.load(in);
        }
        String url = cfg.getProperty("url");
        if (url == null) {
            throw new IllegalStateException(settings + " names no url");
        }
        // ${karaf.data} as the datasource configuration may hold it: run from the distribution's home.
        url = url.replace("${karaf.data}", System.getProperty("karaf.data", "data"));
        Properties login = new Properties();
        if (cfg.getProperty("user") != null) {
            login.setProperty("user", cfg.getProperty("user"));
        }
        if (cfg.getProperty("password") != null) {
            login.setProperty("password", cfg.getProperty("password"));
        }
        return DriverManager.getConnection(url, login);
    }

    /**
     * Copies every table of {@code source} into {@code target} and returns the rows copied per table.
     *
     * @throws IllegalStateException when the source is not at this release's schema or the target
     *     holds data already; nothing is written then
     */
    static Map<String, Long> copy(Connection source, Connection target) throws SQLException, LiquibaseException {
        if (!SchemaMigrations.isUpToDate(source)) {
            throw new IllegalStateException("The source database is not at this release's schema: start this"
                    + " release on it once (it migrates it), stop it, then copy");
        }
        SchemaMigrations.apply(target);
        Map<String, String> sourceTables = tables(source);
        Map<String, String> targetTables = tables(target);
        List<String> order = parentsFirst(target, targetTables);
        target.setAutoCommit(false);
        try {
            for (String table : order) {
                if (count(target, targetTables.get(table)) > 0) {
                    throw new IllegalStateException("The target database holds data already (table " + table
                            + "): copy only into a new, empty database");
                }
            }
            for (String table : sourceTables.keySet()) {
                if (!targetTables.containsKey(table)) {
                    throw new IllegalStateException("The target has no table " + table + " of the source");
                }
            }
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : order) {
                if (sourceTables.containsKey(table)) {
                    copied.put(table, copyTable(source, sourceTables.get(table), target, targetTables.get(table)));
                }
            }
            for (String table : order) {
                continueIdentities(target, targetTables.get(table));
            }
            target.commit();
            return copied;
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(true);
        }
    }

    /** The tables of the connection's schema without Liquibase's, by upper-case name, to their names there. */
    private static Map<String, String> tables(Connection connection) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        try (ResultSet found =
                connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME");
                String key = name.toUpperCase(Locale.ROOT);
                if (!MIGRATION_TABLES.contains(key)) {
                    tables.put(key, name);
                }
            }
        }
        return tables;
    }

    /** The tables in an order where every table comes after those its foreign keys point to. */
    private static List<String> parentsFirst(Connection connection, Map<String, String> tables) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        DatabaseMetaData metadata = connection.getMetaData();
        for (Map.Entry<String, String> table : tables.entrySet()) {
            Set<String> references = new LinkedHashSet<>();
            try (ResultSet keys = metadata.getImportedKeys(null, connection.getSchema(), table.getValue())) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) {
                        references.add(parent);
                    }
                }
            }
            parents.put(table.getKey(), references);
        }
        List<String> order = new ArrayList<>();
        while (order.size() < parents.size()) {
            int before = order.size();
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!order.contains(table.getKey()) && order.containsAll(table.getValue())) {
                    order.add(table.getKey());
                }
            }
            if (order.size() == before) {
                throw new IllegalStateException("The foreign keys between the tables form a cycle");
            }
        }
        return order;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private record Column(String name, int targetType) {}

    private static long copyTable(Connection source, String sourceTable, Connection target, String targetTable)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet found = target.getMetaData().getColumns(null, target.getSchema(), targetTable, "%")) {
            while (found.next()) {
                columns.add(
                        new Column(found.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), found.getInt("DATA_TYPE")));
            }
        }
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        String insert = "INSERT INTO " + targetTable + " (" + names + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        long rows = 0;
        try (Statement read = source.createStatement();
                ResultSet from = read.executeQuery("SELECT " + names + " FROM " + sourceTable);
                PreparedStatement write = target.prepareStatement(insert)) {
            while (from.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    bind(write, i + 1, columns.get(i).targetType(), from);
                }
                write.addBatch();
                if (++rows % BATCH == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return rows;
    }

    /** Reads column {@code index} of the source row as what the target's column holds, and binds it. */
    private static void bind(PreparedStatement write, int index, int targetType, ResultSet from) throws SQLException {
        switch (targetType) {
            case Types.BOOLEAN, Types.BIT -> {
                // Derby holds the platform's flags as SMALLINT 0 and 1
                boolean flag = from.getBoolean(index);
                if (from.wasNull()) {
                    write.setNull(index, targetType);
                } else {
                    write.setBoolean(index, flag);
                }
            }
            case Types.SMALLINT, Types.TINYINT -> {
                short value = from.getShort(index);
                if (from.wasNull()) {
                    write.setNull(index, targetType);
                } else {
                    write.setShort(index, value);
                }
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                try (InputStream bytes = from.getBinaryStream(index)) {
                    if (bytes == null) {
                        write.setNull(index, targetType);
                    } else {
                        write.setBytes(index, bytes.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new SQLException("Cannot read a binary value of column " + index, e);
                }
            }
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.CLOB,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.NCLOB -> write.setString(index, from.getString(index));
            case Types.TIMESTAMP -> {
                // the local date and time as the source holds it, whatever the zone of this JVM
                Timestamp time = from.getTimestamp(index);
                if (time == null) {
                    write.setNull(index, Types.TIMESTAMP);
                } else {
                    LocalDateTime local = time.toLocalDateTime();
                    write.setTimestamp(index, Timestamp.valueOf(local));
                }
            }
            default -> {
                Object value = from.getObject(index);
                if (value == null) {
                    write.setNull(index, targetType);
                } else {
                    write.setObject(index, value, targetType);
                }
            }
        }
    }

    /** Lets each identity column of the table go on after the highest value copied into it. */
    private static void continueIdentities(Connection target, String table) throws SQLException {
        List<String> identities = new ArrayList<>();
        try (ResultSet found = target.getMetaData().getColumns(null, target.getSchema(), table, "%")) {
            while (found.next()) {
                if ("YES".equals(found.getString("IS_AUTOINCREMENT"))) {
                    identities.add(found.getString("COLUMN_NAME"));
                }
            }
        }
        for (String column : identities) {
            long next;
            try (Statement statement = target.createStatement();
                    ResultSet max = statement.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
                max.next();
                next = max.getLong(1) + 1;
            }
            // the same statement on PostgreSQL's and Derby's identity columns
            try (Statement statement = target.createStatement()) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
            }
        }
    }
}
