package org.skilleval.core.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "SkillEval demo data",
        description = "Seeds an empty database with the demo logins and a demo round")
public @interface DemoConfiguration {

    String PID = "org.skilleval.core.demo";

    @AttributeDefinition(
            name = "Enabled",
            description =
                    "Create the demo logins that are missing, and seed the demo round when the database holds no round")
    boolean enabled() default true;

    @AttributeDefinition(
            name = "Round",
            description = "Seed the demo round too; false leaves only the demo logins (the integration tests do)")
    boolean round() default true;
}
