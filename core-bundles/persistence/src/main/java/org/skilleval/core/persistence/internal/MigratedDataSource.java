package org.skilleval.core.persistence.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's DataSource ({@code osgi.jndi.service.name=skilleval}, which the persistence unit
 * and the health check wait for), published only once the schema migrations have run on the
 * database behind it: pax-jdbc publishes that one as {@code skilleval-unmigrated}, so that nothing
 * opens the database before its schema is this release's. Disabled until {@link SchemaMigrator}
 * has run the migrations and enables it; never enabled if one fails.
 */
@Component(service = DataSource.class, enabled = false, immediate = true, property = "osgi.jndi.service.name=skilleval")
public class MigratedDataSource implements DataSource {

    private final DataSource database;

    @Activate
    public MigratedDataSource(@Reference(target = SchemaMigrator.UNMIGRATED) DataSource unmigrated) {
        this.database = unmigrated;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return database.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return database.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return database.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        database.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        database.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return database.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return database.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : database.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || database.isWrapperFor(type);
    }
}
