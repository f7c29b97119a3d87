package org.skilleval.core.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.skilleval.core.lifecycle.CityExtension;
import org.skilleval.core.lifecycle.CityExtensionService;

@Command(
        scope = "skilleval",
        name = "extension-disable",
        description = "Disables a city extension for the enterprises of a city, as an operator (audited)")
@Service
public class ExtensionDisableCommand implements Action {

    @Reference
    CityExtensionService extensions;

    @Argument(index = 0, name = "city", description = "A city code or name, e.g. 3205 or 苏州", required = true)
    @Completion(CityCompleter.class)
    String city;

    @Argument(index = 1, name = "pluginId", description = "The extension's plugin id", required = true)
    @Completion(PluginIdCompleter.class)
    String pluginId;

    @Override
    public Object execute() {
        CityExtension changed = extensions.setEnabledByOperator(Operator.current(), city, pluginId, false);
        System.out.println(Operator.describe(changed));
        return null;
    }
}
