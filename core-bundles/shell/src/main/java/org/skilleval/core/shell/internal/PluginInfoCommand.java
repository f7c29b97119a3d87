package org.skilleval.core.shell.internal;

import java.io.PrintStream;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.lifecycle.CityExtensionService;
import org.skilleval.core.lifecycle.PluginInfo;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.plugin.api.dto.EvidenceField;
import org.skilleval.plugin.api.dto.ParameterSpec;

@Command(
        scope = "skilleval",
        name = "plugin-info",
        description = "Shows every registered version of a plugin, its configuration, cities and the plans that pin it")
@Service
public class PluginInfoCommand implements Action {

    @Reference
    CityExtensionService extensions;

    @Argument(index = 0, name = "id", description = "The plugin id, e.g. oral-defense", required = true)
    @Completion(PluginIdCompleter.class)
    String id;

    @Override
    public Object execute() {
        print(extensions.pluginInfo(id), id, System.out);
        return null;
    }

    static void print(Optional<PluginInfo> found, String id, PrintStream out) {
        if (found.isEmpty()) {
            out.println("No plugin " + id + " is registered, enabled by a city or pinned by an approved plan.");
            return;
        }
        PluginInfo info = found.get();
        out.println("Plugin " + info.id());
        if (info.registrations().isEmpty()) {
            out.println("  No version is registered now.");
        }
        for (PluginInfo.Registration registration : info.registrations()) {
            PluginDescriptor d = registration.descriptor();
            out.println();
            out.println("  " + d.kind() + " " + d.bundleVersion() + "  "
                    + d.name().zh() + " / " + d.name().en());
            out.println(
                    "    Bundle:   " + d.bundleSymbolicName() + " [" + d.bundleId() + "], service " + d.serviceId());
            out.println("    State:    " + d.state() + (d.problem().isEmpty() ? "" : ": " + d.problem()));
            out.println("    Cities:   " + (d.isCityExtension() ? String.join(", ", d.cities()) : "whole province"));
            out.println("    Pinned by " + registration.pinnedBy() + " approved work plan(s)");
            if (!registration.parameters().isEmpty()) {
                out.println("    Parameters:");
                for (ParameterSpec p : registration.parameters()) {
                    out.println("      " + p.key() + " (" + p.type() + (p.required() ? ", required" : "")
                            + (p.defaultValue() == null ? "" : ", default " + p.defaultValue()) + ")  "
                            + p.label().zh());
                }
            }
            if (registration.evidence() != null) {
                out.println("    Evidence:");
                for (EvidenceField f : registration.evidence().fields()) {
                    out.println("      " + f.id() + " (" + f.type() + (f.required() ? ", required" : "") + ")  "
                            + f.label().zh());
                }
            }
        }
        if (!info.enablements().isEmpty()) {
            out.println();
            out.println("  Cities' decisions:");
            for (CityExtensionRecord e : info.enablements()) {
                out.println("    " + e.cityCode() + " " + (e.enabled() ? "ENABLED" : "DISABLED") + " by "
                        + e.changedBy() + " at " + e.changedAt());
            }
        }
        if (!info.pins().isEmpty()) {
            out.println();
            out.println("  Approved work plans pinning a version:");
            for (PinnedVersionCount pin : info.pins()) {
                out.println("    round " + pin.roundId() + ": " + pin.plans() + " plan(s), " + pin.kind() + " "
                        + pin.pinnedVersion());
            }
        }
    }
}
