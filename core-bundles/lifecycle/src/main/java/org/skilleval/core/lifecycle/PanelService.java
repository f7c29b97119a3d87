package org.skilleval.core.lifecycle;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.security.Caller;

/**
 * Expert panels (评委会, seed 二（四）组织评审): a pilot enterprise whose work plan was approved
 * composes one panel per occupation of the plan while the round's evaluation phase is open: an odd
 * number of experts within the configured bounds, exactly one of them the chair. The panel can be
 * changed until the first score sheet is submitted for it.
 *
 * <p>Conflicts of interest (回避): members declare their department in the enterprise and their
 * relations to candidates; every registered {@link ConflictOfInterestRule} of the enterprise's city
 * checks every member against every current candidate (applications of the occupation ENDORSED or
 * later, not cancelled) before the panel is stored, so before anyone is invited. A conflict found
 * later (a candidate endorsed after the composition) blocks that member's sheets for that candidate;
 * the enterprise then replaces the member: on a locked panel a revision may only replace members in
 * conflict, everyone else stays.
 *
 * <p>Visibility: the province all panels, a city its city's, an enterprise its own, an expert the
 * panels they sit on.
 */
@ProviderType
public interface PanelService {

    /**
     * Composes the panel of an occupation of the enterprise's approved plan.
     *
     * @throws org.skilleval.plugin.api.InvalidInputException listing every problem of the members,
     *         among them every conflict of interest (field {@code members[i]}, rule the conflict
     *         rule's id)
     * @throws org.skilleval.core.rules.RuleViolationException when the plan is not approved, the
     *         occupation is not in it, or the evaluation phase is closed
     */
    PanelRecord compose(Caller caller, long participationId, String occupation, List<PanelMember> members);

    /**
     * Replaces the members of a panel.
     *
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code state} once a sheet has
     *         been submitted for the panel, unless the revision only replaces members who have a
     *         conflict of interest with a current candidate
     * @throws org.skilleval.plugin.api.InvalidInputException as {@link #compose}
     */
    PanelRecord revise(Caller caller, long panelId, long version, List<PanelMember> members);

    /** @throws org.skilleval.core.domain.NotFoundException outside the caller's scope */
    PanelRecord find(Caller caller, long panelId);

    /**
     * The conflicts of interest of a panel's members with its current candidates, as the rules see
     * them now: the enterprise (its city, the province) all of them, an expert of the panel their own.
     *
     * @throws org.skilleval.core.domain.NotFoundException outside the caller's scope
     */
    List<PanelConflict> conflicts(Caller caller, long panelId);

    /** A round's panels within the caller's scope, optionally of one participation. */
    Page<PanelRecord> list(Caller caller, long roundId, Long participationId, int offset, int limit);
}
