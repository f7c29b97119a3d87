package org.skilleval.core.persistence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ScoreSheetRecord;

/** Score sheets, one per application, method and expert; every change audited. */
@ProviderType
public interface ScoreSheetStore {

    /**
     * Creates an expert's draft sheet.
     *
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} when the expert already has
     *         a sheet for this application and method
     */
    ScoreSheetRecord create(
            long applicationId,
            long panelId,
            String methodId,
            String expertId,
            Map<String, BigDecimal> points,
            String comment,
            AuditActor actor);

    /** Changes a sheet in one transaction, like {@link RoundStore#update}. */
    ScoreSheetRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<ScoreSheetRecord> change);

    /**
     * Sets the divergence flags of one method's sheets of an application in one transaction:
     * {@code flags} receives the method's sheets as read, locked, in that transaction, and answers
     * the flag each sheet is to carry (sheet id → flag; a sheet it leaves out carries none). Only
     * the sheets whose flag changes are written, each with its audit event ({@code divergence-flag}
     * or {@code divergence-clear}); their versions move on.
     *
     * @return the method's sheets afterwards, ordered by expert id
     */
    List<ScoreSheetRecord> reflag(
            long applicationId,
            String methodId,
            Function<List<ScoreSheetRecord>, Map<Long, DivergenceFlag>> flags,
            AuditActor actor);

    Optional<ScoreSheetRecord> find(long applicationId, String methodId, String expertId);

    /** All sheets of an application, ordered by method id, then expert id. */
    List<ScoreSheetRecord> ofApplication(long applicationId);

    /** How many submitted sheets each of these applications has; applications with none are absent. */
    Map<Long, Long> submittedCounts(Collection<Long> applicationIds);
}
