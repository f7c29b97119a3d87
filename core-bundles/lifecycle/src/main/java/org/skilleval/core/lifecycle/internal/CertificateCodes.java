package org.skilleval.core.lifecycle.internal;

import org.skilleval.core.rules.CertificateCode;
import org.skilleval.core.rules.RuleViolationException;

/** The organisation and site codes of an enterprise's certificates, checked by the certificate code's rules. */
final class CertificateCodes {

    private CertificateCodes() {}

    /**
     * @throws RuleViolationException {@code organisationCode} or {@code siteCode} with rule
     *     {@code required}, {@code organisation-code} or {@code site-code}
     */
    static void check(String organisationCode, String siteCode) {
        if (organisationCode == null || organisationCode.isBlank()) {
            throw new RuleViolationException(
                    "organisationCode", "required", "请填写评价机构代码（4位数字）", "the organisation code (4 digits) is required");
        }
        if (siteCode == null || siteCode.isBlank()) {
            throw new RuleViolationException(
                    "siteCode", "required", "请填写评价站点代码（6位数字）", "the site code (6 digits) is required");
        }
        // Every part of a real code is checked; the year and serial stand in for those of an issuance.
        CertificateCode.of(
                CertificateCode.EMPLOYER,
                organisationCode,
                CertificateCode.JIANGSU,
                siteCode,
                2000,
                CertificateCode.PRINCIPAL_TECHNICIAN_LEVEL,
                1);
    }
}
