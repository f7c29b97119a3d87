package org.skilleval.core.pluginhost.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "SkillEval plugin containment",
        description = "The packages plugin bundles (uploaded by enterprises or dropped into deploy/) may import")
public @interface ContainmentConfiguration {

    String PID = "org.skilleval.core.pluginhost.containment";

    @AttributeDefinition(
            name = "Allowed imports",
            description = "Packages a plugin bundle may import besides java.* and the plugin API"
                    + " (comma-separated in a .cfg file)"
                    + " (org.skilleval.plugin.api.*). A pattern ending in .* covers the package and every package"
                    + " under it. Applies to bundles resolved after the change.")
    String[] allowedImports() default {"org.slf4j"};
}
