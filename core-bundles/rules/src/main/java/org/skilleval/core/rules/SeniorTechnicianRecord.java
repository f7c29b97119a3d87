package org.skilleval.core.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A candidate's 高级技师 qualification (职业资格 or 职业技能等级) and post, as recorded with evidence.
 *
 * <p>Contract: every reference is non-null. The certificate number's format is checked elsewhere
 * (by {@code CertificateCode} or {@code QualificationCertificateNumber}); this record only carries
 * it. The occupation is compared after trimming, so it is stored as given.
 *
 * @param certificateNumber  the 高级技师 certificate's number
 * @param occupation         the occupation (职业/工种) the certificate is for
 * @param certifiedOn        the date of the certificate
 * @param postSince          the date the candidate started working in a 高级技师 post
 * @param stillInOccupation  whether the candidate still works in that occupation (仍从事本职业（工种）工作)
 */
public record SeniorTechnicianRecord(
        String certificateNumber,
        String occupation,
        LocalDate certifiedOn,
        LocalDate postSince,
        boolean stillInOccupation) {

    /**
     * Checks that every reference is present.
     *
     * @throws NullPointerException if any reference is {@code null}
     */
    public SeniorTechnicianRecord {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(certifiedOn, "certifiedOn");
        Objects.requireNonNull(postSince, "postSince");
    }
}
