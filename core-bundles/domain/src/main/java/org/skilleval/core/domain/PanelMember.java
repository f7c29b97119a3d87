package org.skilleval.core.domain;

import java.util.List;
import java.util.Objects;

/**
 * One expert (评委) of a panel.
 *
 * @param expertId the expert's id: the scope of their login ({@code expert:<expertId>})
 * @param name the expert's name
 * @param organisation the expert's organisation or department (单位/部门)
 * @param title the expert's title (职称/职务); empty when not given
 * @param chair whether the expert chairs the panel (评委会主任)
 * @param department the expert's department inside the pilot enterprise, as the application form
 *        names departments; empty for an external expert
 * @param relations the relations the expert declared to candidates (回避申报)
 */
public record PanelMember(
        String expertId,
        String name,
        String organisation,
        String title,
        boolean chair,
        String department,
        List<ExpertRelation> relations) {

    public PanelMember {
        Objects.requireNonNull(expertId, "expertId");
        name = name == null ? "" : name;
        organisation = organisation == null ? "" : organisation;
        title = title == null ? "" : title;
        department = department == null ? "" : department;
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** An external expert who declared no relation to any candidate. */
    public PanelMember(String expertId, String name, String organisation, String title, boolean chair) {
        this(expertId, name, organisation, title, chair, "", List.of());
    }
}
