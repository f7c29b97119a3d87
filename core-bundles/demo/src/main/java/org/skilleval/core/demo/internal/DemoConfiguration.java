package org.skilleval.core.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "SkillEval demo data", description = "Seeds an empty database with a demo round")
public @interface DemoConfiguration {

    String PID = "org.skilleval.core.demo";

    @AttributeDefinition(name = "Enabled", description = "Seed the demo when the database holds no round")
    boolean enabled() default true;
}
