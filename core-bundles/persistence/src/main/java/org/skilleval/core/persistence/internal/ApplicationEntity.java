package org.skilleval.core.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;
import org.skilleval.core.rules.EligibilityDecision;

@Entity
@Table(
        name = "APPLICATION",
        uniqueConstraints = {
            @UniqueConstraint(
                    name = "UQ_APP_PERSON",
                    columnNames = {"ROUND_ID", "ID_NUMBER"}),
            @UniqueConstraint(
                    name = "UQ_APP_APPLICANT",
                    columnNames = {"ROUND_ID", "APPLICANT_KEY"})
        },
        indexes = {
            @Index(name = "IDX_APPLICATION_ROUND_CITY", columnList = "ROUND_ID,CITY_CODE,STATUS"),
            @Index(name = "IDX_APPLICATION_ROUND_ENTERPRISE", columnList = "ROUND_ID,CREDIT_CODE,STATUS"),
            @Index(name = "IDX_APPLICATION_ID_NUMBER", columnList = "ID_NUMBER"),
            // the round's first pages in id order without sorting the whole round
            @Index(name = "IDX_APP_ROUND_ID", columnList = "ROUND_ID,ID")
        })
public class ApplicationEntity implements VersionedEntity<ApplicationRecord> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "PARTICIPATION_ID", nullable = false)
    private long participationId;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "APPLICANT_KEY", nullable = false, length = 128)
    private String applicantKey;

    /** Kept as a column too: one application per person and round, and sanctions look people up by it. */
    @Column(name = "ID_NUMBER", length = 18)
    private String idNumber;

    @Column(name = "APPLIED_OCCUPATION", length = 100)
    private String appliedOccupation;

    @Lob
    @Column(name = "FORM_JSON", nullable = false)
    private String form;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "ELIGIBLE")
    private Boolean eligible;

    @Lob
    @Column(name = "ELIGIBILITY_JSON")
    private String eligibility;

    @Column(name = "ENTERPRISE_OPINION", length = 2000)
    private String enterpriseOpinion;

    protected ApplicationEntity() {
        // for JPA
    }

    ApplicationEntity(ParticipationRecord participation, String applicantKey, ApplicationForm form) {
        this.roundId = participation.roundId();
        this.participationId = participation.id();
        this.creditCode = participation.creditCode();
        this.cityCode = participation.cityCode();
        this.applicantKey = applicantKey;
        this.status = ApplicationStatus.DRAFT;
        this.enterpriseOpinion = "";
        setForm(form);
    }

    private void setForm(ApplicationForm newForm) {
        this.form = JsonDocuments.write(newForm);
        this.idNumber = newForm.idNumber() == null || newForm.idNumber().length() > 18 ? null : newForm.idNumber();
        this.appliedOccupation = newForm.appliedOccupation() == null
                        || newForm.appliedOccupation().length() > 100
                ? null
                : newForm.appliedOccupation();
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(ApplicationRecord changed) {
        setForm(changed.form());
        this.status = changed.status();
        this.eligible =
                changed.eligibility() == null ? null : changed.eligibility().eligible();
        this.eligibility = JsonDocuments.write(changed.eligibility());
        this.enterpriseOpinion = changed.enterpriseOpinion();
    }

    @Override
    public ApplicationRecord toRecord() {
        return new ApplicationRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                cityCode,
                applicantKey,
                JsonDocuments.read(form, ApplicationForm.class),
                status,
                JsonDocuments.read(eligibility, EligibilityDecision.class),
                enterpriseOpinion);
    }
}
