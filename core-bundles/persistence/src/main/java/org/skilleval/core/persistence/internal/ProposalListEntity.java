package org.skilleval.core.persistence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.rules.Reason;

@Entity
@Table(
        name = "PROPOSAL_LIST",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_LIST_PART",
                        columnNames = {"PARTICIPATION_ID"}),
        indexes = {
            @Index(name = "IDX_LIST_ROUND", columnList = "ROUND_ID,CITY_CODE,STATUS"),
            @Index(name = "IDX_LIST_ENT", columnList = "CREDIT_CODE,STATUS"),
            @Index(name = "IDX_LIST_WARN", columnList = "ROUND_ID,WARNING"),
            @Index(name = "IDX_LIST_PUBLIC", columnList = "STATUS,PROVINCE_START,PROVINCE_END")
        })
public class ProposalListEntity implements VersionedEntity<ProposalListRecord> {

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

    @Column(name = "ENTERPRISE_NAME", nullable = false, length = 200)
    private String enterpriseName;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ProposalListStatus status;

    @OneToMany(mappedBy = "list", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProposalEntryEntity> entries = new ArrayList<>();

    @Column(name = "ENTERPRISE_START")
    private LocalDate enterpriseStart;

    @Column(name = "ENTERPRISE_END")
    private LocalDate enterpriseEnd;

    @Column(name = "PROVINCE_START")
    private LocalDate provinceStart;

    @Column(name = "PROVINCE_END")
    private LocalDate provinceEnd;

    /** Kept as a flag of its own so that the province's list filters on it with an index. */
    @Column(name = "WARNING", nullable = false)
    private boolean warning;

    @Column(name = "WARNING_CODE", length = 64)
    private String warningCode;

    @Column(name = "WARNING_ZH", length = 1000)
    private String warningZh;

    @Column(name = "WARNING_EN", length = 1000)
    private String warningEn;

    protected ProposalListEntity() {
        // for JPA
    }

    ProposalListEntity(ParticipationRecord participation, List<ApplicationRecord> candidates) {
        this.roundId = participation.roundId();
        this.participationId = participation.id();
        this.creditCode = participation.creditCode();
        this.enterpriseName = participation.enterpriseName() == null ? "" : participation.enterpriseName();
        this.cityCode = participation.cityCode();
        this.status = ProposalListStatus.DRAFT;
        for (ApplicationRecord candidate : candidates) {
            entries.add(new ProposalEntryEntity(this, ProposalEntry.of(candidate)));
        }
    }

    long id() {
        return id;
    }

    List<ProposalEntryEntity> entries() {
        return entries;
    }

    @Override
    public long version() {
        return version;
    }

    /** Only status, publicity windows, warning and entries change; the enterprise stays as created. */
    @Override
    public void apply(ProposalListRecord changed) {
        this.status = changed.status();
        this.enterpriseStart = changed.enterpriseStart();
        this.enterpriseEnd = changed.enterpriseEnd();
        this.provinceStart = changed.provinceStart();
        this.provinceEnd = changed.provinceEnd();
        Reason reason = changed.shareWarning();
        this.warning = reason != null;
        this.warningCode = reason == null ? null : reason.code();
        this.warningZh = reason == null ? null : reason.zh();
        this.warningEn = reason == null ? null : reason.en();
        Map<Long, ProposalEntry> kept = new HashMap<>();
        List<ProposalEntry> added = new ArrayList<>();
        for (ProposalEntry entry : changed.entries()) {
            if (entry.id() == 0) {
                added.add(entry);
            } else {
                kept.put(entry.id(), entry);
            }
        }
        entries.removeIf(entity -> !kept.containsKey(entity.id()));
        for (ProposalEntryEntity entity : entries) {
            entity.apply(kept.get(entity.id()));
        }
        for (ProposalEntry entry : added) {
            entries.add(new ProposalEntryEntity(this, entry));
        }
    }

    @Override
    public ProposalListRecord toRecord() {
        return new ProposalListRecord(
                id,
                version,
                roundId,
                participationId,
                creditCode,
                enterpriseName,
                cityCode,
                status,
                entries.stream().map(ProposalEntryEntity::toEntry).toList(),
                enterpriseStart,
                enterpriseEnd,
                provinceStart,
                provinceEnd,
                warning ? new Reason(warningCode, warningZh, warningEn) : null);
    }
}
