package org.skilleval.core.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.rules.WorkPlanStatus;

/** Work plans, one per participation; every change audited. */
@ProviderType
public interface WorkPlanStore {

    /**
     * Creates the draft plan of a participation.
     *
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} when the participation has a plan
     */
    WorkPlanRecord create(ParticipationRecord participation, WorkPlanRecord.Content content, AuditActor actor);

    /** Changes a plan in one transaction, like {@link RoundStore#update}. */
    WorkPlanRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<WorkPlanRecord> change);

    Optional<WorkPlanRecord> find(long id);

    Optional<WorkPlanRecord> findByParticipation(long participationId);

    /**
     * How many assessment methods the plan of each of these participations has, in one query, for
     * the participations that have a plan (for a page of candidates: the sheets each expert owes).
     */
    java.util.Map<Long, Integer> methodCounts(java.util.Collection<Long> participationIds);

    /** A round's plans filtered on the server by city, enterprise and status ({@code null} = any). */
    Page<WorkPlanRecord> list(
            long roundId, String cityCode, String creditCode, WorkPlanStatus status, int offset, int limit);

    /**
     * How many approved plans of each round pin each version of a plugin, as a method or as the
     * scheme; ordered by round, kind and version. Rounds with no such plan are left out.
     */
    List<PinnedVersionCount> pinnedVersions(String pluginId);
}
