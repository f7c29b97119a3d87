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
import javax.persistence.Version;
import org.skilleval.core.domain.SanctionRecord;
import org.skilleval.core.domain.SanctionRecord.SubjectType;
import org.skilleval.core.rules.SanctionPeriod;

@Entity
@Table(
        name = "SANCTION",
        indexes = {
            @Index(name = "IDX_SANCTION_SUBJECT", columnList = "SUBJECT_TYPE,SUBJECT_KEY"),
            @Index(name = "IDX_SANCTION_FOUND_ON", columnList = "FOUND_ON,ID")
        })
public class SanctionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "SUBJECT_TYPE", nullable = false, length = 16)
    private SubjectType subjectType;

    @Column(name = "SUBJECT_KEY", nullable = false, length = 18)
    private String subjectKey;

    @Column(name = "SUBJECT_NAME", nullable = false, length = 200)
    private String subjectName;

    @Column(name = "FOUND_ON", nullable = false)
    private LocalDate foundOn;

    // Derived from FOUND_ON by SanctionPeriod and stored so that "active on a day" is a plain
    // indexed comparison in SQL rather than date arithmetic the database would do its own way
    // (29 February in particular).
    @Column(name = "BANNED_UNTIL", nullable = false)
    private LocalDate bannedUntil;

    @Column(name = "FINDING", nullable = false, length = 2000)
    private String finding;

    @Column(name = "ROUND_ID")
    private Long roundId;

    protected SanctionEntity() {
        // for JPA
    }

    SanctionEntity(
            SubjectType subjectType,
            String subjectKey,
            String subjectName,
            LocalDate foundOn,
            String finding,
            Long roundId) {
        this.subjectType = subjectType;
        this.subjectKey = subjectKey;
        this.subjectName = subjectName;
        this.foundOn = foundOn;
        this.bannedUntil = SanctionPeriod.fromFinding(foundOn).bannedUntilExclusive();
        this.finding = finding;
        this.roundId = roundId;
    }

    SanctionRecord toRecord() {
        return new SanctionRecord(id, version, subjectType, subjectKey, subjectName, foundOn, finding, roundId);
    }
}
