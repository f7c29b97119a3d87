package org.skilleval.core.lifecycle.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.lifecycle.ConflictOfInterestRule;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * 回避: an expert does not judge a candidate to whom they declared a relation: direct superior or
 * subordinate, mentor or apprentice (师徒), or relative. One conflict per relation declared.
 */
@Component(service = ConflictOfInterestRule.class)
public class DeclaredRelationRule implements ConflictOfInterestRule {

    static final String ID = "coi.declared-relation";

    @Override
    public List<Conflict> conflicts(PanelMember member, ApplicationRecord candidate) {
        return member.relations().stream()
                .filter(r -> r.applicationId() == candidate.id())
                .map(r -> new Conflict(ID, reason(r.relation(), r.note())))
                .toList();
    }

    /** Why a relation of this kind keeps the expert from judging, with what the expert added. */
    static LocalizedText reason(ExpertRelation.Kind kind, String relationNote) {
        String note = relationNote.isBlank() ? "" : "（" + relationNote.strip() + "）";
        String enNote = relationNote.isBlank() ? "" : " (" + relationNote.strip() + ")";
        return switch (kind) {
            case DIRECT_SUPERIOR -> LocalizedText.of(
                    "评委是申报人的直接上级" + note, "The expert is the candidate's direct superior" + enNote);
            case DIRECT_SUBORDINATE -> LocalizedText.of(
                    "评委是申报人的直接下级" + note, "The expert is the candidate's direct subordinate" + enNote);
            case MENTOR -> LocalizedText.of("评委是申报人的师傅" + note, "The expert is the candidate's mentor" + enNote);
            case APPRENTICE -> LocalizedText.of(
                    "评委是申报人的徒弟" + note, "The expert is the candidate's apprentice" + enNote);
            case RELATIVE -> LocalizedText.of("评委是申报人的亲属" + note, "The expert is a relative of the candidate" + enNote);
        };
    }
}
