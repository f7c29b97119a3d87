package org.skilleval.core.rest.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.skilleval.core.persistence.Page;
import org.skilleval.core.persistence.PluginEvent;
import org.skilleval.core.persistence.PluginEventLog;
import org.skilleval.core.registry.PluginDescriptor;
import org.skilleval.core.registry.PluginRegistry;

/** The plugins the running core has, and the history of plugins coming and going. */
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PluginResource {

    record Name(String zh, String en) {}

    record Plugin(
            String kind,
            String id,
            Name name,
            String bundleSymbolicName,
            String bundleVersion,
            long bundleId,
            String state,
            String problem) {

        static Plugin of(PluginDescriptor d) {
            return new Plugin(
                    d.kind().name(),
                    d.id(),
                    new Name(d.name().zh(), d.name().en()),
                    d.bundleSymbolicName(),
                    d.bundleVersion(),
                    d.bundleId(),
                    d.state().name(),
                    d.problem());
        }
    }

    record PluginList(List<Plugin> items, int total) {}

    record Event(
            long id,
            Instant occurredAt,
            String type,
            String kind,
            String pluginId,
            String bundleSymbolicName,
            String bundleVersion) {

        static Event of(PluginEvent e) {
            return new Event(
                    e.id(),
                    e.occurredAt(),
                    e.type().name(),
                    e.kind(),
                    e.pluginId(),
                    e.bundleSymbolicName(),
                    e.bundleVersion());
        }
    }

    private final PluginRegistry registry;
    private final Supplier<PluginEventLog> eventLog;

    public PluginResource(PluginRegistry registry, Supplier<PluginEventLog> eventLog) {
        this.registry = registry;
        this.eventLog = eventLog;
    }

    /** Every plugin service registered now, methods first. */
    @GET
    public PluginList plugins() {
        List<Plugin> plugins = registry.plugins().stream().map(Plugin::of).toList();
        return new PluginList(plugins, plugins.size());
    }

    /** When which plugin version came and went, newest first, paged. */
    @GET
    @Path("events")
    public PageBody<Event> events(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        PluginEventLog log = eventLog.get();
        if (log == null) {
            throw ApiException.serviceUnavailable(LocalizedMessage.of(
                    "数据库尚未就绪，插件事件暂不可读", "The database is not ready; plugin events cannot be read yet"));
        }
        Page<PluginEvent> page = log.list(paging.offset(), paging.limit());
        return PageBody.of(page, Event::of);
    }
}
