package org.skilleval.core.lifecycle;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.rules.ProposalListStatus;
import org.skilleval.core.security.Caller;

/**
 * Proposal lists (特级技师建议人选名单) and their publicity (公示), seed 二（五）: the enterprise draws up
 * the list from its passed candidates, reports it to the province and publicises it to all its
 * employees; the province publicises it on its website. Each publicity lasts at least 5 working
 * days, the first day counting.
 */
@ProviderType
public interface ProposalListService {

    /** The least number of working days of a publicity (公示期不少于5个工作日), seed 二（五）. */
    int MINIMUM_PUBLICITY_WORKING_DAYS = 5;

    /**
     * The enterprise's draft for its participation, with these passed applications (one list per
     * participation), until the evaluation deadline.
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is an enterprise
     * @throws org.skilleval.core.domain.NotFoundException for another enterprise's participation
     * @throws org.skilleval.core.rules.RuleViolationException field {@code applicationIds} rule
     *     {@code required}, {@code duplicate} or {@code not-passed} (naming the applications that are
     *     not passed applications of the enterprise in the round); {@code participationId} rule
     *     {@code state} or {@code sanctioned}; {@code phase} rule {@code deadline-passed}
     * @throws org.skilleval.core.domain.ConflictException {@code DUPLICATE} when the
     *     participation already has a list
     */
    ProposalListRecord create(Caller caller, long participationId, List<Long> applicationIds);

    /** Replaces the candidates of a DRAFT list; refusals as {@link #create}, plus {@code status} rule {@code state}. */
    ProposalListRecord revise(Caller caller, long listId, long version, List<Long> applicationIds);

    /**
     * Reports a DRAFT list to the province by the evaluation deadline and opens the enterprise's
     * publicity: every candidate's application becomes PROPOSED. The share warning (many of the
     * enterprise's 高级技师 proposed) is computed and stored; it never blocks.
     *
     * @param enterpriseStart the first day of the enterprise's publicity, not before today
     * @param enterpriseEnd its last day; {@code null} for the shortest allowed
     * @throws org.skilleval.core.rules.RuleViolationException {@code enterpriseStart} rule
     *     {@code required} or {@code start-in-past}; {@code enterpriseEnd} rule
     *     {@code publicity-too-short} naming the earliest allowed end; {@code applicationIds} rule
     *     {@code not-passed}; {@code status} rule {@code state}; {@code phase} rule
     *     {@code deadline-passed}
     */
    ProposalListRecord submit(
            Caller caller, long listId, long version, LocalDate enterpriseStart, LocalDate enterpriseEnd);

    /**
     * The province publicises a SUBMITTED list on its website, by the publicity deadline.
     *
     * @throws org.skilleval.core.rules.RuleViolationException {@code start} rule {@code required}
     *     or {@code start-in-past}; {@code end} rule {@code publicity-too-short}; {@code status}
     *     rule {@code state}; {@code phase} rule {@code deadline-passed}
     */
    ProposalListRecord publish(Caller caller, long listId, long version, LocalDate start, LocalDate end);

    /** @throws org.skilleval.core.domain.NotFoundException outside the caller's scope */
    ProposalListRecord find(Caller caller, long listId);

    /**
     * Lists within the caller's scope (province all, city its city, enterprise its own), filtered
     * on the server; {@code null} = any.
     */
    Page<ProposalListRecord> list(
            Caller caller,
            Long roundId,
            String cityCode,
            Boolean warning,
            ProposalListStatus status,
            int offset,
            int limit);

    /**
     * For everyone, unauthenticated: the lists the province publicises now or did until recently
     * (the configured number of days after the end), the latest start first.
     */
    Page<ProposalListRecord> publicised(int offset, int limit);

    /**
     * One publicised list, for everyone.
     *
     * @throws org.skilleval.core.domain.NotFoundException unless {@link #publicised} shows it
     */
    ProposalListRecord findPublicised(long listId);
}
