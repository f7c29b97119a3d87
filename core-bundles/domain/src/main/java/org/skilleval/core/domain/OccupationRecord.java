package org.skilleval.core.domain;

import java.util.Objects;

/**
 * An occupation (职业（工种）) of the province's catalogue, as stored. Seed 一（三）2: a candidate who
 * applies on a 正高级职称 or 一级专业技术资格 may be evaluated only in an occupation that has a 高级技师
 * national occupational skill standard or an industry or enterprise evaluation specification; the
 * catalogue records which occupations do.
 *
 * @param id the entry's id
 * @param version the optimistic-locking version; a write must name the version it read
 * @param code the code in the national occupation classification (国家职业分类大典), e.g.
 *     {@code 6-18-01-01}; {@code null} when not recorded
 * @param name the occupation's name, e.g. 车工; unique in the catalogue
 * @param hasSeniorTechnicianStandard whether a 高级技师 national standard or an industry or
 *     enterprise evaluation specification exists
 * @param basis which standard or specification that is; {@code null} when none is recorded
 * @param active whether the entry is in use; an inactive entry is kept for the records that name it
 *     but counts as not in the catalogue
 */
public record OccupationRecord(
        long id,
        long version,
        String code,
        String name,
        boolean hasSeniorTechnicianStandard,
        String basis,
        boolean active) {

    public OccupationRecord {
        Objects.requireNonNull(name, "name");
    }

    /** A copy with another flag and basis. */
    public OccupationRecord withStandard(boolean newHasSeniorTechnicianStandard, String newBasis) {
        return new OccupationRecord(id, version, code, name, newHasSeniorTechnicianStandard, newBasis, active);
    }

    /** A copy that is in use or not. */
    public OccupationRecord withActive(boolean newActive) {
        return new OccupationRecord(id, version, code, name, hasSeniorTechnicianStandard, basis, newActive);
    }
}
