package org.skilleval.core.persistence.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the schema migrations on the database pax-jdbc publishes as {@code skilleval-unmigrated}, on
 * a thread of its own, and only then enables {@link MigratedDataSource}, the platform's DataSource.
 * An embedded Derby database that does not exist yet is first made from the schema template this
 * bundle carries ({@link DerbySchemaTemplate}), so a first start has nothing left to migrate.
 * The migrations (seconds on an empty database) and everything that waits for the DataSource (the
 * persistence unit, the stores, the services above them) then run beside the framework's start of
 * the remaining bundles (Jetty, the shell, the plugins…) instead of holding it up (issue 13). If a
 * migration fails, the DataSource is never published: the persistence unit gets no connection and
 * health reports the database down, as before.
 */
@Component(immediate = true)
public class SchemaMigrator {

    static final String UNMIGRATED = "(osgi.jndi.service.name=skilleval-unmigrated)";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final Duration MIGRATION_PATIENCE = Duration.ofMinutes(1);

    private final ComponentContext context;
    private final Thread worker;
    private boolean closed;

    @Activate
    public SchemaMigrator(
            @Reference(target = UNMIGRATED) Map.Entry<Map<String, Object>, DataSource> unmigrated,
            ComponentContext context) {
        this.context = context;
        // pax-jdbc-config publishes the DataSource with its configuration, the JDBC URL among it.
        Object url = unmigrated.getKey().get("url");
        this.worker = new Thread(
                () -> migrateThenPublish(url == null ? null : url.toString(), unmigrated.getValue()),
                "skilleval-schema-migrations");
        worker.setDaemon(true);
        worker.start();
    }

    private void migrateThenPublish(String url, DataSource unmigrated) {
        long started = System.nanoTime();
        try {
            Optional<Path> directory = DerbySchemaTemplate.directoryOf(url);
            if (directory.isPresent() && DerbySchemaTemplate.createIfAbsent(directory.get())) {
                LOG.info("New database {} made from this release's schema template", directory.get());
            }
            SchemaMigrations.apply(unmigrated);
        } catch (Exception e) {
            LOG.error(
                    "The database schema could not be brought up to date; the platform's DataSource stays unpublished",
                    e);
            return;
        }
        LOG.info("Database schema up to date in {} ms", (System.nanoTime() - started) / 1_000_000);
        synchronized (this) {
            if (!closed) {
                context.enableComponent(MigratedDataSource.class.getName());
            }
        }
    }

    /**
     * Withdraws the DataSource with the database behind it. A migration under way is waited for, up
     * to a minute (interrupting it halfway would leave Liquibase's lock behind), and not published.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        synchronized (this) {
            closed = true;
            context.disableComponent(MigratedDataSource.class.getName());
        }
        worker.join(MIGRATION_PATIENCE.toMillis());
        if (worker.isAlive()) {
            LOG.warn("The schema migrations still run after {}; they finish on their own", MIGRATION_PATIENCE);
        }
    }
}
