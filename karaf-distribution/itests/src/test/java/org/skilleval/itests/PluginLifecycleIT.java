package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * Plugins come and go in every way a Karaf operator uses, while clients keep calling the API: the
 * API follows at once, no request fails, and no core bundle is stopped, refreshed or updated.
 */
public class PluginLifecycleIT extends SkillEvalTestSupport {

    private static final String ORAL_DEFENSE_FEATURE = "skilleval-plugin-oral-defense";

    @Inject
    protected FeaturesService featuresService;

    /** Puts the shipped plugin back as the distribution ships it, whatever a test did to it. */
    @After
    public void restoreShippedPlugin() throws Exception {
        if (!featuresService.isInstalled(featuresService.getFeature(ORAL_DEFENSE_FEATURE))) {
            Bundle stray;
            while ((stray = bundle(ORAL_DEFENSE)) != null) {
                try {
                    stray.uninstall();
                } catch (IllegalStateException alreadyUninstalled) {
                    // File install, removing a jar deleted from deploy/, got there first.
                }
            }
            featuresService.installFeature(ORAL_DEFENSE_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        }
        awaitListedPlugins("the shipped oral-defense is back", ids -> ids.contains("oral-defense"));
    }

    @Test
    public void stoppingStartingUninstallingAndReinstallingAPluginBundleIsFollowedByTheApi() throws Exception {
        removeShippedOralDefense();
        try (CoreBundleWatch core = new CoreBundleWatch(bundleContext, coreBundles());
                RequestStream clients = new RequestStream(httpPort(), "/api/plugins")) {
            // bundle:install mvn:… as an operator would
            Bundle plugin = bundleContext.installBundle(mavenUrl(ORAL_DEFENSE));
            plugin.start();
            awaitListedPlugins("oral-defense shows up after bundle install", ids -> ids.contains("oral-defense"));

            plugin.stop();
            awaitListedPlugins("oral-defense is gone after bundle stop", ids -> !ids.contains("oral-defense"));
            plugin.start();
            awaitListedPlugins("oral-defense is back after bundle start", ids -> ids.contains("oral-defense"));

            plugin.uninstall();
            awaitListedPlugins("oral-defense is gone after uninstall", ids -> !ids.contains("oral-defense"));
            Bundle reinstalled = bundleContext.installBundle(mavenUrl(ORAL_DEFENSE));
            reinstalled.start();
            awaitListedPlugins("oral-defense is back after reinstall", ids -> ids.contains("oral-defense"));
            assertTrue("weighted-sum never left", listedPluginIds().contains("weighted-sum"));
            reinstalled.uninstall();
            awaitListedPlugins("oral-defense is gone again", ids -> !ids.contains("oral-defense"));

            clients.close();
            assertTrue("clients kept calling: " + clients.sent(), clients.sent() > 10);
            assertEquals("failed requests", List.of(), clients.failures());
            core.assertCoreUntouched();
            assertTrue(core.size() > 10);
        }
    }

    @Test
    public void updatingAPluginBundleReplacesItsServiceWithoutTouchingTheCore() throws Exception {
        try (CoreBundleWatch core = new CoreBundleWatch(bundleContext, coreBundles());
                RequestStream clients = new RequestStream(httpPort(), "/api/plugins")) {
            Bundle plugin = bundle(ORAL_DEFENSE);
            long newestEventBefore = getJson("/api/plugins/events?limit=1", 200)
                    .get("items")
                    .get(0)
                    .get("id")
                    .asLong();

            // bundle:update: the same location, read again
            plugin.update();

            awaitListedPlugins("oral-defense is listed after the update", ids -> ids.contains("oral-defense"));
            assertEquals(Bundle.ACTIVE, plugin.getState());
            assertEquals(
                    "the service went away and came back",
                    List.of("REGISTERED oral-defense", "UNREGISTERED oral-defense"),
                    awaitEventsAfter(newestEventBefore, 2));
            clients.close();
            assertEquals("failed requests", List.of(), clients.failures());
            core.assertCoreUntouched();
        }
    }

    /** The newest {@code count} plugin events after the given event id, newest first, once written. */
    private List<String> awaitEventsAfter(long eventId, int count) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> events = List.of();
        while (System.nanoTime() < deadline) {
            events = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode event :
                    getJson("/api/plugins/events?limit=50", 200).get("items")) {
                if (event.get("id").asLong() > eventId) {
                    events.add(event.get("type").asText() + " "
                            + event.get("pluginId").asText());
                }
            }
            if (events.size() >= count) {
                return events;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("plugin events after " + eventId + ": " + events);
    }

    @Test
    public void featureUninstallAndInstallNeverRefreshTheCore() throws Exception {
        try (CoreBundleWatch core = new CoreBundleWatch(bundleContext, coreBundles());
                RequestStream clients = new RequestStream(httpPort(), "/api/plugins")) {
            featuresService.uninstallFeature(ORAL_DEFENSE_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
            awaitListedPlugins("oral-defense is gone after feature:uninstall", ids -> !ids.contains("oral-defense"));
            assertFalse(featuresService.isInstalled(featuresService.getFeature(ORAL_DEFENSE_FEATURE)));

            featuresService.installFeature(ORAL_DEFENSE_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
            awaitListedPlugins("oral-defense is back after feature:install", ids -> ids.contains("oral-defense"));

            clients.close();
            assertEquals("failed requests", List.of(), clients.failures());
            core.assertCoreUntouched();
        }
    }

    @Test
    public void aJarDroppedIntoDeployShowsUpAndGoesAwayWhenDeleted() throws Exception {
        removeShippedOralDefense();
        Path deployed = new File(System.getProperty("karaf.base"), "deploy/oral-defense.jar").toPath();
        try (CoreBundleWatch core = new CoreBundleWatch(bundleContext, coreBundles())) {
            Path staged =
                    Files.createTempFile(new File(System.getProperty("karaf.data"), "tmp").toPath(), "od", ".jar");
            try (InputStream jar = new URL(mavenUrl(ORAL_DEFENSE)).openStream()) {
                Files.copy(jar, staged, StandardCopyOption.REPLACE_EXISTING);
            }
            // A rename is atomic: file install never sees a half-written jar.
            Files.move(staged, deployed, StandardCopyOption.ATOMIC_MOVE);
            awaitListedPlugins("oral-defense shows up from deploy/", ids -> ids.contains("oral-defense"));

            Files.delete(deployed);
            awaitListedPlugins("oral-defense goes away when its jar is deleted", ids -> !ids.contains("oral-defense"));
            awaitBundleGone(ORAL_DEFENSE);
            core.assertCoreUntouched();
        } finally {
            Files.deleteIfExists(deployed);
        }
    }

    /** Stopping the plugin removes its service at once; file install uninstalls the bundle a moment later. */
    private void awaitBundleGone(String symbolicName) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (bundle(symbolicName) != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(symbolicName + " is still installed: " + bundle(symbolicName));
            }
            Thread.sleep(50);
        }
    }

    private void removeShippedOralDefense() throws Exception {
        featuresService.uninstallFeature(ORAL_DEFENSE_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        awaitListedPlugins("the shipped oral-defense is gone", ids -> !ids.contains("oral-defense"));
        assertNull("feature:uninstall removed the bundle", bundle(ORAL_DEFENSE));
    }
}
