package org.skilleval.core.lifecycle.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "SkillEval plugin uploads",
        description = "Plugin bundles enterprises upload for review (the allowed imports are set under SkillEval"
                + " plugin containment)")
public @interface PluginUploadConfiguration {

    String PID = "org.skilleval.core.lifecycle.pluginuploads";

    @AttributeDefinition(
            name = "Largest bundle",
            description = "The most bytes one uploaded bundle may have",
            min = "1")
    long maxBytes() default 5L * 1024 * 1024;

    @AttributeDefinition(
            name = "Start level",
            description = "The start level of installed uploads: above the core's (80), so that after a restart"
                    + " they start only once the containment hook is in place",
            min = "1")
    int startLevel() default 90;

    @AttributeDefinition(
            name = "Trusted signers",
            description = "A directory of PEM certificates (.pem, .crt, .cer) whose keys, or keys they issued, the"
                    + " province trusts to sign plugins; relative to Karaf's etc/; read at every upload")
    String trustedSigners() default "skilleval-trusted-signers";

    @AttributeDefinition(
            name = "Require signatures",
            description = "Refuse any upload that is not wholly signed by a trusted key; otherwise the check only"
                    + " reports the signature (a broken signature is refused either way)")
    boolean requireSignature() default false;
}
