package org.skilleval.core.persistence;

import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ApplicationStatus;

/** Expert panels, one per participation and occupation; every change audited. */
@ProviderType
public interface PanelStore {

    /**
     * Creates the panel of an occupation of a participation.
     *
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} when the occupation already
     *         has a panel
     */
    PanelRecord create(
            ParticipationRecord participation,
            String occupation,
            java.util.List<PanelMember> members,
            AuditActor actor);

    /**
     * Changes a panel in one transaction, like {@link RoundStore#update}. The record handed to
     * {@code change} tells, read in the same transaction, whether the panel is {@link PanelRecord#locked()}.
     */
    PanelRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<PanelRecord> change);

    Optional<PanelRecord> find(long id);

    /** The panel of an occupation of a participation. */
    Optional<PanelRecord> findFor(long participationId, String occupation);

    /** The panels of these participations with their number of experts, in one query (for a page of candidates). */
    java.util.List<PanelSize> sizes(java.util.Collection<Long> participationIds);

    /**
     * A round's panels filtered on the server ({@code null} = any), ordered by id.
     *
     * @param expertId only the panels this expert sits on
     */
    Page<PanelRecord> list(
            long roundId,
            String cityCode,
            String creditCode,
            Long participationId,
            String expertId,
            int offset,
            int limit);

    /**
     * The applications of a participation in one of {@code statuses} that apply for the occupation,
     * whether or not its panel exists yet: the candidates a panel of that occupation judges
     * (read by the round and enterprise index). Ordered by id.
     */
    java.util.List<ApplicationRecord> candidatesOf(
            long roundId, String creditCode, long participationId, String occupation, Set<ApplicationStatus> statuses);

    /**
     * A round's applications in one of {@code statuses} whose participation has a panel for the
     * occupation applied for (the candidates under assessment), filtered on the server
     * ({@code null} = any), ordered by id.
     *
     * @param expertId only the candidates of panels this expert sits on
     */
    Page<ApplicationRecord> candidates(
            long roundId,
            String cityCode,
            String creditCode,
            String expertId,
            Set<ApplicationStatus> statuses,
            int offset,
            int limit);

    /**
     * The lines of {@link #candidates}, same filter, order and paging, without the form's body: for
     * lists, which show only these.
     *
     * @param expertId only the candidates of panels this expert sits on
     * @since 4.2
     */
    Page<ApplicationSummary> candidateSummaries(
            long roundId,
            String cityCode,
            String creditCode,
            String expertId,
            Set<ApplicationStatus> statuses,
            int offset,
            int limit);
}
