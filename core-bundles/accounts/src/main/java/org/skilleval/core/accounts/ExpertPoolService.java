package org.skilleval.core.accounts;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PoolExpertRecord;
import org.skilleval.core.security.Caller;

/**
 * The provincial expert pool (专家库): the province and the cities keep it, enterprises pick their
 * panel members from it. Every change is in the audit trail (object type {@code PoolExpert}).
 */
@ProviderType
public interface ExpertPoolService {

    /**
     * Adds an expert. A city's entries are its own ({@code cityCode} is the caller's city); the
     * province keeps entries of any city, or its own ({@code cityCode} empty).
     *
     * @throws org.skilleval.core.security.AccessDeniedException unless the caller is the province or
     *     the city named
     * @throws org.skilleval.core.rules.RuleViolationException naming a missing or malformed field,
     *     or an occupation not in the catalogue
     * @throws org.skilleval.core.domain.ConflictException when the expert id is taken
     */
    PoolExpertRecord add(Caller caller, PoolExpertRecord expert);

    /**
     * The pool, for the province, cities and enterprises: the whole provincial pool, narrowed by
     * city ({@code ""} for the province's own entries) and occupation.
     */
    Page<PoolExpertRecord> list(Caller caller, String cityCode, String occupation, int offset, int limit);

    /** One entry; see {@link #list}. */
    PoolExpertRecord find(Caller caller, String expertId);

    /**
     * Disables or enables an entry the caller keeps.
     *
     * @throws org.skilleval.core.domain.NotFoundException when there is none
     * @throws org.skilleval.core.security.AccessDeniedException when another city keeps it
     */
    PoolExpertRecord setEnabled(Caller caller, String expertId, boolean enabled);
}
