package org.skilleval.core.persistence.internal;

import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;

/** A panel; its members as a JSON document, and each member's seat in {@link PanelSeatEntity} for lookups. */
@Entity
@Table(
        name = "PANEL",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_PANEL_OCC",
                        columnNames = {"PARTICIPATION_ID", "OCCUPATION"}),
        indexes = {
            @Index(name = "IDX_PANEL_CITY", columnList = "ROUND_ID,CITY_CODE"),
            @Index(name = "IDX_PANEL_ENT", columnList = "ROUND_ID,CREDIT_CODE")
        })
public class PanelEntity {

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

    @Column(name = "OCCUPATION", nullable = false, length = 100)
    private String occupation;

    @Lob
    @Column(name = "MEMBERS_JSON", nullable = false)
    private String members;

    protected PanelEntity() {
        // for JPA
    }

    PanelEntity(ParticipationRecord participation, String occupation, List<PanelMember> members) {
        this.roundId = participation.roundId();
        this.participationId = participation.id();
        this.creditCode = participation.creditCode();
        this.cityCode = participation.cityCode();
        this.occupation = occupation;
        setMembers(members);
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }

    void setMembers(List<PanelMember> newMembers) {
        this.members = JsonDocuments.write(newMembers.toArray(PanelMember[]::new));
    }

    PanelRecord toRecord(boolean locked) {
        PanelMember[] stored = JsonDocuments.read(members, PanelMember[].class);
        return new PanelRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                cityCode,
                occupation,
                stored == null ? List.of() : Arrays.asList(stored),
                locked);
    }
}
