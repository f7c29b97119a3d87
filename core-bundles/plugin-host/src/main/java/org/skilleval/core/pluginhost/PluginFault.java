package org.skilleval.core.pluginhost;

import org.skilleval.core.rules.RuleViolationException;

/**
 * A call that needed plugin code and could not get a valid answer from it: the fault lies with the
 * plugin or with how it runs, never with the caller's input. Each kind has its own {@link #rule()
 * rule}, which clients may switch on, and names the plugin, bundle and version in its messages;
 * nothing was changed when one is thrown.
 *
 * <p>A fault is a {@link RuleViolationException} so that where refusals are collected per field (a
 * shadow evaluation's rows, a work plan's checks) it keeps its field, rule and messages; code that
 * answers a caller tests for this type first, to tell a plugin's failure from a broken rule.
 */
public abstract sealed class PluginFault extends RuleViolationException
        permits PluginFault.Failed, PluginFault.Timeout, PluginFault.Unavailable, PluginFault.Busy, PluginFault.Stuck {

    private static final long serialVersionUID = 1L;

    private PluginFault(String field, String rule, String messageZh, String messageEn) {
        super(field, rule, messageZh, messageEn);
    }

    /** Rule {@code plugin-failed}: the plugin threw, or answered what its contract forbids. */
    public static final class Failed extends PluginFault {

        private static final long serialVersionUID = 1L;

        public Failed(String field, String messageZh, String messageEn) {
            super(field, "plugin-failed", messageZh, messageEn);
        }
    }

    /**
     * Rule {@code plugin-timeout}: the plugin did not answer within the configured time. The core
     * stopped waiting and interrupted the call; the plugin's thread may still run.
     */
    public static final class Timeout extends PluginFault {

        private static final long serialVersionUID = 1L;

        public Timeout(String field, String messageZh, String messageEn) {
            super(field, "plugin-timeout", messageZh, messageEn);
        }
    }

    /** Rule {@code plugin-unavailable}: the plugin version needed is not installed or not active. */
    public static final class Unavailable extends PluginFault {

        private static final long serialVersionUID = 1L;

        public Unavailable(String field, String messageZh, String messageEn) {
            super(field, "plugin-unavailable", messageZh, messageEn);
        }
    }

    /**
     * Rule {@code plugin-busy}: the plugin version's queue is full, or the core is stopping. A
     * passing state: the same call may succeed shortly.
     */
    public static final class Busy extends PluginFault {

        private static final long serialVersionUID = 1L;

        public Busy(String field, String messageZh, String messageEn) {
            super(field, "plugin-busy", messageZh, messageEn);
        }
    }

    /**
     * Rule {@code plugin-stuck}: every thread the core may give the plugin version is stuck in a
     * call that never returned, so its calls are refused at once. Not a passing state: it lasts
     * until an operator restarts or updates the plugin's bundle.
     */
    public static final class Stuck extends PluginFault {

        private static final long serialVersionUID = 1L;

        public Stuck(String field, String messageZh, String messageEn) {
            super(field, "plugin-stuck", messageZh, messageEn);
        }
    }
}
