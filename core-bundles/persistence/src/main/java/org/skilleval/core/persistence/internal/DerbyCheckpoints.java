package org.skilleval.core.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints a Derby database shortly after writes, so that the row counts its optimizer plans with
 * follow the tables as they grow.
 *
 * <p>Why: Derby writes a table's estimated row count to disk only at a checkpoint, which it takes
 * after 10 MB of log. A statement compiled while a table was nearly empty (a new installation, the
 * first days of a round) keeps its plan as long as the estimate does not move: Derby recompiles a
 * plan when, every 100 executions, it finds the estimate changed much since the plan's first run. On
 * the demo, a city's page of applications was compiled at an estimate of about 50 rows; after 300
 * more applications and only reads since, it still read a candidates index and sorted the city's
 * every entry for each page of 20, a third of the page's time (docs/performance.md, "Reads: eleventh
 * session"), until a restart. A checkpoint a little after the writes corrects the estimates, and
 * Derby's own check then recompiles what they changed. On PostgreSQL autovacuum's ANALYZE does this.
 */
@Component(configurationPid = DerbyCheckpoints.PID)
@Designate(ocd = DerbyCheckpoints.Configuration.class)
public class DerbyCheckpoints {

    static final String PID = "org.skilleval.core.persistence.checkpoint";

    private static final Logger LOG = LoggerFactory.getLogger(DerbyCheckpoints.class);

    @ObjectClassDefinition(
            name = "SkillEval Derby checkpoints",
            description = "How soon after writes an embedded or networked Derby database is checkpointed")
    public @interface Configuration {

        @AttributeDefinition(
                name = "Checkpoint interval (seconds)",
                description = "A Derby database is checkpointed this often when anything was committed since"
                        + " the last checkpoint; 0 leaves checkpoints to Derby alone (every 10 MB of log)",
                min = "0")
        int checkpointIntervalSeconds() default 30;
    }

    private final EntityManagerFactory factory;
    private final ScheduledExecutorService scheduler;
    private long checkpointedAt = -1;
    private boolean failing;
    /** Whether the database is Derby: null until asked, once it is reachable. */
    private Boolean derby;

    @Activate
    public DerbyCheckpoints(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory factory,
            Configuration configuration) {
        this.factory = factory;
        int seconds = configuration.checkpointIntervalSeconds();
        if (seconds <= 0) {
            scheduler = null;
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "skilleval-derby-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::checkpointAfterWrites, seconds, seconds, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /**
     * Checkpoints the database if a transaction committed since the last checkpoint; says whether it
     * did. A transaction committing meanwhile is left to the next turn.
     */
    boolean checkpointAfterWrites() {
        try {
            if (derby == null) {
                derby = JpaTransactions.onOwnConnection(
                        factory, "The database's product name could not be read", connection -> connection
                                .getMetaData()
                                .getDatabaseProductName()
                                .startsWith("Apache Derby"));
            }
            if (!derby) {
                return false;
            }
            boolean checkpointed = JpaTransactions.inOwnTransaction(factory, entityManager -> {
                long version = CommittedWrites.of(entityManager.getEntityManagerFactory())
                        .version();
                if (version == CommittedWrites.UNSETTLED || version == checkpointedAt) {
                    return false;
                }
                try (Statement statement =
                        entityManager.unwrap(Connection.class).createStatement()) {
                    statement.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
                } catch (SQLException e) {
                    throw new PersistenceException("The Derby checkpoint failed", e);
                }
                checkpointedAt = version;
                LOG.debug("Derby checkpointed after the writes up to version {}", version);
                return true;
            });
            failing = false;
            return checkpointed;
        } catch (RuntimeException e) {
            // The database is away (shutdown, disk full): Derby's own checkpoints go on; try next turn.
            if (!failing) {
                LOG.warn("The Derby database could not be checkpointed now; trying again later", e);
                failing = true;
            }
            return false;
        }
    }
}
