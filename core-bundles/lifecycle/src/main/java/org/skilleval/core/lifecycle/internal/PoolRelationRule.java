package org.skilleval.core.lifecycle.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.lifecycle.ConflictOfInterestRule;
import org.skilleval.core.persistence.ExpertPoolStore;

/**
 * 回避 declared to the expert pool (专家库) before any panel exists: an expert who declared a
 * relation to an employee of an enterprise does not judge that employee, whichever enterprise's
 * panel picks them and whether or not the enterprise copied the relation into the panel. Members
 * who are not in the pool have nothing declared there.
 */
@Component(service = ConflictOfInterestRule.class)
public class PoolRelationRule implements ConflictOfInterestRule {

    static final String ID = "coi.pool-relation";

    private final ExpertPoolStore pool;

    @Activate
    public PoolRelationRule(@Reference ExpertPoolStore pool) {
        this.pool = pool;
    }

    @Override
    public List<Conflict> conflicts(PanelMember member, ApplicationRecord candidate) {
        return pool.find(member.expertId()).map(PoolExpertRecord::relations).orElse(List.of()).stream()
                .filter(r -> AccountRecord.applicantKey(r.creditCode(), r.employeeNumber())
                        .equals(candidate.applicantKey()))
                .map(r -> new Conflict(ID, DeclaredRelationRule.reason(r.relation(), r.note())))
                .toList();
    }
}
