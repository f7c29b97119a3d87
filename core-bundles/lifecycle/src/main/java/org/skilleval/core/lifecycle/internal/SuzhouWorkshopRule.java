package org.skilleval.core.lifecycle.internal;

import java.util.Arrays;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.lifecycle.ConflictOfInterestRule;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * An example of a city's own rule, for 苏州 (3205) only: an expert does not judge a candidate of
 * the same workshop chain (本车间及下属班组回避). Departments written as paths, e.g. {@code 金工车间/三班组}
 * (separated by {@code /}, {@code ／} or {@code >}), conflict when one path lies within the other,
 * so the head of 金工车间 stands aside for a candidate of 金工车间/三班组 and vice versa; equal
 * departments are left to {@link SameDepartmentRule}. It shows how a city adds a rule: a component
 * of {@link ConflictOfInterestRule} with the service property {@code skilleval.city}.
 */
@Component(service = ConflictOfInterestRule.class, property = ConflictOfInterestRule.CITY_PROPERTY + "=3205")
public class SuzhouWorkshopRule implements ConflictOfInterestRule {

    static final String ID = "coi.3205.workshop-chain";

    @Override
    public List<Conflict> conflicts(PanelMember member, ApplicationRecord candidate) {
        List<String> mine = path(member.department());
        List<String> theirs = path(candidate.form().department());
        if (mine.isEmpty() || theirs.isEmpty() || mine.equals(theirs)) {
            return List.of();
        }
        List<String> shorter = mine.size() < theirs.size() ? mine : theirs;
        List<String> longer = shorter == mine ? theirs : mine;
        if (!longer.subList(0, shorter.size()).equals(shorter)) {
            return List.of();
        }
        String workshop = String.join("/", shorter);
        return List.of(new Conflict(
                ID,
                LocalizedText.of(
                        "评委与申报人同属“" + workshop + "”车间（含下属班组），按苏州市规定回避",
                        "The expert and the candidate belong to the workshop \"" + workshop
                                + "\" or a team under it; Suzhou's rules make the expert stand aside")));
    }

    private static List<String> path(String department) {
        if (department == null) {
            return List.of();
        }
        return Arrays.stream(department.split("[/／>]"))
                .map(SameDepartmentRule::normalised)
                .filter(segment -> !segment.isEmpty())
                .toList();
    }
}
