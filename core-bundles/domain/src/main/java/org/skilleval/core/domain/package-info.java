/**
 * The domain model of the SkillEval core: immutable records of the pilot scheme's aggregates
 * (rounds, participations, work plans, applications, panels, score sheets, results, proposal
 * lists, objections, certificates, sanctions), the values they carry, pages of them, audit and
 * plugin events, and the domain exceptions {@link org.skilleval.core.domain.NotFoundException}
 * and {@link org.skilleval.core.domain.ConflictException} (and
 * {@link org.skilleval.core.domain.DatabaseUnavailableException} when the database does not answer), and the platform's own accounts and expert
 * pool ({@link org.skilleval.core.domain.AccountRecord}, {@link org.skilleval.core.domain.PoolExpertRecord}). No behaviour beyond validating its own
 * contract: the stores ({@code org.skilleval.core.persistence}) keep these values, the lifecycle
 * services hand them out, the REST layer turns them into DTOs.
 */
@Export
@Version("2.3.0")
package org.skilleval.core.domain;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
