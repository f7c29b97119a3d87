package org.skilleval.core.lifecycle;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.security.Caller;

/**
 * The occupation catalogue (职业（工种）目录), seed 一（三）2: an occupation chosen for a candidate who
 * applies on a 正高级职称 or 一级专业技术资格 "应当具有高级技师国家职业技能标准或行业、企业评价规范". The province
 * keeps the catalogue; everyone signed in reads it, and the application service asks
 * {@link #hasSeniorTechnicianStandard} whether an occupation qualifies.
 */
@ProviderType
public interface OccupationCatalogService {

    /**
     * Adds an occupation to the catalogue, active.
     *
     * @param code the code in the national occupation classification, e.g. {@code 6-18-01-01};
     *     blank or {@code null} for none
     * @param name the occupation's name, e.g. 车工; trimmed, at most 100 characters, unique
     * @param hasSeniorTechnicianStandard whether a 高级技师 national occupational skill standard or an
     *     industry or enterprise evaluation specification exists
     * @param basis which standard or specification; required when {@code hasSeniorTechnicianStandard}
     * @return the stored occupation
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     * @throws org.skilleval.core.rules.RuleViolationException field {@code name} rule {@code required}
     *     or {@code length}; {@code code} rule {@code code} when it is not shaped like
     *     {@code 6-18-01-01}; {@code basis} rule {@code required} or {@code length}
     * @throws org.skilleval.core.domain.ConflictException when the catalogue already has the name
     */
    OccupationRecord add(Caller caller, String code, String name, boolean hasSeniorTechnicianStandard, String basis);

    /**
     * Changes an occupation's standard, basis or use; the name and code never change. Each argument
     * left {@code null} keeps what is stored; a blank {@code basis} removes it. Audited as
     * {@code change}.
     *
     * @param version the version the caller read
     * @return the changed occupation
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     * @throws org.skilleval.core.rules.RuleViolationException {@code basis} rule {@code required} when
     *     the occupation would have the standard flag without a basis; {@code basis} rule
     *     {@code length}
     * @throws org.skilleval.core.domain.NotFoundException when there is no such occupation
     * @throws org.skilleval.core.domain.ConflictException when it changed since {@code version}
     */
    OccupationRecord change(
            Caller caller, long id, long version, Boolean hasSeniorTechnicianStandard, String basis, Boolean active);

    /**
     * Whether an occupation may be chosen by a candidate applying on a professional title (path B).
     * Needs no caller: services ask it on behalf of whoever is acting.
     *
     * @param occupationName the occupation's name; trimmed, then matched exactly
     * @return {@code true} iff an active catalogue entry of that name has the standard flag;
     *     {@code false} for an unknown, inactive, blank or {@code null} name
     */
    boolean hasSeniorTechnicianStandard(String occupationName);

    /**
     * Occupations ordered by name, filtered and paged on the server.
     *
     * @param nameContains part of the name, ignoring case; blank or {@code null} for any
     * @param hasStandard the standard flag to match; {@code null} for any
     * @throws org.skilleval.core.security.AccessDeniedException when the caller holds no role
     */
    Page<OccupationRecord> list(Caller caller, String nameContains, Boolean hasStandard, int offset, int limit);
}
