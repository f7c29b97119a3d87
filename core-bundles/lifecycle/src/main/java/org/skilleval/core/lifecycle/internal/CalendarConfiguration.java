package org.skilleval.core.lifecycle.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "SkillEval working-day calendar",
        description = "Where the operator's holiday calendar files (*.json) are read from")
public @interface CalendarConfiguration {

    String PID = "org.skilleval.core.lifecycle.calendar";

    @AttributeDefinition(
            name = "Directory",
            description = "The directory of the holiday files; empty means ${karaf.etc}/skilleval-holidays."
                    + " Several nodes over one database name one shared directory, so that they count"
                    + " the same working days.",
            required = false)
    String directory() default "";
}
