package org.skilleval.core.lifecycle;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.SupervisionNoteRecord;
import org.skilleval.core.security.Caller;

/**
 * On-site supervision (现场督导, seed 二（四）: 省、设区市职业技能鉴定机构将现场督导部分企业评审现场):
 * the province, or the city of the enterprise, records what it found at a pilot enterprise's
 * evaluation. Notes are only added, never changed; the province, the city and the enterprise
 * concerned read them.
 */
@ProviderType
public interface SupervisionService {

    /**
     * Records a note on a participation.
     *
     * @param visitedOn the day of the visit; not in the future
     * @param findings what was found; at most 4000 characters
     * @param panelId the panel observed, of that participation; {@code null} for none
     * @param occupation the occupation observed; {@code null} for none (taken from the panel if given)
     */
    SupervisionNoteRecord record(
            Caller caller, long participationId, LocalDate visitedOn, String findings, Long panelId, String occupation);

    /** @throws org.skilleval.core.domain.NotFoundException outside the caller's scope */
    SupervisionNoteRecord find(Caller caller, long noteId);

    /** A round's notes within the caller's scope, optionally of one participation, latest visit first. */
    Page<SupervisionNoteRecord> list(Caller caller, long roundId, Long participationId, int offset, int limit);
}
