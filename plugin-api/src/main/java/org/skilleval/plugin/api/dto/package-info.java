/**
 * Immutable values that cross the boundary between the SkillEval core and its plugins.
 *
 * <p>Every record checks its invariants in its constructor and copies the collections it is
 * given, so a value a plugin receives or returns cannot change afterwards.
 */
@Export
@Version("1.2.0")
package org.skilleval.plugin.api.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
