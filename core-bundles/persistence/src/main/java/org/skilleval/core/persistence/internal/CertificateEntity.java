package org.skilleval.core.persistence.internal;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.rules.CertificateStatus;

@Entity
@Table(
        name = "CERTIFICATE",
        uniqueConstraints = {
            // The last guard of "one code, one certificate", whatever the serial allocation does.
            @UniqueConstraint(
                    name = "UQ_CERT_CODE",
                    columnNames = {"CODE"}),
            @UniqueConstraint(
                    name = "UQ_CERT_APP",
                    columnNames = {"APPLICATION_ID"})
        },
        indexes = {
            @Index(name = "IDX_CERT_ROUND", columnList = "ROUND_ID,CITY_CODE,STATUS"),
            @Index(name = "IDX_CERT_ENT", columnList = "CREDIT_CODE,STATUS"),
            @Index(name = "IDX_CERT_LIST", columnList = "LIST_ID")
        })
public class CertificateEntity implements VersionedEntity<CertificateRecord> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CODE", nullable = false, length = 22)
    private String code;

    @Column(name = "APPLICATION_ID", nullable = false)
    private long applicationId;

    @Column(name = "LIST_ID", nullable = false)
    private long listId;

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "NAME", length = 100)
    private String name;

    @Column(name = "OCCUPATION", length = 100)
    private String occupation;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "ENTERPRISE_NAME", length = 200)
    private String enterpriseName;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "REVOCATION_REASON", length = 2000)
    private String revocationReason;

    protected CertificateEntity() {
        // for JPA
    }

    CertificateEntity(CertificateRecord issued) {
        this.code = issued.code();
        this.applicationId = issued.applicationId();
        this.listId = issued.listId();
        this.roundId = issued.roundId();
        this.name = issued.name();
        this.occupation = issued.occupation();
        this.creditCode = issued.creditCode();
        this.enterpriseName = issued.enterpriseName();
        this.cityCode = issued.cityCode();
        this.issuedOn = issued.issuedOn();
        this.status = issued.status();
        this.revocationReason = issued.revocationReason();
    }

    @Override
    public long version() {
        return version;
    }

    /** Only the status and its reason change: a certificate's facts are printed. */
    @Override
    public void apply(CertificateRecord changed) {
        this.status = changed.status();
        this.revocationReason = changed.revocationReason();
    }

    @Override
    public CertificateRecord toRecord() {
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
                status,
                revocationReason);
    }
}
