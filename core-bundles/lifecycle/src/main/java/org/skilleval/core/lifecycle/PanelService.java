package org.skilleval.core.lifecycle;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.persistence.Page;
import org.skilleval.core.persistence.PanelMember;
import org.skilleval.core.persistence.PanelRecord;
import org.skilleval.core.security.Caller;

/**
 * Expert panels (评委会, seed 二（四）组织评审): a pilot enterprise whose work plan was approved
 * composes one panel per occupation of the plan while the round's evaluation phase is open: an odd
 * number of experts within the configured bounds, exactly one of them the chair. The panel can be
 * changed until the first score sheet is submitted for it.
 *
 * <p>Visibility: the province all panels, a city its city's, an enterprise its own, an expert the
 * panels they sit on.
 */
@ProviderType
public interface PanelService {

    /**
     * Composes the panel of an occupation of the enterprise's approved plan.
     *
     * @throws org.skilleval.plugin.api.InvalidInputException listing every problem of the members
     * @throws org.skilleval.core.rules.RuleViolationException when the plan is not approved, the
     *         occupation is not in it, or the evaluation phase is closed
     */
    PanelRecord compose(Caller caller, long participationId, String occupation, List<PanelMember> members);

    /**
     * Replaces the members of a panel.
     *
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code state} once a sheet has
     *         been submitted for the panel
     */
    PanelRecord revise(Caller caller, long panelId, long version, List<PanelMember> members);

    /** @throws org.skilleval.core.persistence.NotFoundException outside the caller's scope */
    PanelRecord find(Caller caller, long panelId);

    /** A round's panels within the caller's scope, optionally of one participation. */
    Page<PanelRecord> list(Caller caller, long roundId, Long participationId, int offset, int limit);
}
