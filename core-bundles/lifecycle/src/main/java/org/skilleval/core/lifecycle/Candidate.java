package org.skilleval.core.lifecycle;

import java.util.Objects;
import org.skilleval.core.domain.ApplicationRecord;

/**
 * A candidate under assessment, with the progress of the score sheets.
 *
 * @param application the application; for an expert, with the personal data an expert does not
 *        need removed (see {@link AssessmentService})
 * @param panelId the panel that assesses the candidate
 * @param sheetsExpected how many sheets the evaluation needs: panel members × assessment methods
 * @param sheetsSubmitted how many of them are submitted
 */
public record Candidate(ApplicationRecord application, long panelId, int sheetsExpected, long sheetsSubmitted) {

    public Candidate {
        Objects.requireNonNull(application, "application");
    }
}
