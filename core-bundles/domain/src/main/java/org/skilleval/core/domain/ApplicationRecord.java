package org.skilleval.core.domain;

import java.util.Objects;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;
import org.skilleval.core.rules.ResidentIdNumber;

/**
 * An employee's application for one round (特级技师评审申报表).
 *
 * @param id the application's id
 * @param version the optimistic-locking version
 * @param roundId the round
 * @param participationId the enterprise's participation in the round
 * @param creditCode the enterprise (tenant key)
 * @param cityCode the enterprise's city
 * @param applicantKey the applicant's login scope ({@code applicant:<key>})
 * @param form the form as filled in
 * @param status where it stands
 * @param eligibility the core's eligibility decision, computed at submission; {@code null} before
 * @param enterpriseOpinion the enterprise's opinion (企业意见); empty before
 */
public record ApplicationRecord(
        long id,
        long version,
        long roundId,
        long participationId,
        String creditCode,
        String cityCode,
        String applicantKey,
        ApplicationForm form,
        ApplicationStatus status,
        EligibilityDecision eligibility,
        String enterpriseOpinion) {

    public ApplicationRecord {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(status, "status");
        enterpriseOpinion = enterpriseOpinion == null ? "" : enterpriseOpinion;
    }

    public ApplicationRecord withForm(ApplicationForm newForm) {
        return new ApplicationRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                cityCode,
                applicantKey,
                newForm,
                status,
                eligibility,
                enterpriseOpinion);
    }

    public ApplicationRecord submitted(EligibilityDecision decision) {
        return new ApplicationRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                cityCode,
                applicantKey,
                form,
                ApplicationStatus.SUBMITTED,
                decision,
                enterpriseOpinion);
    }

    public ApplicationRecord withStatus(ApplicationStatus newStatus, String opinion) {
        return new ApplicationRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                cityCode,
                applicantKey,
                form,
                newStatus,
                eligibility,
                opinion);
    }

    /** Shown in the audit trail and logs: the ID number masked, never in clear. */
    @Override
    public String toString() {
        String masked = mask(form.idNumber());
        return "Application[id=" + id + ", round=" + roundId + ", enterprise=" + creditCode + ", applicant="
                + applicantKey + ", name=" + form.name() + ", idNumber=" + masked + ", occupation="
                + form.appliedOccupation() + ", status=" + status + ", eligible="
                + (eligibility == null ? "?" : eligibility.eligible()) + ", opinion=" + enterpriseOpinion + "]";
    }

    /**
     * An ID number as logs and other tenants may see it: the first 4 and last 2 characters, as
     * {@link org.skilleval.core.rules.ResidentIdNumber#masked()} shows a valid one; anything else
     * entirely hidden.
     */
    public static String mask(String idNumber) {
        return ResidentIdNumber.mask(idNumber);
    }
}
