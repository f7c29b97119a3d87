package org.skilleval.core.lifecycle;

import java.util.Collection;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.ObjectionCounts;
import org.skilleval.core.domain.ObjectionRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.rules.ObjectionStatus;
import org.skilleval.core.security.Caller;

/**
 * Objections (异议) against publicised candidates: anyone may object while a publicity of the list
 * runs; the enterprise (its own lists) and the province resolve them.
 */
@ProviderType
public interface ObjectionService {

    /** The longest objection text. */
    int MAX_CONTENT_LENGTH = 2000;

    /**
     * Records an objection from anyone, unauthenticated. The objector's name and contact are kept
     * for those who resolve it and never shown publicly.
     *
     * @param listId the publicity (the proposal list's id)
     * @param entryId the candidate's entry on the list
     * @return the objection, with its receipt number
     * @throws org.skilleval.core.domain.NotFoundException when there is no such publicity or
     *     candidate
     * @throws org.skilleval.core.rules.RuleViolationException {@code content} rule {@code required}
     *     or {@code length}; {@code objectorName}, {@code objectorContact} rule {@code length};
     *     {@code entryId} rule {@code not-listed}; {@code listId} rule
     *     {@code outside-publicity-window} naming the windows
     */
    ObjectionRecord submit(long listId, long entryId, String content, String objectorName, String objectorContact);

    /** Whether {@link #submit} takes objections against this publicised list today (one of its windows runs). */
    boolean takesObjections(ProposalListRecord list);

    /**
     * Upholds (the candidate leaves the list) or dismisses an OPEN objection, with a note.
     *
     * @throws org.skilleval.core.rules.RuleViolationException {@code note} rule {@code required} or
     *     {@code length}; {@code status} rule {@code state}
     */
    ObjectionRecord resolve(Caller caller, long objectionId, long version, boolean upheld, String note);

    /** @throws org.skilleval.core.domain.NotFoundException outside the caller's scope */
    ObjectionRecord find(Caller caller, long objectionId);

    /**
     * Objections the caller may see (province all, enterprise those against its lists), filtered on
     * the server; {@code null} = any.
     *
     * @throws org.skilleval.core.security.AccessDeniedException for other roles
     */
    Page<ObjectionRecord> list(Caller caller, Long roundId, Long listId, ObjectionStatus status, int offset, int limit);

    /**
     * How many objections each of these lists received, by status; lists outside the caller's
     * scope (province, city, enterprise) are left out.
     */
    Map<Long, ObjectionCounts> counts(Caller caller, Collection<Long> listIds);
}
