package org.skilleval.core.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.rules.RoundPhase;
import org.skilleval.core.security.Caller;

/**
 * Evaluation rounds (评聘批次). The province opens them and extends their deadlines; everyone
 * signed in may read them.
 */
@ProviderType
public interface RoundService {

    /**
     * Opens a round with the seed's default schedule.
     *
     * @param title the round's name; blank for the default, e.g. 2027年第1批特级技师评聘
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     * @throws org.skilleval.core.rules.RuleViolationException for a year outside 2021–2100 or a batch
     *         other than 1 or 2
     * @throws org.skilleval.core.domain.ConflictException when the year already has this batch
     */
    RoundRecord open(Caller caller, int year, int batch, String title);

    /**
     * Moves a phase's deadline later, recording why.
     *
     * @param version the round version the caller read
     * @throws org.skilleval.core.rules.RuleViolationException when the reason is blank, the new
     *         deadline is not later than the current one, or the phases would fall out of order
     */
    RoundRecord extendDeadline(
            Caller caller, long roundId, long version, RoundPhase phase, LocalDate newDeadline, String reason);

    Optional<RoundRecord> find(Caller caller, long roundId);

    Page<RoundRecord> list(Caller caller, Integer year, int offset, int limit);

    /**
     * The phase the round is in on the given day: the first whose deadline has not passed;
     * empty once certification has closed.
     */
    Optional<RoundPhase> currentPhase(RoundRecord round, LocalDate today);

    /**
     * The round's audit trail, newest first.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province
     */
    Page<AuditEvent> trail(Caller caller, long roundId, int offset, int limit);
}
