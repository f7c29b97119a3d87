package org.skilleval.core.documents.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "SkillEval documents", description = "Printable documents: PDF and Excel")
public @interface DocumentsConfiguration {

    String PID = "org.skilleval.core.documents";

    @AttributeDefinition(
            name = "Public base URL",
            description = "公开访问地址: where the public reaches the web console, e.g. https://tjjs.example.gov.cn."
                    + " A certificate's QR code opens <publicBaseUrl>/verify?code=…&name=…; publicity notices name it"
                    + " as the place to object.")
    String publicBaseUrl() default "http://localhost:8181";
}
