package org.skilleval.core.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.SupervisionNoteRecord;

@Entity
@Table(
        name = "SUPERVISION_NOTE",
        indexes = {
            @Index(name = "IDX_NOTE_CITY", columnList = "ROUND_ID,CITY_CODE,VISITED_ON"),
            @Index(name = "IDX_NOTE_ENT", columnList = "ROUND_ID,CREDIT_CODE,VISITED_ON"),
            @Index(name = "IDX_NOTE_PART", columnList = "PARTICIPATION_ID,VISITED_ON")
        })
public class SupervisionNoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "PARTICIPATION_ID", nullable = false)
    private long participationId;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "VISITED_ON", nullable = false)
    private LocalDate visitedOn;

    @Column(name = "FINDINGS", nullable = false, length = 4000)
    private String findings;

    @Column(name = "PANEL_ID")
    private Long panelId;

    @Column(name = "OCCUPATION", length = 100)
    private String occupation;

    @Column(name = "RECORDED_BY", nullable = false, length = 128)
    private String recordedBy;

    @Column(name = "RECORDED_ROLE", nullable = false, length = 32)
    private String recordedByRole;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected SupervisionNoteEntity() {
        // for JPA
    }

    SupervisionNoteEntity(
            ParticipationRecord participation,
            LocalDate visitedOn,
            String findings,
            Long panelId,
            String occupation,
            AuditActor actor,
            Instant recordedAt) {
        this.roundId = participation.roundId();
        this.participationId = participation.id();
        this.creditCode = participation.creditCode();
        this.cityCode = participation.cityCode();
        this.visitedOn = visitedOn;
        this.findings = findings;
        this.panelId = panelId;
        this.occupation = occupation == null ? "" : occupation;
        this.recordedBy = actor.username();
        this.recordedByRole = actor.role();
        this.recordedAt = recordedAt;
    }

    SupervisionNoteRecord toRecord() {
        return new SupervisionNoteRecord(
                id,
                roundId,
                participationId,
                creditCode,
                cityCode,
                visitedOn,
                findings,
                panelId,
                occupation,
                recordedBy,
                recordedByRole,
                recordedAt);
    }
}
