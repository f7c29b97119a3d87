package org.skilleval.core.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginRegistry;

/** Completes the ids of the plugins registered now. */
@Service
public class PluginIdCompleter implements Completer {

    @Reference
    PluginRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(registry.plugins().stream()
                        .map(PluginDescriptor::id)
                        .distinct()
                        .toList())
                .complete(session, commandLine, candidates);
    }
}
