package org.skilleval.core.provisioning.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.persistence.PluginProvision;
import org.skilleval.core.persistence.PluginProvisionStore;
import org.skilleval.core.persistence.PluginUploadStore;
import org.skilleval.core.pluginhost.PluginContainment;
import org.skilleval.core.provisioning.internal.Reconciliation.Action;
import org.skilleval.core.provisioning.internal.Reconciliation.Apply;
import org.skilleval.core.provisioning.internal.Reconciliation.InstallUpload;
import org.skilleval.core.provisioning.internal.Reconciliation.Plan;
import org.skilleval.core.provisioning.internal.Reconciliation.RemoveUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's plugins as the shared database says, on its own single thread, one pass every
 * {@code intervalMillis}: records what an operator changed here (feature:install/uninstall of a
 * plugin feature, bundle:install/uninstall of a plugin from a Maven URL, config:edit or the web
 * console on a plugin's PID) as the desired state of every node, then installs, removes and
 * configures what the desired state says and this node lacks, and installs approved uploads from
 * their bytes in the database. Starts once Karaf's boot features are in (BootFinished), so that a
 * node's own boot is never mistaken for an operator's change.
 */
@Component(
        service = {},
        immediate = true,
        configurationPid = ProvisioningConfiguration.PID)
@Designate(ocd = ProvisioningConfiguration.class)
public class PluginProvisioner implements SynchronousBundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(PluginProvisioner.class);

    /** Set on the provisioning thread while it acts, so that its own uninstalls are not taken for an operator's. */
    private static final ThreadLocal<Boolean> APPLYING = ThreadLocal.withInitial(() -> false);

    private final PluginProvisionStore desiredState;
    private final PluginUploadStore uploads;
    private final Node node;
    private final AuditActor actor;
    private final Clock clock;
    private final BundleContext context;
    private final ScheduledExecutorService thread;

    private final Set<String> removedByHand = ConcurrentHashMap.newKeySet();
    /** What failed and was reported, so that a failure retried at every pass is logged and audited once. */
    private final Set<String> reportedFailures = new HashSet<>();

    private NodeState lastSeen;
    private boolean databaseDownReported;

    @Activate
    public PluginProvisioner(
            @Reference PluginProvisionStore desiredState,
            @Reference PluginUploadStore uploads,
            @Reference FeaturesService features,
            @Reference ConfigurationAdmin configurations,
            BundleContext context,
            ProvisioningConfiguration configuration) {
        this.desiredState = desiredState;
        this.uploads = uploads;
        this.node = new KarafNode(context, features, configurations, configuration.uploadStartLevel());
        this.actor = new AuditActor(nodeName(configuration.nodeName()), "node");
        this.clock = Clock.systemUTC();
        this.context = context;
        context.addBundleListener(this);
        this.thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread worker = new Thread(task, "skilleval-provisioning");
            worker.setDaemon(true);
            return worker;
        });
        long interval = configuration.intervalMillis();
        thread.scheduleWithFixedDelay(this::passQuietly, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info("Plugin provisioning runs on node {} every {} ms", actor.username(), interval);
    }

    /** For tests: passes run only when the test calls {@link #pass()}. */
    PluginProvisioner(
            PluginProvisionStore desiredState, PluginUploadStore uploads, Node node, String nodeName, Clock clock) {
        this.desiredState = desiredState;
        this.uploads = uploads;
        this.node = node;
        this.actor = new AuditActor(nodeName, "node");
        this.clock = clock;
        this.context = null;
        this.thread = null;
    }

    @Deactivate
    void stop() throws InterruptedException {
        context.removeBundleListener(this);
        thread.shutdownNow();
        // A feature install in progress finishes in Karaf's own thread; do not wait long for it.
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String location = event.getBundle().getLocation();
        if (event.getType() == BundleEvent.UNINSTALLED
                && location.startsWith(PluginContainment.UPLOAD_LOCATION_PREFIX)
                && !APPLYING.get()) {
            removedByHand.add(location);
        }
    }

    private void passQuietly() {
        // Not a DS reference: Karaf's resolver would refuse a bundle requiring a service that only
        // appears once every boot feature, this bundle's among them, is installed.
        if (context.getServiceReference(BootFinished.class) == null) {
            return;
        }
        try {
            pass();
            if (databaseDownReported) {
                LOG.info("Plugin provisioning reaches the database again");
                databaseDownReported = false;
            }
        } catch (Exception | LinkageError failed) {
            // The database down, or the store gone for a moment: the next pass tries again.
            if (!databaseDownReported) {
                LOG.warn("Plugin provisioning paused: {}", failed.toString());
                databaseDownReported = true;
            }
        }
    }

    /** One pass: record this node's changes, then bring it to the desired state. */
    void pass() throws Exception {
        NodeState now = node.snapshot();
        List<PluginProvision> desired = canonical(desiredState.desired());
        List<PluginUploadRecord> records = desiredState.uploads();
        Plan plan = Reconciliation.plan(lastSeen, now, desired, records, Set.copyOf(removedByHand), clock.instant());
        for (PluginProvision change : plan.changes()) {
            // A failure leaves lastSeen as it was: the next pass sees the same change and records it then.
            desiredState.record(change, actor);
            LOG.info("Recorded for every node: {} {}", change.key(), change.present() ? "present" : "absent");
        }
        NodeState next = now;
        APPLYING.set(true);
        try {
            for (Action action : plan.actions()) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                next = act(action, next);
            }
        } finally {
            APPLYING.set(false);
        }
        lastSeen = next;
    }

    /**
     * The desired items with each configuration in this node's text for it, so that one written by
     * hand or by another release compares equal to the same configuration here; one that is no
     * configuration at all is left out (and reported once), never applied.
     */
    private List<PluginProvision> canonical(List<PluginProvision> desired) {
        List<PluginProvision> canonical = new ArrayList<>(desired.size());
        for (PluginProvision item : desired) {
            if (item.kind() != PluginProvision.Kind.CONFIGURATION || !item.present()) {
                canonical.add(item);
                continue;
            }
            try {
                canonical.add(new PluginProvision(
                        item.id(),
                        item.version(),
                        item.kind(),
                        item.name(),
                        item.itemVersion(),
                        true,
                        ConfigurationCodec.encode(ConfigurationCodec.decode(item.content())),
                        item.changedBy(),
                        item.changedAt()));
            } catch (IllegalArgumentException unreadable) {
                if (reportedFailures.add("unreadable " + item.key() + " " + item.version())) {
                    LOG.warn("The desired configuration {} is left out: {}", item.name(), unreadable.getMessage());
                }
            }
        }
        return canonical;
    }

    /** Does the action; answers the node as it is after it (as it was, when the action failed). */
    private NodeState act(Action action, NodeState state) {
        String what = describe(action);
        try {
            NodeState after;
            String verb;
            if (action instanceof Apply apply) {
                node.apply(apply.item());
                after = state.with(apply.item());
                verb = apply.item().present() ? "node-installed" : "node-removed";
            } else if (action instanceof InstallUpload install) {
                byte[] jar = uploads.jar(install.upload().id())
                        .orElseThrow(() -> new IllegalStateException("its bytes are missing"));
                node.installUpload(install.location(), jar);
                after = state.withUpload(install.location(), true);
                verb = "node-installed";
            } else {
                RemoveUpload remove = (RemoveUpload) action;
                node.uninstall(remove.location());
                after = state.withUpload(remove.location(), false);
                verb = "node-removed";
            }
            LOG.info("Provisioned on this node: {}", what);
            reportedFailures.remove(what);
            audit(action, verb, what);
            return after;
        } catch (Exception | LinkageError failed) {
            if (reportedFailures.add(what)) {
                LOG.warn("Could not provision on this node, will retry: {}: {}", what, failed.toString());
                audit(action, "node-failed", what + ": " + failed.getMessage());
            }
            return state;
        }
    }

    private void audit(Action action, String verb, String note) {
        try {
            if (action instanceof Apply apply) {
                desiredState.recordApplied("PluginProvision", apply.item().id(), verb, note, actor);
            } else if (action instanceof InstallUpload install) {
                desiredState.recordApplied("PluginUpload", install.upload().id(), verb, note, actor);
            } else if (action instanceof RemoveUpload remove) {
                desiredState.recordApplied("PluginUpload", remove.upload().id(), verb, note, actor);
            }
        } catch (RuntimeException notAudited) {
            LOG.warn("Provisioning did not audit \"{}\": {}", note, notAudited.toString());
        }
    }

    private static String describe(Action action) {
        if (action instanceof Apply apply) {
            PluginProvision item = apply.item();
            String state = item.present() ? "present" : "absent";
            return item.key() + " " + state
                    + (item.content().isEmpty() ? "" : " (" + item.content().hashCode() + ")");
        }
        if (action instanceof InstallUpload install) {
            return "install upload " + install.upload().id() + " at " + install.location();
        }
        RemoveUpload remove = (RemoveUpload) action;
        return "remove upload " + remove.upload().id() + " at " + remove.location();
    }

    private static String nodeName(String configured) {
        if (!configured.isBlank()) {
            return configured.strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return System.getProperty("karaf.name", "karaf") + "@" + host;
    }
}
