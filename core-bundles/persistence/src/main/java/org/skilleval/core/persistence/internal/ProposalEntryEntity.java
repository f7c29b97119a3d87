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
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.rules.ProposalEntryStatus;

/** A candidate on a proposal list; an application is on one list at most. */
@Entity
@Table(
        name = "PROPOSAL_ENTRY",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "UQ_ENTRY_APP",
                        columnNames = {"APPLICATION_ID"}),
        indexes = @Index(name = "IDX_ENTRY_LIST", columnList = "LIST_ID"))
public class ProposalEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "LIST_ID", nullable = false)
    private ProposalListEntity list;

    @Column(name = "APPLICATION_ID", nullable = false)
    private long applicationId;

    @Column(name = "NAME", length = 100)
    private String name;

    @Column(name = "GENDER", length = 2)
    private String gender;

    @Column(name = "OCCUPATION", length = 100)
    private String occupation;

    @Column(name = "MASKED_ID_NUMBER", length = 18)
    private String maskedIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ProposalEntryStatus status;

    @Column(name = "NOTE", length = 2000)
    private String note;

    protected ProposalEntryEntity() {
        // for JPA
    }

    ProposalEntryEntity(ProposalListEntity list, ProposalEntry entry) {
        this.list = list;
        this.applicationId = entry.applicationId();
        this.name = entry.name();
        this.gender = entry.gender();
        this.occupation = entry.occupation();
        this.maskedIdNumber = entry.maskedIdNumber();
        this.status = entry.status();
        this.note = entry.note();
    }

    long id() {
        return id;
    }

    long applicationId() {
        return applicationId;
    }

    ProposalListEntity list() {
        return list;
    }

    void apply(ProposalEntry changed) {
        this.status = changed.status();
        this.note = changed.note();
    }

    ProposalEntry toEntry() {
        return new ProposalEntry(id, applicationId, name, gender, occupation, maskedIdNumber, status, note);
    }
}
