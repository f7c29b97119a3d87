package org.skilleval.core.domain;

import java.util.Objects;
import org.skilleval.core.rules.ApplicationStatus;

/**
 * One line of a list of applications: what a list shows, without the form's body (the work record,
 * achievements, awards…), which only {@link ApplicationRecord} carries. Lists are read far more
 * often than single applications, and the form is by far the largest part of a row.
 *
 * @param id the application's id
 * @param version the optimistic-locking version
 * @param roundId the round
 * @param participationId the enterprise's participation in the round
 * @param creditCode the enterprise (tenant key)
 * @param cityCode the enterprise's city
 * @param applicantKey the applicant's login scope
 * @param name the applicant's name as typed on the form; {@code null} when not filled in
 * @param idNumber the ID number as typed (unmasked: callers mask it for display), or {@code null}
 * @param appliedOccupation the occupation applied for as typed, or {@code null}
 * @param status where it stands
 * @param eligible the computed eligibility; {@code null} before submission
 */
public record ApplicationSummary(
        long id,
        long version,
        long roundId,
        long participationId,
        String creditCode,
        String cityCode,
        String applicantKey,
        String name,
        String idNumber,
        String appliedOccupation,
        ApplicationStatus status,
        Boolean eligible) {

    public ApplicationSummary {
        Objects.requireNonNull(status, "status");
    }

    /** The summary of a whole application, exactly as a list shows it. */
    public static ApplicationSummary of(ApplicationRecord application) {
        return new ApplicationSummary(
                application.id(),
                application.version(),
                application.roundId(),
                application.participationId(),
                application.creditCode(),
                application.cityCode(),
                application.applicantKey(),
                application.form().name(),
                application.form().idNumber(),
                application.form().appliedOccupation(),
                application.status(),
                application.eligibility() == null
                        ? null
                        : application.eligibility().eligible());
    }
}
