package org.skilleval.core.lifecycle.internal;

import org.skilleval.core.pluginhost.PinMigrations;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.internal.GuardedPluginCalls;
import org.skilleval.core.pluginhost.internal.PluginExecutor;
import org.skilleval.core.pluginhost.internal.ShadowPinMigrations;

/** The plugin host's real calls over a test's registry, as the container wires them. */
final class PluginHostForTests {

    private PluginHostForTests() {}

    static PluginCalls calls(PluginRegistry registry, PluginExecutor executor) {
        return new GuardedPluginCalls(registry, executor);
    }

    static PluginCalls calls(PluginRegistry registry) {
        return calls(registry, new PluginExecutor(registry, 5_000, 2));
    }

    static PinMigrations migrations(PluginRegistry registry, PluginCalls calls) {
        return new ShadowPinMigrations(registry, calls);
    }
}
