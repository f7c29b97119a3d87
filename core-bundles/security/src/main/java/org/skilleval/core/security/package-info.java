/** Who is calling SkillEval: authentication, session tokens, roles and tenancy scopes. */
@Export
@Version("1.3.0")
package org.skilleval.core.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
