package org.skilleval.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginRegistry;

@Command(
        scope = "skilleval",
        name = "plugins",
        description = "Lists the assessment-method and scoring-scheme plugins the core has now")
@Service
public class PluginsCommand implements Action {

    @Reference
    PluginRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Kind");
        table.column("Id");
        table.column("Name");
        table.column("Bundle");
        table.column("Version");
        table.column("State");
        for (PluginDescriptor plugin : registry.plugins()) {
            table.addRow()
                    .addContent(
                            plugin.kind(),
                            plugin.id(),
                            plugin.name().zh() + " / " + plugin.name().en(),
                            plugin.bundleSymbolicName() + " [" + plugin.bundleId() + "]",
                            plugin.bundleVersion(),
                            plugin.problem().isEmpty() ? plugin.state() : plugin.state() + ": " + plugin.problem());
        }
        table.print(System.out);
        return null;
    }
}
