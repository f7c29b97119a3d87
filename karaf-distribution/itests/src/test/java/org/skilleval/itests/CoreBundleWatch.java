package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Watches the core bundles while plugins come and go: records every lifecycle event of theirs and
 * their id, state and last-modified time, so a test can prove the core was never stopped,
 * refreshed or updated.
 */
final class CoreBundleWatch implements SynchronousBundleListener, AutoCloseable {

    private final BundleContext bundleContext;
    private final Map<Long, String> before = new LinkedHashMap<>();
    private final List<String> coreEvents = Collections.synchronizedList(new ArrayList<>());

    CoreBundleWatch(BundleContext bundleContext, List<Bundle> coreBundles) {
        this.bundleContext = bundleContext;
        for (Bundle bundle : coreBundles) {
            before.put(bundle.getBundleId(), describe(bundle));
        }
        bundleContext.addBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (before.containsKey(event.getBundle().getBundleId())) {
            coreEvents.add(event.getBundle().getSymbolicName() + " " + typeName(event.getType()));
        }
    }

    /** Fails unless no core bundle saw any lifecycle event and every one is as it was. */
    void assertCoreUntouched() {
        assertTrue("core bundles changed state: " + coreEvents, coreEvents.isEmpty());
        for (Map.Entry<Long, String> entry : before.entrySet()) {
            Bundle bundle = bundleContext.getBundle(entry.getKey());
            assertEquals(
                    "core bundle " + entry.getValue() + " is still there, unchanged",
                    entry.getValue(),
                    bundle == null ? "gone" : describe(bundle));
        }
    }

    int size() {
        return before.size();
    }

    @Override
    public void close() {
        bundleContext.removeBundleListener(this);
    }

    private static String describe(Bundle bundle) {
        return bundle.getSymbolicName() + "[id=" + bundle.getBundleId() + ", state=" + bundle.getState()
                + ", lastModified=" + bundle.getLastModified() + "]";
    }

    private static String typeName(int type) {
        return switch (type) {
            case BundleEvent.INSTALLED -> "INSTALLED";
            case BundleEvent.RESOLVED -> "RESOLVED";
            case BundleEvent.STARTING -> "STARTING";
            case BundleEvent.STARTED -> "STARTED";
            case BundleEvent.STOPPING -> "STOPPING";
            case BundleEvent.STOPPED -> "STOPPED";
            case BundleEvent.UNRESOLVED -> "UNRESOLVED";
            case BundleEvent.UPDATED -> "UPDATED";
            case BundleEvent.UNINSTALLED -> "UNINSTALLED";
            case BundleEvent.LAZY_ACTIVATION -> "LAZY_ACTIVATION";
            default -> "TYPE-" + type;
        };
    }
}
