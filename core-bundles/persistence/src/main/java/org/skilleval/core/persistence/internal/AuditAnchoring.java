package org.skilleval.core.persistence.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.skilleval.core.persistence.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anchors the head of the audit chain periodically, in the database and in the log, so that a
 * chain rewritten after an edit no longer matches what was anchored before.
 */
@Component(configurationPid = AuditAnchoring.PID)
@Designate(ocd = AuditAnchoring.Configuration.class)
public class AuditAnchoring {

    static final String PID = "org.skilleval.core.persistence.audit";

    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchoring.class);

    @ObjectClassDefinition(
            name = "SkillEval audit chain",
            description = "How often the head of the tamper-evident audit chain is anchored")
    public @interface Configuration {

        @AttributeDefinition(
                name = "Anchor interval (minutes)",
                description = "The head of the audit chain is written to the log and to AUDIT_ANCHOR this often,"
                        + " when it moved since the last anchor; at least 1",
                min = "1")
        int anchorIntervalMinutes() default 60;
    }

    private final ScheduledExecutorService scheduler;

    @Activate
    public AuditAnchoring(@Reference AuditTrail audit, Configuration configuration) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "skilleval-audit-anchor");
            thread.setDaemon(true);
            return thread;
        });
        long minutes = Math.max(1, configuration.anchorIntervalMinutes());
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        audit.anchor();
                    } catch (RuntimeException e) {
                        LOG.warn("The audit chain could not be anchored this time", e);
                    }
                },
                1,
                minutes,
                TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }
}
