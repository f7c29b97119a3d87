package org.skilleval.core.persistence;

import java.util.Objects;

/**
 * One expert (评委) of a panel.
 *
 * @param expertId the expert's id: the scope of their login ({@code expert:<expertId>})
 * @param name the expert's name
 * @param organisation the expert's organisation or department (单位/部门)
 * @param title the expert's title (职称/职务); empty when not given
 * @param chair whether the expert chairs the panel (评委会主任)
 */
public record PanelMember(String expertId, String name, String organisation, String title, boolean chair) {

    public PanelMember {
        Objects.requireNonNull(expertId, "expertId");
        name = name == null ? "" : name;
        organisation = organisation == null ? "" : organisation;
        title = title == null ? "" : title;
    }
}
