package org.skilleval.core.lifecycle;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.rules.WorkPlanStatus;
import org.skilleval.core.security.Caller;

/**
 * Work plans (工作方案, seed 二（二）、（三）): a pilot enterprise writes its plan, publishes it to all
 * its employees, and submits it by the work-plan deadline; the provincial centre's expert review
 * approves it, pinning the plugin versions the plan's assessments will run on, or rejects it, which
 * takes the enterprise out of the round. Only an approved plan allows assessments.
 *
 * <p>Transitions: DRAFT → PUBLISHED (publish) → DRAFT (withdraw) or SUBMITTED (submit) → APPROVED
 * or REJECTED (review). Content changes only in DRAFT.
 */
@ProviderType
public interface WorkPlanService {

    /**
     * Creates or revises the draft plan of the enterprise's participation.
     *
     * @param version the version of the plan the caller read; {@code null} to create it
     * @throws org.skilleval.plugin.api.InvalidInputException listing every problem of the content,
     *         including the plugins' own checks of their configuration
     */
    WorkPlanRecord save(Caller caller, long participationId, Long version, WorkPlanRecord.Content content);

    WorkPlanRecord publish(Caller caller, long planId, long version);

    WorkPlanRecord withdraw(Caller caller, long planId, long version);

    /**
     * Submits a published plan for review, by the work-plan deadline, once the province has accepted
     * the enterprise; the plugins check their configuration again.
     */
    WorkPlanRecord submit(Caller caller, long planId, long version);

    /** The province's expert review of a submitted plan, by the plan-review deadline. */
    WorkPlanRecord review(Caller caller, long planId, long version, boolean approve, String note);

    /**
     * A plan in the caller's scope; an applicant sees the plans of their own enterprise once
     * published (the seed: 向全体职工公布), never a draft.
     *
     * @throws org.skilleval.core.domain.NotFoundException outside the caller's scope
     */
    WorkPlanRecord find(Caller caller, long planId);

    /** A round's plans in the caller's scope; an applicant sees those {@link #find} shows them. */
    Page<WorkPlanRecord> list(
            Caller caller, long roundId, String cityCode, WorkPlanStatus status, int offset, int limit);
}
