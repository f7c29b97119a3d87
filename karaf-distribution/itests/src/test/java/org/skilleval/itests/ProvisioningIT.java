package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Plugins alike on every node (issue 14), on the one node of the shared container: what "another
 * node" records in the database (written here through the same store another node's provisioning
 * uses) is applied on this node within seconds (a feature removed, a plugin installed as a bundle
 * from the distribution's repository, a plugin's configuration), with no core bundle stopped,
 * refreshed or updated; and what an operator changes on this node is recorded for every node.
 */
public class ProvisioningIT extends SkillEvalTestSupport {

    private static final String VETO_FEATURE = "skilleval-plugin-veto";
    private static final String VETO_BUNDLE = "org.skilleval.plugin.veto";
    private static final String WEIGHTED_SUM_PID = "org.skilleval.plugin.weighted-sum";
    private static final String PERSISTENCE = "org.skilleval.core.persistence";

    @Inject
    protected FeaturesService featuresService;

    @Inject
    private ConfigurationAdmin configurations;

    /** Puts the veto and the weighted sum back as shipped, in the database and so on this node. */
    @After
    public void restoreAsShipped() throws Exception {
        recordAsAnotherNode("BUNDLE", mavenUrl(VETO_BUNDLE), "", false, "");
        recordAsAnotherNode("FEATURE", VETO_FEATURE, vetoVersion(), true, "");
        recordAsAnotherNode("CONFIGURATION", WEIGHTED_SUM_PID, "", false, "");
        awaitListedPlugins("the shipped veto is back", ids -> ids.contains("veto") && vetoFeatureInstalled());
        awaitPassLineDefault("60");
    }

    @Test
    public void whatAnotherNodeRecordsIsAppliedHereWithinSecondsAndTheCoreIsUntouched() throws Exception {
        awaitListedPlugins("the shipped veto is there", ids -> ids.contains("veto"));
        String vetoVersion = vetoVersion();
        List<String> timings = new ArrayList<>();
        try (CoreBundleWatch core = new CoreBundleWatch(bundleContext, coreBundles())) {
            long start = System.nanoTime();
            recordAsAnotherNode("FEATURE", VETO_FEATURE, vetoVersion, false, "");
            awaitListedPlugins("the veto goes when another node uninstalled its feature", ids -> !ids.contains("veto"));
            timings.add("feature removed " + millisSince(start) + " ms");
            awaitListedPlugins("the veto feature is uninstalled", ids -> !vetoFeatureInstalled());

            start = System.nanoTime();
            recordAsAnotherNode("BUNDLE", mavenUrl(VETO_BUNDLE), "", true, "");
            awaitListedPlugins("the veto comes back as a bundle from the repository", ids -> ids.contains("veto"));
            timings.add("bundle installed " + millisSince(start) + " ms");
            assertEquals(mavenUrl(VETO_BUNDLE), bundle(VETO_BUNDLE).getLocation());
            assertEquals(Bundle.ACTIVE, bundle(VETO_BUNDLE).getState());

            start = System.nanoTime();
            recordAsAnotherNode("CONFIGURATION", WEIGHTED_SUM_PID, "", true, "passLine=\"70\"\n");
            awaitPassLineDefault("70");
            timings.add("configuration applied " + millisSince(start) + " ms");

            start = System.nanoTime();
            recordAsAnotherNode("BUNDLE", mavenUrl(VETO_BUNDLE), "", false, "");
            recordAsAnotherNode("FEATURE", VETO_FEATURE, vetoVersion, true, "");
            recordAsAnotherNode("CONFIGURATION", WEIGHTED_SUM_PID, "", false, "");
            awaitListedPlugins(
                    "the veto is back from its feature", ids -> ids.contains("veto") && vetoFeatureInstalled());
            awaitPassLineDefault("60");
            timings.add("all three undone " + millisSince(start) + " ms");

            core.assertCoreUntouched();
        }
        System.out.println("ProvisioningIT timings: " + timings);
        assertEquals(
                "provisioning applied the others' changes without recording any of them again",
                List.of("node-b@itest"),
                changedBy(List.of(
                        "FEATURE:" + VETO_FEATURE + "/" + vetoVersion,
                        "BUNDLE:" + mavenUrl(VETO_BUNDLE),
                        "CONFIGURATION:" + WEIGHTED_SUM_PID)));
    }

