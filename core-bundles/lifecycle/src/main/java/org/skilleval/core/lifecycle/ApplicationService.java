package org.skilleval.core.lifecycle;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.Page;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.dto.Violation;

/**
 * Applications (特级技师评审申报表): an employee of a pilot enterprise whose work plan was approved
 * fills in the form and submits it during the evaluation phase; the core validates every field,
 * refuses a person under a sanction, and computes eligibility with reasons; the enterprise gives
 * its opinion (企业意见): endorse an eligible candidate for assessment, or return the form for
 * correction.
 *
 * <p>Applicants sign in with the scope {@code applicant:<统一社会信用代码>-<employee number>}: the
 * part before the first hyphen is their enterprise.
 */
@ProviderType
public interface ApplicationService {

    /**
     * Creates or revises the applicant's own draft (also after the enterprise returned it).
     *
     * @param version the version the caller read; {@code null} to create the application
     */
    ApplicationRecord save(Caller caller, long participationId, Long version, ApplicationForm form);

    /**
     * Submits the application: every field is checked, and eligibility is computed against the
     * round's reference date (its evaluation deadline).
     *
     * @throws org.skilleval.plugin.api.InvalidInputException listing every problem of the form
     * @throws org.skilleval.core.rules.RuleViolationException for a sanctioned person or an occupation
     *         the enterprise's plan does not evaluate
     */
    ApplicationRecord submit(Caller caller, long applicationId, long version);

    /**
     * The 申报表's field rules exactly as {@link #submit} applies them on the platform's today,
     * storing nothing: for a form that says what is wrong as it is typed. Submission still checks
     * what needs stored data (attachments, the plan's occupations, sanctions).
     *
     * @return the violations in form order, fields named as submission names them ({@code form.<field>})
     */
    List<Violation> checkForm(Caller caller, ApplicationForm form);

    /** The enterprise's opinion: endorse an eligible candidate, or return the form with a reason. */
    ApplicationRecord review(Caller caller, long applicationId, long version, boolean endorse, String opinion);

    /** @throws org.skilleval.core.domain.NotFoundException outside the caller's scope */
    ApplicationRecord find(Caller caller, long applicationId);

    /** A round's applications within the caller's scope; an applicant sees their own. */
    Page<ApplicationRecord> list(
            Caller caller,
            long roundId,
            String cityCode,
            ApplicationStatus status,
            Boolean eligible,
            int offset,
            int limit);

    /**
     * The same list as {@link #list}, in the same scope and order, as summaries without the form's
     * body: what list screens show.
     */
    Page<ApplicationSummary> summaries(
            Caller caller,
            long roundId,
            String cityCode,
            ApplicationStatus status,
            Boolean eligible,
            int offset,
            int limit);
}
