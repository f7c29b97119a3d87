package org.skilleval.core.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.skilleval.core.domain.OccupationRecord;

@Entity
@Table(
        name = "OCCUPATION",
        uniqueConstraints = @UniqueConstraint(name = "UQ_OCCUPATION_NAME", columnNames = "NAME"),
        indexes = @Index(name = "IDX_OCCUPATION_HAS_STANDARD", columnList = "HAS_STANDARD"))
public class OccupationEntity implements VersionedEntity<OccupationRecord> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CODE", length = 32)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "HAS_STANDARD", nullable = false)
    private boolean hasSeniorTechnicianStandard;

    @Column(name = "BASIS", length = 500)
    private String basis;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    protected OccupationEntity() {
        // for JPA
    }

    OccupationEntity(String code, String name, boolean hasSeniorTechnicianStandard, String basis) {
        this.code = code;
        this.name = name;
        this.hasSeniorTechnicianStandard = hasSeniorTechnicianStandard;
        this.basis = basis;
        this.active = true;
    }

    @Override
    public long version() {
        return version;
    }

    /** The code and the name identify the occupation and stay; the rest may change. */
    @Override
    public void apply(OccupationRecord changed) {
        this.hasSeniorTechnicianStandard = changed.hasSeniorTechnicianStandard();
        this.basis = changed.basis();
        this.active = changed.active();
    }

    @Override
    public OccupationRecord toRecord() {
        return new OccupationRecord(id, version, code, name, hasSeniorTechnicianStandard, basis, active);
    }
}
