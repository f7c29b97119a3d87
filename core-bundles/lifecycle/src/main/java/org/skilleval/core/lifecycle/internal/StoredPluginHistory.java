package org.skilleval.core.lifecycle.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PluginEvent;
import org.skilleval.core.lifecycle.PluginHistory;
import org.skilleval.core.persistence.PluginEventLog;
import org.skilleval.core.pluginhost.PluginEventRecorder;

/**
 * The plugin history kept in the platform's event log: records each plugin event the plugin host
 * publishes (each in its own transaction) and reads them back, so that readers need not know where
 * they are stored. Registered exactly while the log is, so the host keeps its events while the
 * database is not up and hands them over once it is.
 */
@Component(service = {PluginEventRecorder.class, PluginHistory.class})
public class StoredPluginHistory implements PluginEventRecorder, PluginHistory {

    private final PluginEventLog log;

    @Activate
    public StoredPluginHistory(@Reference PluginEventLog log) {
        this.log = log;
    }

    @Override
    public void record(PluginEvent event) {
        log.append(event);
    }

    @Override
    public Page<PluginEvent> events(int offset, int limit) {
        return log.list(offset, limit);
    }
}
