package org.skilleval.core.persistence;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.RoundRecord;
import org.skilleval.core.rules.RoundSchedule;

/** Rounds, with every change audited in its own transaction. */
@ProviderType
public interface RoundStore {

    /**
     * Creates a round.
     *
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} when the year already has
     *         this batch
     */
    RoundRecord create(int year, int batch, String title, RoundSchedule schedule, AuditActor actor);

    /**
     * Changes a round in one transaction: reads it, checks the version the caller read, applies
     * {@code change} (which may refuse by throwing; then nothing is written), stores the result and
     * its audit event, with {@code note} saying why.
     *
     * @throws NotFoundException when the round does not exist
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} when the round changed
     *         since the caller read {@code expectedVersion}
     */
    RoundRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<RoundRecord> change);

    Optional<RoundRecord> find(long id);

    /** Rounds, newest year and batch first; {@code year} filters when not {@code null}. */
    Page<RoundRecord> list(Integer year, int offset, int limit);
}
