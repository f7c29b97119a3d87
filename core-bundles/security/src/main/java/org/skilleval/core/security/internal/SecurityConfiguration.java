package org.skilleval.core.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "SkillEval security", description = "Login realm and session tokens")
public @interface SecurityConfiguration {

    String PID = "org.skilleval.core.security";

    @AttributeDefinition(
            name = "JAAS realm",
            description =
                    "karaf = etc/users.properties; an LDAP realm deployed as a Karaf JAAS realm can be named here")
    String realm() default "karaf";

    @AttributeDefinition(
            name = "Token lifetime (minutes)",
            description = "How long a login stays valid",
            min = "1",
            max = "10080")
    int tokenLifetimeMinutes() default 480;

    @AttributeDefinition(
            name = "Signing key file",
            description =
                    "HMAC key for session tokens; created with 32 random bytes when missing. Empty = data/security/token-signing.key")
    String signingKeyFile() default "";
}
