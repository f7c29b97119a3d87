package org.skilleval.core.lifecycle;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PluginEvent;

/**
 * When which plugin version came and went, as the plugin host published it and the platform recorded it: the history an operator
 * reads to know what was available when. Registered only while the history can be read, that is
 * while the platform's database is up.
 */
@ProviderType
public interface PluginHistory {

    /**
     * The recorded events, newest first.
     *
     * @param offset how many of the newest events to skip; not negative
     * @param limit the most events to return; positive
     */
    Page<PluginEvent> events(int offset, int limit);
}
