package org.skilleval.core.persistence;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;

/** Applications, one per person (ID number) and round; every change audited. */
@ProviderType
public interface ApplicationStore {

    /**
     * Creates the applicant's draft.
     *
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} when the round already has an
     *         application with this ID number or from this applicant
     */
    ApplicationRecord create(
            ParticipationRecord participation, String applicantKey, ApplicationForm form, AuditActor actor);

    /** Changes an application in one transaction, like {@link RoundStore#update}. */
    ApplicationRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<ApplicationRecord> change);

    Optional<ApplicationRecord> find(long id);

    /**
     * A round's applications filtered on the server ({@code null} = any), ordered by id.
     *
     * @param applicantKey only this applicant's
     * @param eligible only those whose computed eligibility is this
     */
    Page<ApplicationRecord> list(
            long roundId,
            String cityCode,
            String creditCode,
            String applicantKey,
            ApplicationStatus status,
            Boolean eligible,
            int offset,
            int limit);

    /**
     * The same list as {@link #list}, in the same order, as summaries: reads neither the form nor
     * the eligibility decision (the large columns), so that lists stay cheap.
     */
    Page<ApplicationSummary> summaries(
            long roundId,
            String cityCode,
            String creditCode,
            String applicantKey,
            ApplicationStatus status,
            Boolean eligible,
            int offset,
            int limit);

    /**
     * The application of a person (by ID number, exactly as stored) in a round, whatever its
     * status; sanctions find the candidate they cancel with it.
     */
    Optional<ApplicationRecord> findByRoundAndIdNumber(long roundId, String idNumber);
}
