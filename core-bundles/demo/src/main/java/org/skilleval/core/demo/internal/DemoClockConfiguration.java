package org.skilleval.core.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "SkillEval demo clock",
        description = "Moves the demo platform's days forward, so that a publicity window can end without"
                + " waiting; exists only while configured")
public @interface DemoClockConfiguration {

    String PID = "org.skilleval.core.demo.clock";

    @AttributeDefinition(
            name = "Days ahead",
            description = "How many days the platform's today lies ahead of the calendar",
            min = "0",
            max = "366")
    int daysAhead() default 0;
}
