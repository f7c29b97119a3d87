package org.skilleval.core.lifecycle.internal;

import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.lifecycle.ConflictOfInterestRule;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * 回避: an expert does not judge a candidate of their own department. Departments are compared as
 * the people typed them, ignoring case and all whitespace; an external expert (no department) and
 * a candidate who named none never conflict by this rule.
 */
@Component(service = ConflictOfInterestRule.class)
public class SameDepartmentRule implements ConflictOfInterestRule {

    static final String ID = "coi.same-department";

    @Override
    public List<Conflict> conflicts(PanelMember member, ApplicationRecord candidate) {
        String mine = normalised(member.department());
        String theirs = normalised(candidate.form().department());
        if (mine.isEmpty() || !mine.equals(theirs)) {
            return List.of();
        }
        String department = candidate.form().department().strip();
        return List.of(new Conflict(
                ID,
                LocalizedText.of(
                        "评委与申报人同在“" + department + "”部门",
                        "The expert works in the candidate's department \"" + department + "\"")));
    }

    /** The text without any whitespace (also full-width), in lower case; empty for {@code null}. */
    static String normalised(String department) {
        return department == null
                ? ""
                : department.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
