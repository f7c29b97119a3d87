package org.skilleval.core.pluginhost;

import org.osgi.annotation.versioning.ConsumerType;
import org.skilleval.core.domain.PluginEvent;

/**
 * Records the plugin events the registry publishes: each plugin service coming or going. The
 * registry publishes, it does not store; whoever can keep the events durably registers this
 * service (the lifecycle writes them to the platform's event log).
 *
 * <p>The registry hands every event to the highest-ranked recorder, in the order it saw them, on
 * one background thread of its own: never on the framework thread that binds a plugin, so a
 * recorder may block on a database. Events seen while no recorder is registered (at boot, before
 * the database is up, or while it is down) are kept and handed over when one arrives. An event the
 * recorder throws on is offered again, with every later one, with the next event or the next
 * recorder: a recorder sees each event at least once and in order, so nothing is lost between a
 * plugin's install and the recorder's arrival.
 */
@ConsumerType
public interface PluginEventRecorder {

    /**
     * Records one event durably before returning.
     *
     * @param event the event, with id 0
     * @throws RuntimeException when it could not be recorded; the registry offers it again later
     */
    void record(PluginEvent event);
}
