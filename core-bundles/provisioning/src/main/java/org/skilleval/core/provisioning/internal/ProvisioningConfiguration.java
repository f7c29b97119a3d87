package org.skilleval.core.provisioning.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "SkillEval plugin provisioning",
        description = "Keeps this node's plugin features, bundles and configurations, and approved uploads, as the"
                + " shared database says (several nodes over one database)")
public @interface ProvisioningConfiguration {

    String PID = "org.skilleval.core.provisioning";

    @AttributeDefinition(
            name = "Interval",
            description = "Milliseconds between two passes: how soon a change on one node reaches the others",
            min = "200")
    long intervalMillis() default 2000;

    @AttributeDefinition(
            name = "Upload start level",
            description = "The start level of uploads installed here; keep it as the plugin uploads' (90), above"
                    + " the core's, so that after a restart they start only once the containment hook is in place",
            min = "1")
    int uploadStartLevel() default 90;

    @AttributeDefinition(
            name = "Node name",
            description = "How this node signs the changes it records; empty: karaf.name@host name")
    String nodeName() default "";
}
