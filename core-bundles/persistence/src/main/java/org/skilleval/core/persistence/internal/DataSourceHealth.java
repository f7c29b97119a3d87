package org.skilleval.core.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.skilleval.core.persistence.DatabaseHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the DataSource itself rather than the persistence unit, so that health can still answer
 * "unreachable" when the DataSource or the EntityManagerFactory never came up. The DataSource is
 * not pooled (EclipseLink pools inside the persistence unit): on PostgreSQL each check opens a
 * connection, a server process and a login, so a verdict is reused for {@link #VERDICT_MILLIS}
 * and a public {@code /api/health} polled by anyone costs the database at most one login a second.
 */
@Component(service = DatabaseHealth.class)
public class DataSourceHealth implements DatabaseHealth {

    private static final Logger LOG = LoggerFactory.getLogger(DataSourceHealth.class);
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Reference(
            target = "(osgi.jndi.service.name=skilleval)",
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    private volatile DataSource dataSource;

    /** How long a verdict stands: short enough for a load balancer to see an outage at once. */
    static final long VERDICT_MILLIS = 1_000;

    private record Verdict(boolean reachable, long checkedAtNanos) {}

    private Verdict last;

    @Override
    public synchronized boolean isReachable() {
        long now = System.nanoTime();
        if (last == null || now - last.checkedAtNanos() > VERDICT_MILLIS * 1_000_000) {
            last = new Verdict(check(), System.nanoTime());
        }
        return last.reachable();
    }

    private boolean check() {
        DataSource current = dataSource;
        if (current == null) {
            return false;
        }
        try (Connection connection = current.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            LOG.warn("Database is not reachable: {}", e.getMessage());
            return false;
        }
    }
}
