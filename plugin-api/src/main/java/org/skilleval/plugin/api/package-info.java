/**
 * The SkillEval plugin contract.
 *
 * <p>A plugin bundle provides {@link org.skilleval.plugin.api.AssessmentMethod} (评审方式) or
 * {@link org.skilleval.plugin.api.ScoringScheme} (评分办法) services. The core tracks them while it
 * runs: installing, updating or removing a plugin bundle never restarts the core. Values crossing
 * the boundary are the immutable records of {@link org.skilleval.plugin.api.dto}.
 *
 * <p>A minimal method, as a Declarative Services component:
 *
 * <pre>{@code
 * @Component(service = AssessmentMethod.class)
 * public class TechnicalChallenge implements AssessmentMethod {
 *     public String id() { return "technical-challenge"; }
 *     ...
 * }
 * }</pre>
 */
@Export
@Version("1.3.0")
package org.skilleval.plugin.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
