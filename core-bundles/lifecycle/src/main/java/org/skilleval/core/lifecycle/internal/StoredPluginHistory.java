package org.skilleval.core.lifecycle.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PluginEvent;
import org.skilleval.core.lifecycle.PluginHistory;
import org.skilleval.core.persistence.PluginEventLog;

/**
 * Reads the plugin events {@link PluginEventLogRecorder} wrote, so that readers need not know where
 * they are stored. Present exactly while the event log is.
 */
@Component(service = PluginHistory.class)
public class StoredPluginHistory implements PluginHistory {

    private final PluginEventLog log;

    @Activate
    public StoredPluginHistory(@Reference PluginEventLog log) {
        this.log = log;
    }

    @Override
    public Page<PluginEvent> events(int offset, int limit) {
        return log.list(offset, limit);
    }
}
