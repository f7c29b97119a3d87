package org.skilleval.core.shell.internal;

import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.skilleval.core.lifecycle.CityExtension;
import org.skilleval.core.lifecycle.CityExtensionService;

@Command(
        scope = "skilleval",
        name = "extensions",
        description = "Lists the city extensions and whether each city's agency enabled them")
@Service
public class ExtensionsCommand implements Action {

    @Reference
    CityExtensionService extensions;

    @Argument(index = 0, name = "city", description = "A city code or name, e.g. 3205 or 苏州; all cities when left out")
    @Completion(CityCompleter.class)
    String city;

    @Override
    public Object execute() {
        print(extensions.listForOperator(city), System.out);
        return null;
    }

    static void print(List<CityExtension> list, PrintStream out) {
        ShellTable table = new ShellTable();
        table.column("City");
        table.column("Plugin");
        table.column("Name");
        table.column("Installed");
        table.column("State");
        table.column("Changed by");
        table.column("Changed at");
        table.emptyTableText("No city extension is installed or recorded.");
        for (CityExtension e : list) {
            table.addRow()
                    .addContent(
                            e.cityCode(),
                            e.pluginId(),
                            e.name().zh() + " / " + e.name().en(),
                            e.installed() ? "yes" : "no",
                            e.enabled() ? "ENABLED" : "DISABLED",
                            e.changedBy() == null ? "" : e.changedBy(),
                            e.changedAt() == null ? "" : e.changedAt());
        }
        table.print(out);
    }
}
