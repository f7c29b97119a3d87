package org.skilleval.core.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.EnterpriseRecord;

@Entity
@Table(
        name = "ENTERPRISE",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ENTERPRISE_CREDIT_CODE", columnNames = "CREDIT_CODE"),
        indexes = @Index(name = "IDX_ENTERPRISE_CITY", columnList = "CITY_CODE"))
public class EnterpriseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "CERT_ORGANISATION_CODE", length = 4)
    private String certificateOrganisationCode;

    @Column(name = "CERT_SITE_CODE", length = 6)
    private String certificateSiteCode;

    protected EnterpriseEntity() {
        // for JPA
    }

    EnterpriseEntity(String creditCode, String name, String cityCode) {
        this.creditCode = creditCode;
        this.name = name;
        this.cityCode = cityCode;
    }

    long id() {
        return id;
    }

    String creditCode() {
        return creditCode;
    }

    String name() {
        return name;
    }

    String cityCode() {
        return cityCode;
    }

    void setCertificateCodes(String organisationCode, String siteCode) {
        this.certificateOrganisationCode = organisationCode;
        this.certificateSiteCode = siteCode;
    }

    long version() {
        return version;
    }

    EnterpriseRecord toRecord() {
        return new EnterpriseRecord(
                id, version, creditCode, name, cityCode, certificateOrganisationCode, certificateSiteCode);
    }

    void moveTo(String newCityCode) {
        this.cityCode = newCityCode;
    }

    void rename(String newName) {
        this.name = newName;
    }
}
