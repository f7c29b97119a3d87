package org.skilleval.core.lifecycle;

import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditAnchor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.domain.Page;
import org.skilleval.core.security.Caller;

/**
 * The audit trail of any object for the province: every state change with who, in which role,
 * when, what, and the object before and after (ID numbers masked).
 */
@ProviderType
public interface AuditService {

    /**
     * The kinds of object that keep a trail, as the API names them. An {@code Enterprise}'s id is its
     * unified social credit code; every other id is a number.
     */
    Set<String> OBJECT_TYPES = Set.of(
            "Round",
            "Enterprise",
            "Participation",
            "WorkPlan",
            "Application",
            "Attachment",
            "Occupation",
            "Sanction",
            "Panel",
            "ScoreSheet",
            "AssessmentResult",
            "SupervisionNote",
            "ProposalList",
            "Objection",
            "Certificate",
            "CityExtension",
            "Account",
            "PoolExpert",
            "PluginUpload",
            "Appointment",
            "AppointmentSettings");

    /**
     * The trail of one object, newest first; empty when the object never changed (or does not exist).
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     * @throws org.skilleval.core.rules.RuleViolationException field {@code objectType} rule
     *     {@code one-of} for a type not in {@link #OBJECT_TYPES}
     */
    Page<AuditEvent> trail(Caller caller, String objectType, String objectId, int offset, int limit);

    /**
     * Walks the whole tamper-evident chain of audit events and names the first broken link: an
     * edited, deleted or inserted event, or a head or anchor that disagrees with the chain.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     */
    AuditVerification verify(Caller caller);

    /**
     * Records the chain's head as an anchor (in the database, and in the log), unless the last
     * anchor already holds it.
     *
     * @return the head as anchored; empty when the chain has no event yet
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     */
    Optional<AuditAnchor> anchor(Caller caller);
}
