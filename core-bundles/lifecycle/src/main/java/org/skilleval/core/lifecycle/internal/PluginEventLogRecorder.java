package org.skilleval.core.lifecycle.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.PluginEvent;
import org.skilleval.core.persistence.PluginEventLog;
import org.skilleval.core.pluginhost.PluginEventRecorder;

/**
 * Writes the plugin events the plugin host publishes to the platform's event log, each in its own
 * transaction. Registered exactly while the log is, so the host keeps its events while the
 * database is not up and hands them over once it is.
 */
@Component(service = PluginEventRecorder.class)
public class PluginEventLogRecorder implements PluginEventRecorder {

    private final PluginEventLog log;

    @Activate
    public PluginEventLogRecorder(@Reference PluginEventLog log) {
        this.log = log;
    }

    @Override
    public void record(PluginEvent event) {
        log.append(event);
    }
}