    @Test
    public void anOperatorsChangesOnThisNodeAreRecordedForEveryNode() throws Exception {
        Configuration configuration = configurations.getConfiguration(WEIGHTED_SUM_PID, "?");
        Dictionary<String, Object> passLine = new Hashtable<>();
        passLine.put("passLine", "65");
        configuration.update(passLine);
        awaitDesired(
                "config:edit of a plugin is recorded",
                "CONFIGURATION:" + WEIGHTED_SUM_PID,
                item -> item.present() && item.content().contains("passLine=\"65\""));
        configuration.delete();
        awaitDesired("its deletion too", "CONFIGURATION:" + WEIGHTED_SUM_PID, item -> !item.present());

        String vetoFeature = "FEATURE:" + VETO_FEATURE + "/" + vetoVersion();
        featuresService.uninstallFeature(VETO_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        awaitDesired("feature:uninstall of a plugin is recorded", vetoFeature, item -> !item.present());
        featuresService.installFeature(VETO_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        awaitDesired("feature:install too", vetoFeature, DesiredItem::present);
    }

    /** An item of the desired state, as the store answers it. */
    private record DesiredItem(String key, boolean present, String content, String changedBy) {}

    private String vetoVersion() throws Exception {
        return featuresService.getFeature(VETO_FEATURE).getVersion();
    }

    private boolean vetoFeatureInstalled() {
        try {
            return featuresService.isInstalled(featuresService.getFeature(VETO_FEATURE));
        } catch (Exception e) {
            throw new IllegalStateException("Karaf's features service failed", e);
        }
    }

    /**
     * Records an item of the desired state as another node's provisioning does, through the
     * platform's own store (by reflection: the probe does not import the core's packages).
     */
    private void recordAsAnotherNode(String kind, String name, String version, boolean present, String content)
            throws Exception {
        Bundle persistence = bundle(PERSISTENCE);
        Class<?> provision = persistence.loadClass(PERSISTENCE + ".PluginProvision");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object kindValue = Enum.valueOf((Class) persistence.loadClass(PERSISTENCE + ".PluginProvision$Kind"), kind);
        Object item = provision.getConstructors()[0].newInstance(
                0L, 0L, kindValue, name, version, present, content, "", Instant.now());
        Class<?> actorType = bundle("org.skilleval.core.domain").loadClass("org.skilleval.core.domain.AuditActor");
        Object actor = actorType.getConstructor(String.class, String.class).newInstance("node-b@itest", "node");
        withStore(
                store -> store.type().getMethod("record", provision, actorType).invoke(store.service(), item, actor));
    }

    private List<DesiredItem> desired() throws Exception {
        List<DesiredItem> items = new ArrayList<>();
        withStore(store -> {
            for (Object item : (List<?>) store.type().getMethod("desired").invoke(store.service())) {
                items.add(new DesiredItem(
                        (String) call(item, "key"),
                        (Boolean) call(item, "present"),
                        (String) call(item, "content"),
                        (String) call(item, "changedBy")));
            }
            return null;
        });
        return items;
    }

    private List<String> changedBy(List<String> keys) throws Exception {
        return desired().stream()
                .filter(item -> keys.contains(item.key()))
                .map(DesiredItem::changedBy)
                .distinct()
                .toList();
    }

    private void awaitDesired(String description, String key, Predicate<DesiredItem> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Optional<DesiredItem> item =
                    desired().stream().filter(i -> i.key().equals(key)).findFirst();
            if (item.isPresent() && condition.test(item.get())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail(description + ": the desired state has " + item);
            }
            Thread.sleep(100);
        }
    }

    private record Store(Class<?> type, Object service) {}

    private interface StoreCall {
        Object call(Store store) throws Exception;
    }

    private void withStore(StoreCall work) throws Exception {
        Class<?> type = bundle(PERSISTENCE).loadClass(PERSISTENCE + ".PluginProvisionStore");
        ServiceReference<?> reference = bundleContext.getServiceReference(type.getName());
        Object service = bundleContext.getService(reference);
        try {
            work.call(new Store(type, service));
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    private static Object call(Object target, String method) throws Exception {
        Method accessor = target.getClass().getMethod(method);
        return accessor.invoke(target);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
