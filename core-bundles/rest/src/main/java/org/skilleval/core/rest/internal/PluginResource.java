package org.skilleval.core.rest.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.domain.PluginEvent;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.lifecycle.CityExtensionService;
import org.skilleval.core.lifecycle.PluginHistory;
import org.skilleval.core.lifecycle.PluginInfo;
import org.skilleval.core.lifecycle.PluginUploadService;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.dto.EvidenceSpec;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;

/** The plugins the running core has, and the history of plugins coming and going. */
@Component(service = ApiResource.class)
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PluginResource implements ApiResource {

    record Name(String zh, String en) {}

    /** @param enterprise the credit code of the enterprise owning the plugin; {@code null} for the platform's */
    record Plugin(
            String kind,
            String id,
            Name name,
            String bundleSymbolicName,
            String bundleVersion,
            long bundleId,
            String state,
            String problem,
            String enterprise) {

        static Plugin of(PluginDescriptor d) {
            return new Plugin(
                    d.kind().name(),
                    d.id(),
                    new Name(d.name().zh(), d.name().en()),
                    d.bundleSymbolicName(),
                    d.bundleVersion(),
                    d.bundleId(),
                    d.state().name(),
                    d.problem(),
                    d.isEnterprisePlugin() ? d.enterprise() : null);
        }
    }

    record PluginList(List<Plugin> items, int total) {}

    /**
     * A plugin parameter as consoles render it: {@code min}, {@code max} and {@code pattern} are
     * {@code null} and {@code options} empty when the plugin sets no such limit (plugin API 1.3).
     */
    record Parameter(
            String key,
            Name label,
            String type,
            String defaultValue,
            boolean required,
            String min,
            String max,
            String pattern,
            List<String> options) {

        static Parameter of(ParameterSpec p) {
            return new Parameter(
                    p.key(),
                    localized(p.label()),
                    p.type().name(),
                    p.defaultValue(),
                    p.required(),
                    p.min(),
                    p.max(),
                    p.pattern(),
                    p.options());
        }
    }

    record EvidenceField(String id, Name label, String type, boolean required) {}

    record Evidence(Name summary, List<EvidenceField> fields) {

        static Evidence of(EvidenceSpec e) {
            return e == null
                    ? null
                    : new Evidence(
                            localized(e.summary()),
                            e.fields().stream()
                                    .map(f -> new EvidenceField(
                                            f.id(),
                                            localized(f.label()),
                                            f.type().name(),
                                            f.required()))
                                    .toList());
        }
    }

    /** One registered version; {@code description}, {@code parameters} and {@code evidence} only when active. */
    record Version(
            String kind,
            Name name,
            String bundleSymbolicName,
            String bundleVersion,
            long bundleId,
            String state,
            String problem,
            List<String> cities,
            Name description,
            List<Parameter> parameters,
            Evidence evidence,
            long pinnedBy) {

        static Version of(PluginInfo.Registration r) {
            PluginDescriptor d = r.descriptor();
            return new Version(
                    d.kind().name(),
                    localized(d.name()),
                    d.bundleSymbolicName(),
                    d.bundleVersion(),
                    d.bundleId(),
                    d.state().name(),
                    d.problem(),
                    d.cities(),
                    r.description() == null ? null : localized(r.description()),
                    r.parameters().stream().map(Parameter::of).toList(),
                    Evidence.of(r.evidence()),
                    r.pinnedBy());
        }
    }

    /** A city's decision on the extension; who made it is for the city and the province only. */
    record Enablement(String city, boolean enabled, Instant changedAt) {

        static Enablement of(CityExtensionRecord r) {
            return new Enablement(r.cityCode(), r.enabled(), r.changedAt());
        }
    }

    record Pin(long roundId, String kind, String version, long plans) {

        static Pin of(PinnedVersionCount p) {
            return new Pin(p.roundId(), p.kind(), p.pinnedVersion(), p.plans());
        }
    }

    /**
     * Everything known about one plugin id.
     *
     * @param cities the cities any registered version declares; empty for a province-wide plugin
     */
    record Info(
            String id,
            List<String> cities,
            List<Version> versions,
            List<Enablement> enablements,
            List<Pin> pinnedByApprovedPlans) {

        static Info of(PluginInfo info) {
            return new Info(
                    info.id(),
                    info.registrations().stream()
                            .flatMap(r -> r.descriptor().cities().stream())
                            .distinct()
                            .sorted()
                            .toList(),
                    info.registrations().stream().map(Version::of).toList(),
                    info.enablements().stream().map(Enablement::of).toList(),
                    info.pins().stream().map(Pin::of).toList());
        }
    }

    /**
     * The enterprise upload an event's bundle came from: who uploaded it and who approved it.
     *
     * @param reviewedBy the reviewer of its installation or, once removed, of its removal
     */
    record Upload(long uploadId, String enterprise, String uploadedBy, String reviewedBy) {

        static Upload of(PluginUploadRecord u) {
            return new Upload(
                    u.id(), u.creditCode(), u.uploadedBy(), u.reviewedBy().isEmpty() ? null : u.reviewedBy());
        }
    }

    /** @param upload the enterprise upload behind the bundle, when the caller may see it; {@code null} otherwise */
    record Event(
            long id,
            Instant occurredAt,
            String type,
            String kind,
            String pluginId,
            String bundleSymbolicName,
            String bundleVersion,
            Upload upload) {

        static Event of(PluginEvent e, Upload upload) {
            return new Event(
                    e.id(),
                    e.occurredAt(),
                    e.type().name(),
                    e.kind(),
                    e.pluginId(),
                    e.bundleSymbolicName(),
                    e.bundleVersion(),
                    upload);
        }
    }

    private final PluginRegistry registry;
    private final Supplier<PluginHistory> history;
    private final CityExtensionService extensions;
    private final PluginUploadService uploads;

    /** Present while the database is: without it only the events answer 503, the rest still works. */
    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PluginHistory pluginHistory;

    @Activate
    public PluginResource(
            @Reference PluginRegistry registry,
            @Reference CityExtensionService extensions,
            @Reference PluginUploadService uploads) {
        this.registry = registry;
        this.history = () -> pluginHistory;
        this.extensions = extensions;
        this.uploads = uploads;
    }

    PluginResource(
            PluginRegistry registry,
            Supplier<PluginHistory> history,
            CityExtensionService extensions,
            PluginUploadService uploads) {
        this.registry = registry;
        this.history = history;
        this.extensions = extensions;
        this.uploads = uploads;
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
    public PageBody<Event> events(
            @Context SecurityContext security, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit);
        PluginHistory events = history.get();
        if (events == null) {
            throw ApiException.serviceUnavailable(LocalizedMessage.of(
                    "数据库尚未就绪，插件事件暂不可读", "The database is not ready; plugin events cannot be read yet"));
        }
        Page<PluginEvent> page = events.events(paging.offset(), paging.limit());
        Map<String, Upload> visible = visibleUploads(security);
        return PageBody.of(page, e -> Event.of(e, visible.get(e.bundleSymbolicName() + "/" + e.bundleVersion())));
    }

    /**
     * The uploads behind bundles, by {@code symbolic name/version}, as far as the caller may see them
     * (the province all, a city its enterprises', an enterprise's HR or plugin developer its own): an
     * event names the uploader
     * and the reviewer only to those who may read the upload itself.
     */
    private Map<String, Upload> visibleUploads(SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof CallerPrincipal principal)) {
            return Map.of();
        }
        Caller caller = principal.caller();
        if (!caller.has(Role.PROVINCE)
                && !caller.has(Role.CITY)
                && caller.pluginOwner().isEmpty()) {
            return Map.of();
        }
        Map<String, Upload> visible = new HashMap<>();
        for (PluginUploadRecord upload : uploads.list(caller)) {
            // only an installed upload has plugin events; a rejected one of the same version must not claim them
            if (upload.status() != PluginUploadRecord.Status.PENDING
                    && upload.status() != PluginUploadRecord.Status.REJECTED) {
                visible.putIfAbsent(upload.symbolicName() + "/" + upload.bundleVersion(), Upload.of(upload));
            }
        }
        return visible;
    }

    /**
     * Everything known about one plugin id: every registered version with its bundle, state,
     * problem, cities, parameters and evidence, the cities' enablement, and how many approved work
     * plans pinned each version. 404 when nothing is known about the id.
     */
    @GET
    @Path("{id}")
    public Info info(@PathParam("id") String id) {
        return extensions.pluginInfo(id).map(Info::of).orElseThrow(() -> new NotFoundException("Plugin", id));
    }

    private static Name localized(LocalizedText text) {
        return new Name(text.zh(), text.en());
    }
}
