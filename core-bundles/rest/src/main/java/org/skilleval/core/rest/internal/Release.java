package org.skilleval.core.rest.internal;

import org.osgi.framework.Bundle;

/** The SkillEval release of the running core, which the API reports in its health and OpenAPI. */
final class Release {

    /** Manifest header carrying the SkillEval release, set by the build for every bundle. */
    static final String HEADER = "SkillEval-Version";

    private Release() {}

    static String of(Bundle bundle) {
        String version = bundle.getHeaders().get(HEADER);
        return version == null ? bundle.getVersion().toString() : version;
    }
}
