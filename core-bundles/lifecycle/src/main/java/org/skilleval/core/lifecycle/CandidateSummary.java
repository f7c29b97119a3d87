package org.skilleval.core.lifecycle;

import java.util.Objects;
import org.skilleval.core.domain.ApplicationSummary;

/**
 * A line of the list of candidates under assessment: {@link Candidate} without the form's body,
 * which a list does not show.
 *
 * @param application the application's summary; for an expert, with the ID number masked (see
 *        {@link AssessmentService})
 * @param panelId the panel that assesses the candidate
 * @param sheetsExpected how many sheets the evaluation needs: panel members × assessment methods
 * @param sheetsSubmitted how many of them are submitted
 * @since 2.5
 */
public record CandidateSummary(ApplicationSummary application, long panelId, int sheetsExpected, long sheetsSubmitted) {

    public CandidateSummary {
        Objects.requireNonNull(application, "application");
    }
}
