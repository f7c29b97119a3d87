package org.skilleval.core.demo.internal;

import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.accounts.AccountService;
import org.skilleval.core.accounts.ExpertPoolService;
import org.skilleval.core.lifecycle.ApplicationService;
import org.skilleval.core.lifecycle.AppointmentService;
import org.skilleval.core.lifecycle.AssessmentService;
import org.skilleval.core.lifecycle.AttachmentService;
import org.skilleval.core.lifecycle.OccupationCatalogService;
import org.skilleval.core.lifecycle.PanelService;
import org.skilleval.core.lifecycle.PilotEnterpriseService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.lifecycle.SupervisionService;
import org.skilleval.core.lifecycle.WorkPlanService;
import org.skilleval.core.registry.PluginRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo once the shipped plugins are there, on a thread of its own so that activation
 * never waits for it, and only into a database that holds no round yet.
 */
@Component(immediate = true, configurationPid = DemoConfiguration.PID)
@Designate(ocd = DemoConfiguration.class)
public class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
    private static final Duration PLUGIN_PATIENCE = Duration.ofSeconds(60);

    private final Thread worker;

    @Activate
    public DemoSeeder(
            @Reference RoundService rounds,
            @Reference PilotEnterpriseService enterprises,
            @Reference WorkPlanService plans,
            @Reference ApplicationService applications,
            @Reference AttachmentService attachments,
            @Reference PanelService panels,
            @Reference AssessmentService assessments,
            @Reference SupervisionService supervision,
            @Reference ProposalListService proposals,
            @Reference AppointmentService appointments,
            @Reference PluginRegistry registry,
            @Reference AccountService accounts,
            @Reference ExpertPoolService pool,
            // Seeds the occupation catalogue when it activates: the demo's pool experts name its entries.
            @Reference OccupationCatalogService occupationCatalogue,
            DemoConfiguration configuration) {
        DemoAccounts logins = new DemoAccounts(accounts, pool);
        DemoData demo = new DemoData(
                rounds,
                enterprises,
                plans,
                applications,
                attachments,
                panels,
                assessments,
                supervision,
                proposals,
                appointments,
                DemoData.jiangsuClock());
        this.worker = new Thread(() -> seedWhenReady(logins, demo, registry, configuration), "skilleval-demo-seeder");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.interrupt();
        worker.join(5_000);
    }

    private static void seedWhenReady(
            DemoAccounts logins, DemoData demo, PluginRegistry registry, DemoConfiguration configuration) {
        try {
            if (!configuration.enabled()) {
                return;
            }
            int created = logins.seed();
            if (created > 0) {
                LOG.info("Demo logins created: {} (the README lists them with their passwords)", created);
            }
            if (!configuration.round() || demo.databaseHasRounds()) {
                return;
            }
            long deadline = System.nanoTime() + PLUGIN_PATIENCE.toNanos();
            while (registry.method(DemoData.ORAL_DEFENSE).isEmpty()
                    || registry.scheme(DemoData.WEIGHTED_SUM).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    LOG.warn(
                            "Demo not seeded: the oral-defense and weighted-sum plugins did not appear within {}",
                            PLUGIN_PATIENCE);
                    return;
                }
                Thread.sleep(200);
            }
            LOG.info("Demo seeded: {}", demo.seed());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Demo seeding failed; the platform works without it", e);
        }
    }
}
