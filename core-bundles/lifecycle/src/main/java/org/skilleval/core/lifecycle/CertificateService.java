package org.skilleval.core.lifecycle;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.rules.CertificateStatus;
import org.skilleval.core.security.Caller;

/**
 * 特级技师 certificates, seed 二（六）: once both publicities of a list ended without an open
 * objection, the enterprise issues a certificate to every remaining candidate, the code with an
 * upper-case {@code T} at position 16. Anyone can verify a certificate by its code and the holder's
 * name.
 */
@ProviderType
public interface CertificateService {

    /**
     * Issues the certificates of the enterprise's PUBLISHED list, dated today, by the
     * certification deadline. Codes: {@code Y} (employer), the organisation code, {@code 32}, the
     * site code, the year, {@code T}, the next serial of the series. The organisation and site codes
     * are the enterprise's stored ones ({@link PilotEnterpriseService#setCertificateCodes}); an
     * enterprise without stored codes gives them here once and they are stored.
     *
     * @param organisationCode {@code null} to use the stored code; otherwise the enterprise's
     *     evaluation-organisation code (4 digits, {@code 0000} when filed with the province), which
     *     must equal the stored one if there is one
     * @param siteCode {@code null} to use the stored code; otherwise the 6-digit evaluation site code
     *     the province assigned, which must equal the stored one if there is one
     * @return the certificates issued
     * @throws org.skilleval.core.rules.RuleViolationException {@code organisationCode} rule
     *     {@code organisation-code}, {@code certificate-codes-differ} or
     *     {@code certificate-codes-unset}; {@code siteCode} rule {@code site-code}; {@code listId} rule
     *     {@code publicity-not-ended} or {@code objections-open}; {@code status} rule
     *     {@code state}; {@code phase} rule {@code deadline-passed}
     */
    List<CertificateRecord> issue(Caller caller, long listId, long version, String organisationCode, String siteCode);

    /**
     * One certificate within the caller's scope: the province any, a city those of its city's
     * enterprises, an enterprise its own.
     *
     * @throws org.skilleval.core.domain.NotFoundException when there is none or it lies outside
     *     the caller's scope
     * @throws org.skilleval.core.security.AccessDeniedException for callers who see no certificates
     *     (experts, applicants)
     */
    CertificateRecord find(Caller caller, long certificateId);

    /** Certificates within the caller's scope (province, city, enterprise), filtered on the server. */
    Page<CertificateRecord> list(
            Caller caller, Long roundId, Long listId, String cityCode, CertificateStatus status, int offset, int limit);

    /**
     * For everyone: the certificate with this code whose holder has this name. Says nothing about
     * whether the code exists when the name does not match.
     *
     * @return the certificate, valid or revoked; empty when code and name do not match one
     * @throws org.skilleval.core.rules.RuleViolationException {@code code} with the rule of
     *     {@link org.skilleval.core.rules.CertificateCode} it breaks; {@code name} rule
     *     {@code required}
     */
    Optional<CertificateRecord> verify(String code, String name);
}
