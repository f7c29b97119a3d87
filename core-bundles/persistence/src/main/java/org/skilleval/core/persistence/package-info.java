/**
 * The SkillEval core's persistence services. Callers get plain values; entities and
 * {@code EntityManager}s stay inside this bundle.
 */
@Export
@Version("4.5.0")
package org.skilleval.core.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
