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
import org.skilleval.core.domain.AppointmentRecord;
import org.skilleval.core.domain.AppointmentRecord.ReviewOutcome;
import org.skilleval.core.rules.AppointmentLifecycle;
import org.skilleval.core.rules.AppointmentStatus;

@Entity
@Table(
        name = "APPOINTMENT",
        uniqueConstraints = {
            // The last guard of "one current appointment per person": set only while in force, and
            // Derby's unique constraints let any number of NULLs through.
            @UniqueConstraint(
                    name = "UQ_APPT_IN_FORCE",
                    columnNames = {"IN_FORCE_HOLDER"})
        },
        indexes = {
            @Index(name = "IDX_APPT_HOLDER", columnList = "HOLDER_ID_NUMBER"),
            @Index(name = "IDX_APPT_APP", columnList = "APPLICATION_ID"),
            @Index(name = "IDX_APPT_ENT", columnList = "CREDIT_CODE,STATUS,TERM_END"),
            @Index(name = "IDX_APPT_CITY", columnList = "CITY_CODE,STATUS,TERM_END")
        })
public class AppointmentEntity implements VersionedEntity<AppointmentRecord> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CERTIFICATE_ID", nullable = false)
    private long certificateId;

    @Column(name = "CERTIFICATE_CODE", nullable = false, length = 22)
    private String certificateCode;

    @Column(name = "APPLICATION_ID", nullable = false)
    private long applicationId;

    @Column(name = "HOLDER_ID_NUMBER", nullable = false, length = 18)
    private String holderIdNumber;

    @Column(name = "IN_FORCE_HOLDER", length = 18)
    private String inForceHolder;

    @Column(name = "HOLDER_NAME", length = 100)
    private String holderName;

    @Column(name = "OCCUPATION", length = 100)
    private String occupation;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "ENTERPRISE_NAME", length = 200)
    private String enterpriseName;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "POST", nullable = false, length = 200)
    private String post;

    @Column(name = "DEPARTMENT", length = 200)
    private String department;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "TERM_END", nullable = false)
    private LocalDate termEnd;

    @Column(name = "TREATMENT_CATEGORY", length = 200)
    private String treatmentCategory;

    @Column(name = "DOCUMENT_NUMBER", length = 100)
    private String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private AppointmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "REVIEW_OUTCOME", length = 16)
    private ReviewOutcome reviewOutcome;

    @Column(name = "REVIEW_NOTE", length = 2000)
    private String reviewNote;

    @Column(name = "REVIEWED_ON")
    private LocalDate reviewedOn;

    @Column(name = "ENDED_ON")
    private LocalDate endedOn;

    @Column(name = "END_REASON", length = 2000)
    private String endReason;

    @Column(name = "RENEWAL_OF")
    private Long renewalOf;

    protected AppointmentEntity() {
        // for JPA
    }

    AppointmentEntity(AppointmentRecord appointment) {
        this.certificateId = appointment.certificateId();
        this.certificateCode = appointment.certificateCode();
        this.applicationId = appointment.applicationId();
        this.holderIdNumber = appointment.holderIdNumber();
        this.holderName = appointment.holderName();
        this.occupation = appointment.occupation();
        this.creditCode = appointment.creditCode();
        this.enterpriseName = appointment.enterpriseName();
        this.cityCode = appointment.cityCode();
        this.renewalOf = appointment.renewalOf();
        apply(appointment);
    }

    @Override
    public long version() {
        return version;
    }

    /** The certificate, holder and enterprise stay; the post, the term and what happened to it change. */
    @Override
    public void apply(AppointmentRecord changed) {
        this.post = changed.post();
        this.department = changed.department();
        this.startDate = changed.startDate();
        this.termEnd = changed.termEnd();
        this.treatmentCategory = changed.treatmentCategory();
        this.documentNumber = changed.documentNumber();
        this.status = changed.status();
        this.reviewOutcome = changed.reviewOutcome();
        this.reviewNote = changed.reviewNote();
        this.reviewedOn = changed.reviewedOn();
        this.endedOn = changed.endedOn();
        this.endReason = changed.endReason();
        this.inForceHolder = AppointmentLifecycle.IN_FORCE.contains(changed.status()) ? holderIdNumber : null;
    }

    @Override
    public AppointmentRecord toRecord() {
        return new AppointmentRecord(
                id,
                version,
                certificateId,
                certificateCode,
                applicationId,
                holderIdNumber,
                holderName,
                occupation,
                creditCode,
                enterpriseName,
                cityCode,
                post,
                department,
                startDate,
                termEnd,
                treatmentCategory,
                documentNumber,
                status,
                reviewOutcome,
                reviewNote,
                reviewedOn,
                endedOn,
                endReason,
                renewalOf);
    }
}
