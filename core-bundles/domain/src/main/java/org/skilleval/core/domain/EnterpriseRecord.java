package org.skilleval.core.domain;

import java.util.Objects;

/**
 * A pilot enterprise as it stands across rounds.
 *
 * @param id the enterprise's id
 * @param version the optimistic-locking version
 * @param creditCode its 统一社会信用代码, the tenant key of its users
 * @param name its name as last recommended
 * @param cityCode the 设区市 it belongs to, e.g. {@code 3205}
 * @param certificateOrganisationCode positions 2–5 of the certificates it issues (评价机构代码);
 *     empty until the enterprise sets it
 * @param certificateSiteCode positions 8–13 of its certificates (评价站点代码); empty until set
 */
public record EnterpriseRecord(
        long id,
        long version,
        String creditCode,
        String name,
        String cityCode,
        String certificateOrganisationCode,
        String certificateSiteCode) {

    public EnterpriseRecord {
        Objects.requireNonNull(creditCode, "creditCode");
        certificateOrganisationCode = certificateOrganisationCode == null ? "" : certificateOrganisationCode;
        certificateSiteCode = certificateSiteCode == null ? "" : certificateSiteCode;
    }

    /** @return whether the enterprise has set the codes its certificates carry */
    public boolean hasCertificateCodes() {
        return !certificateOrganisationCode.isEmpty() && !certificateSiteCode.isEmpty();
    }
}
