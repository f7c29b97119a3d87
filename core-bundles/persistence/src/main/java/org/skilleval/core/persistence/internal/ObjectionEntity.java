package org.skilleval.core.persistence.internal;

import java.time.Instant;
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
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.rules.ObjectionStatus;

@Entity
@Table(
        name = "OBJECTION",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_OBJ_RECEIPT",
                        columnNames = {"RECEIPT_NUMBER"}),
        indexes = {
            @Index(name = "IDX_OBJ_LIST", columnList = "LIST_ID,STATUS"),
            @Index(name = "IDX_OBJ_ROUND", columnList = "ROUND_ID,CITY_CODE,STATUS"),
            @Index(name = "IDX_OBJ_ENT", columnList = "CREDIT_CODE,STATUS")
        })
public class ObjectionEntity implements VersionedEntity<ObjectionRecord> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "RECEIPT_NUMBER", nullable = false, length = 32)
    private String receiptNumber;

    @Column(name = "LIST_ID", nullable = false)
    private long listId;

    @Column(name = "ENTRY_ID", nullable = false)
    private long entryId;

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "CITY_CODE", nullable = false, length = 4)
    private String cityCode;

    @Column(name = "CANDIDATE_NAME", length = 100)
    private String candidateName;

    @Column(name = "CONTENT", nullable = false, length = 2000)
    private String content;

    @Column(name = "OBJECTOR_NAME", length = 100)
    private String objectorName;

    @Column(name = "OBJECTOR_CONTACT", length = 200)
    private String objectorContact;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ObjectionStatus status;

    @Column(name = "RESOLUTION_NOTE", length = 2000)
    private String resolutionNote;

    @Column(name = "RESOLVED_BY", length = 128)
    private String resolvedBy;

    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

    protected ObjectionEntity() {
        // for JPA
    }

    ObjectionEntity(
            String receiptNumber,
            ProposalListRecord list,
            ProposalEntry entry,
            String content,
            String objectorName,
            String objectorContact,
            Instant submittedAt) {
        this.receiptNumber = receiptNumber;
        this.listId = list.id();
        this.entryId = entry.id();
        this.roundId = list.roundId();
        this.creditCode = list.creditCode();
        this.cityCode = list.cityCode();
        this.candidateName = entry.name();
        this.content = content;
        this.objectorName = objectorName;
        this.objectorContact = objectorContact;
        this.submittedAt = submittedAt;
        this.status = ObjectionStatus.OPEN;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public void apply(ObjectionRecord changed) {
        this.status = changed.status();
        this.resolutionNote = changed.resolutionNote();
        this.resolvedBy = changed.resolvedBy();
        this.resolvedAt = changed.resolvedAt();
    }

    @Override
    public ObjectionRecord toRecord() {
        return new ObjectionRecord(
                id,
                version,
                receiptNumber,
                listId,
                entryId,
                roundId,
                creditCode,
                cityCode,
                candidateName,
                content,
                objectorName,
                objectorContact,
                submittedAt,
                status,
                resolutionNote,
                resolvedBy,
                resolvedAt);
    }
}
