package org.skilleval.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * An expert of the provincial expert pool (专家库), kept by the province or by a city: the people
 * enterprises pick their panel members from.
 *
 * @param id the record's id
 * @param version the optimistic-locking version
 * @param expertId the expert's id, unique in the province: the scope of their login
 *     ({@code expert:<expertId>}) and the id panels name them by
 * @param name the expert's name
 * @param occupation the occupation (职业/工种) the expert judges
 * @param organisation the expert's organisation (单位)
 * @param title the expert's title (职称/职务); empty when not given
 * @param cityCode the city keeping the entry; empty when the province keeps it
 * @param relations the relations the expert declared for 回避
 * @param enabled whether enterprises may still pick the expert; entries are disabled, never deleted
 */
public record PoolExpertRecord(
        long id,
        long version,
        String expertId,
        String name,
        String occupation,
        String organisation,
        String title,
        String cityCode,
        List<DeclaredRelation> relations,
        boolean enabled) {

    public PoolExpertRecord {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(occupation, "occupation");
        organisation = organisation == null ? "" : organisation;
        title = title == null ? "" : title;
        cityCode = cityCode == null ? "" : cityCode;
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /**
     * A relation an expert declares to an employee of an enterprise (回避申报), before any panel
     * exists: the enterprise sees it when it picks the expert.
     *
     * @param creditCode the employee's enterprise
     * @param employeeNumber the employee's number there
     * @param relation how the expert is related to the employee
     * @param note what the expert adds; empty when nothing
     */
    public record DeclaredRelation(
            String creditCode, String employeeNumber, ExpertRelation.Kind relation, String note) {

        public DeclaredRelation {
            Objects.requireNonNull(creditCode, "creditCode");
            Objects.requireNonNull(employeeNumber, "employeeNumber");
            Objects.requireNonNull(relation, "relation");
            note = note == null ? "" : note;
        }
    }
}
