package org.skilleval.core.lifecycle;

import java.util.Objects;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * A conflict of interest found between a panel member and a candidate. It never carries the
 * candidate's ID number.
 *
 * @param expertId the member
 * @param expertName the member's name
 * @param applicationId the candidate's application
 * @param candidateName the candidate's name
 * @param ruleId the rule that found it (see {@link ConflictOfInterestRule.Conflict#ruleId()})
 * @param reason why the member may not judge the candidate
 */
public record PanelConflict(
        String expertId,
        String expertName,
        long applicationId,
        String candidateName,
        String ruleId,
        LocalizedText reason) {

    public PanelConflict {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        expertName = expertName == null ? "" : expertName;
        candidateName = candidateName == null ? "" : candidateName;
    }
}
