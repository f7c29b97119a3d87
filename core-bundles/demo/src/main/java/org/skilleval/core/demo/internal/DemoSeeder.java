package org.skilleval.core.demo.internal;

import java.time.Duration;
import java.time.LocalDate;
import org.osgi.framework.BundleContext;
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
import org.skilleval.core.lifecycle.CertificateService;
import org.skilleval.core.lifecycle.OccupationCatalogService;
import org.skilleval.core.lifecycle.PanelService;
import org.skilleval.core.lifecycle.PilotEnterpriseService;
import org.skilleval.core.lifecycle.ProposalListService;
import org.skilleval.core.lifecycle.RoundService;
import org.skilleval.core.lifecycle.SupervisionService;
import org.skilleval.core.lifecycle.WorkPlanService;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo once the shipped plugins are there, on a thread of its own so that activation
 * never waits for it, and only into a database that holds no round yet: first the past round
 * (往期, {@link DemoHistory}) with its certificates and appointments, then the current round
 * ({@link DemoData}), so that the audit trail, which keeps the system clock, tells the story in its
 * order.
 *
 * <p>While the past round is seeded, a {@link HistoryClock} moves the platform's today through
 * that round's days; for those few seconds at the first start the platform's today lies in the past
 * for every caller. It is unregistered before the current round is seeded, whatever happens.
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
            @Reference CertificateService certificates,
            @Reference AppointmentService appointments,
            @Reference PluginRegistry registry,
            @Reference AccountService accounts,
            @Reference ExpertPoolService pool,
            // Seeds the occupation catalogue when it activates: the demo's pool experts name its entries.
            @Reference OccupationCatalogService occupationCatalogue,
            DemoConfiguration configuration,
            BundleContext context) {
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
        DemoHistory history = new DemoHistory(
                demo,
                rounds,
                enterprises,
                plans,
                applications,
                panels,
                assessments,
                proposals,
                certificates,
                appointments);
        this.worker = new Thread(
                () -> seedWhenReady(logins, demo, history, context, registry, configuration), "skilleval-demo-seeder");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.interrupt();
        worker.join(5_000);
    }

    /**
     * The past round first, so that the audit trail tells the story in order; a failure there (a
     * refusal is already a warning) leaves the current round to be seeded all the same.
     */
    private static String seedHistory(DemoHistory history, BundleContext context) {
        try {
            return history.seed(
                    LocalDate.now(DemoData.jiangsuClock()), firstDay -> HistoryClock.register(context, firstDay));
        } catch (RuntimeException e) {
            LOG.error("Demo history failed; the current demo round is seeded regardless", e);
            return "no past round (failed)";
        }
    }

    private static void seedWhenReady(
            DemoAccounts logins,
            DemoData demo,
            DemoHistory history,
            BundleContext context,
            PluginRegistry registry,
            DemoConfiguration configuration) {
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
            String past = seedHistory(history, context);
            LOG.info("Demo seeded: {}; {}", demo.seed(), past);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Demo seeding failed; the platform works without it", e);
        }
    }
}
