package org.skilleval.core.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.skilleval.core.rules.CertificateStatus;

/**
 * A 特级技师 职业技能等级证书 issued by a pilot enterprise, seed 二（六）.
 *
 * @param id the certificate's id
 * @param version the optimistic-locking version
 * @param code the 22-character code ({@link org.skilleval.core.rules.CertificateCode}), {@code T} at
 *     position 16
 * @param applicationId the holder's application
 * @param listId the proposal list it was issued for
 * @param roundId the round
 * @param name the holder's name
 * @param occupation the occupation (职业/工种)
 * @param creditCode the issuing enterprise's credit code
 * @param enterpriseName the issuing enterprise's name
 * @param cityCode the enterprise's city
 * @param issuedOn the day of issue
 * @param status valid or revoked
 * @param revocationReason why it was revoked; empty while valid
 */
public record CertificateRecord(
        long id,
        long version,
        String code,
        long applicationId,
        long listId,
        long roundId,
        String name,
        String occupation,
        String creditCode,
        String enterpriseName,
        String cityCode,
        LocalDate issuedOn,
        CertificateStatus status,
        String revocationReason) {

    public CertificateRecord {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        revocationReason = revocationReason == null ? "" : revocationReason;
    }

    /** This certificate in another status, e.g. revoked with the reason. */
    public CertificateRecord withStatus(CertificateStatus changed, String reason) {
        return new CertificateRecord(
                id,
                version,
                code,
                applicationId,
                listId,
                roundId,
                name,
                occupation,
                creditCode,
                enterpriseName,
                cityCode,
                issuedOn,
                changed,
                reason);
    }
}
