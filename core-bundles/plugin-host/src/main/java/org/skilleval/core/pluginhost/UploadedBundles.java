package org.skilleval.core.pluginhost;

import java.io.ByteArrayInputStream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * How an enterprise's uploaded bundle is installed and removed on a node: by the review that
 * approves it, and by each other node that provisions it from the database. Under its upload's
 * location ({@link PluginContainment#uploadLocation}), at the start level uploads get.
 */
public final class UploadedBundles {

    private UploadedBundles() {}

    /**
     * Installs the jar under the location and starts it; a bundle the call installed is uninstalled
     * again when it does not start, so that a refused upload leaves nothing behind.
     */
    public static void installAndStart(BundleContext context, String location, byte[] jar, int startLevel)
            throws BundleException {
        boolean existed = context.getBundle(location) != null;
        Bundle bundle = context.installBundle(location, new ByteArrayInputStream(jar));
        try {
            bundle.adapt(BundleStartLevel.class).setStartLevel(startLevel);
            bundle.start();
        } catch (BundleException | RuntimeException failed) {
            if (!existed) {
                bundle.uninstall();
            }
            throw failed;
        }
    }

    /** Uninstalls the bundle at the location, if there is one. */
    public static void uninstall(BundleContext context, String location) throws BundleException {
        Bundle bundle = context.getBundle(location);
        if (bundle != null) {
            bundle.uninstall();
        }
    }
}
