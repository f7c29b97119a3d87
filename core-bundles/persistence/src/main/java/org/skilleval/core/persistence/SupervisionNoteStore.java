package org.skilleval.core.persistence;

import java.time.LocalDate;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.domain.SupervisionNoteRecord;

/** Supervision notes: added with their audit event, never changed. */
@ProviderType
public interface SupervisionNoteStore {

    /** Adds a note on a participation (action {@code record-supervision}). */
    SupervisionNoteRecord create(
            ParticipationRecord participation,
            LocalDate visitedOn,
            String findings,
            Long panelId,
            String occupation,
            AuditActor actor);

    Optional<SupervisionNoteRecord> find(long id);

    /** A round's notes filtered on the server ({@code null} = any), the latest visit first. */
    Page<SupervisionNoteRecord> list(
            long roundId, String cityCode, String creditCode, Long participationId, int offset, int limit);
}
