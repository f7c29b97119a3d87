package org.skilleval.core.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PoolExpertRecord;

/**
 * The provincial expert pool (专家库, table {@code POOL_EXPERT}); every change audited (object type
 * {@code PoolExpert}, object id the expert id).
 */
@ProviderType
public interface ExpertPoolStore {

    String OBJECT_TYPE = "PoolExpert";

    /**
     * Adds experts, all or none (ids and versions of the given records are ignored).
     *
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} when an expert id is taken
     */
    List<PoolExpertRecord> add(List<PoolExpertRecord> experts, AuditActor actor);

    Optional<PoolExpertRecord> find(String expertId);

    /** Which of these expert ids exist already. */
    Set<String> existing(Collection<String> expertIds);

    /** Pool entries by expert id; {@code cityCode} {@code null} for any, empty for the province's own. */
    Page<PoolExpertRecord> list(String cityCode, String occupation, int offset, int limit);

    /**
     * Enables or disables an entry.
     *
     * @throws NotFoundException when there is no such expert
     */
    PoolExpertRecord setEnabled(String expertId, boolean enabled, AuditActor actor);
}
