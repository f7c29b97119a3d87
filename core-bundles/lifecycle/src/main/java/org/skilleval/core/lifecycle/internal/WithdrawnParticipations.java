package org.skilleval.core.lifecycle.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.rules.ParticipationLifecycle;
import org.skilleval.core.rules.WorkPlanStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the stored status true for plans rejected before a rejection moved its participation:
 * an enterprise whose plan was rejected still read ACCEPTED (issue 10, item 8). Once at start,
 * every such participation leaves the pilot ({@code leave}, audited as done by the system). A
 * database written since needs nothing: the rejection moves the participation itself.
 */
@Component(immediate = true)
public class WithdrawnParticipations {

    private static final Logger LOG = LoggerFactory.getLogger(WithdrawnParticipations.class);
    private static final AuditActor SYSTEM = new AuditActor("system", "system");
    private static final int PAGE = 200;
    static final String NOTE = "工作方案未通过评估，企业退出试点（补记）";

    @Activate
    public WithdrawnParticipations(
            @Reference RoundStore rounds,
            @Reference WorkPlanStore plans,
            @Reference ParticipationStore participations) {
        try {
            int moved = reconcile(rounds, plans, participations);
            if (moved > 0) {
                LOG.info("{} participation(s) whose plan was rejected now read WITHDRAWN", moved);
            }
        } catch (RuntimeException failed) {
            // Not worth refusing to start over: the next start tries again.
            LOG.warn("Could not bring participations with a rejected plan up to date: {}", failed.toString());
        }
    }

    /** @return how many participations left the pilot */
    static int reconcile(RoundStore rounds, WorkPlanStore plans, ParticipationStore participations) {
        List<WorkPlanRecord> rejected = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            Page<RoundRecord> page = rounds.list(null, offset, PAGE);
            for (RoundRecord round : page.items()) {
                for (int planOffset = 0; ; planOffset += PAGE) {
                    Page<WorkPlanRecord> plansOfRound =
                            plans.list(round.id(), null, null, WorkPlanStatus.REJECTED, planOffset, PAGE);
                    rejected.addAll(plansOfRound.items());
                    if (planOffset + PAGE >= plansOfRound.total()) {
                        break;
                    }
                }
            }
            if (offset + PAGE >= page.total()) {
                break;
            }
        }
        int moved = 0;
        for (WorkPlanRecord plan : rejected) {
            ParticipationRecord participation =
                    participations.find(plan.participationId()).orElse(null);
            if (participation == null || !ParticipationLifecycle.LEAVE.from().contains(participation.status())) {
                continue;
            }
            try {
                participations.update(
                        participation.id(),
                        participation.version(),
                        ParticipationLifecycle.LEAVE.name(),
                        NOTE,
                        SYSTEM,
                        current -> current.decided(ParticipationLifecycle.LEAVE.target(current.status()), NOTE));
                moved++;
            } catch (ConflictException changedMeanwhile) {
                // someone decided on it at the same moment; the next start looks again
            }
        }
        return moved;
    }
}
