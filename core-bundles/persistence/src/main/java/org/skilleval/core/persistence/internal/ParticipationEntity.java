package org.skilleval.core.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.EnterpriseEvidence;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ParticipationStatus;

@Entity
@Table(
        name = "PARTICIPATION",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_PARTICIPATION_ROUND_ENTERPRISE",
                        columnNames = {"ROUND_ID", "ENTERPRISE_ID"}),
        indexes = {
            @Index(name = "IDX_PARTICIPATION_ROUND_CITY", columnList = "ROUND_ID,CITY_CODE,STATUS"),
            @Index(name = "IDX_PARTICIPATION_ENTERPRISE", columnList = "ENTERPRISE_ID")
        })
public class ParticipationEntity implements VersionedEntity<ParticipationRecord> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ENTERPRISE_ID", nullable = false)
    private EnterpriseEntity enterprise;

    /** The enterprise's city, kept here too so that a round's list filters by city on one index. */
    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "ABOVE_DESIGNATED_SIZE", nullable = false)
    private boolean aboveDesignatedSize;

    @Column(name = "PRIOR_EVALUATION", nullable = false)
    private boolean hasRunSeniorTechnicianEvaluation;

    @Column(name = "SENIOR_TECHNICIANS", nullable = false)
    private int seniorTechnicianCount;

    @Column(name = "CENTRAL_SOE_BRANCH", nullable = false)
    private boolean centralSoeBranch;

    @Column(name = "G42_BASE", nullable = false)
    private boolean g42DemonstrationBase;

    @Column(name = "COUNTS_AGAINST_QUOTA", nullable = false)
    private boolean countsAgainstQuota;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ParticipationStatus status;

    @Column(name = "RECOMMENDED_BY", nullable = false, length = 128)
    private String recommendedBy;

    @Column(name = "DECISION_NOTE", length = 2000)
    private String decisionNote;

    protected ParticipationEntity() {
        // for JPA
    }

    ParticipationEntity(
            long roundId,
            EnterpriseEntity enterprise,
            EnterpriseEvidence evidence,
            boolean countsAgainstQuota,
            String recommendedBy) {
        this.roundId = roundId;
        this.enterprise = enterprise;
        this.cityCode = enterprise.cityCode();
        this.aboveDesignatedSize = evidence.aboveDesignatedSize();
        this.hasRunSeniorTechnicianEvaluation = evidence.hasRunSeniorTechnicianEvaluation();
        this.seniorTechnicianCount = evidence.seniorTechnicianCount();
        this.centralSoeBranch = evidence.centralSoeBranchFiledWithMinistry();
        this.g42DemonstrationBase = evidence.g42DemonstrationBase();
        this.countsAgainstQuota = countsAgainstQuota;
        this.status = ParticipationStatus.RECOMMENDED;
        this.recommendedBy = recommendedBy;
        this.decisionNote = "";
    }

    @Override
    public long version() {
        return version;
    }

    /** Only the decision changes after a recommendation; the declared evidence is kept as declared. */
    @Override
    public void apply(ParticipationRecord changed) {
        this.status = changed.status();
        this.decisionNote = changed.decisionNote();
    }

    @Override
    public ParticipationRecord toRecord() {
        return new ParticipationRecord(
                id,
                version,
                roundId,
                enterprise.id(),
                enterprise.creditCode(),
                enterprise.name(),
                cityCode,
                new EnterpriseEvidence(
                        aboveDesignatedSize,
                        hasRunSeniorTechnicianEvaluation,
                        seniorTechnicianCount,
                        centralSoeBranch,
                        g42DemonstrationBase),
                countsAgainstQuota,
                status,
                recommendedBy,
                decisionNote);
    }
}
