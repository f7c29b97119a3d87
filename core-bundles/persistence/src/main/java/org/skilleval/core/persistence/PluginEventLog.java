package org.skilleval.core.persistence;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PluginEvent;

/** The durable history of plugins coming and going. */
@ProviderType
public interface PluginEventLog {

    /**
     * Stores an event in its own transaction.
     *
     * @return the stored event with its assigned id
     */
    PluginEvent append(PluginEvent event);

    /**
     * The events, newest first.
     *
     * @param offset how many of the newest events to skip; not negative
     * @param limit the most events to return; positive
     */
    Page<PluginEvent> list(int offset, int limit);
}
