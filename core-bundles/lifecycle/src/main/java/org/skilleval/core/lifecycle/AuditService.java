package org.skilleval.core.lifecycle;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.Page;
import org.skilleval.core.security.Caller;

/**
 * The audit trail of any object for the province: every state change with who, in which role,
 * when, what, and the object before and after (ID numbers masked).
 */
@ProviderType
public interface AuditService {

    /** The kinds of object that keep a trail, as the API names them. */
    Set<String> OBJECT_TYPES = Set.of(
            "Round",
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
            "PoolExpert");

    /**
     * The trail of one object, newest first; empty when the object never changed (or does not exist).
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     * @throws org.skilleval.core.rules.RuleViolationException field {@code objectType} rule
     *     {@code one-of} for a type not in {@link #OBJECT_TYPES}
     */
    Page<AuditEvent> trail(Caller caller, String objectType, String objectId, int offset, int limit);
}
