package org.skilleval.core.lifecycle.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "SkillEval attachments",
        description = "Where uploaded application attachments are kept and which files are accepted")
public @interface AttachmentConfiguration {

    String PID = "org.skilleval.core.lifecycle.attachments";

    @AttributeDefinition(
            name = "Directory",
            description = "Where the files are kept, outside the database; empty means ${karaf.data}/attachments."
                    + " Back it up together with the database.",
            required = false)
    String directory() default "";

    @AttributeDefinition(name = "Largest file", description = "The most bytes one file may have", min = "1")
    long maxBytes() default 20L * 1024 * 1024;

    @AttributeDefinition(
            name = "Accepted content types",
            description = "Media types accepted for upload. Only types whose signature the platform checks take"
                    + " effect: image/jpeg, image/png, application/pdf.")
    String[] contentTypes() default {"image/jpeg", "image/png", "application/pdf"};
}
