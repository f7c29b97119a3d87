package org.skilleval.core.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ObjLongConsumer;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.rules.CertificateStatus;

/** 特级技师 certificates; issued and revoked only together with their audit events. */
@ProviderType
public interface CertificateStore {

    /**
     * Issues the certificates of a proposal list in one transaction. {@code check} sees the list
     * and the number of its open objections first (and may refuse by throwing; nothing is written
     * then). Every listed candidate whose application {@code certify} changes (the lifecycle's
     * transition; it leaves the others as they are) gets a certificate coded {@code organisationType organisationCode 32 siteCode yy T serial}, the
     * serial the next one of its series ({@link org.skilleval.core.rules.CertificateCode#issuingSeriesKey()})
     * under a database lock; the application becomes what {@code certify} made of it, the entry
     * what {@code certifyEntry} makes of it and the certificate's code, and the list what {@code
     * certifyList} makes of it.
     *
     * @return the certificates issued, in the order of the list
     * @throws NotFoundException when the list does not exist
     * @throws ConflictException {@link ConflictException.Kind#STALE_VERSION} on a stale version;
     *     {@link ConflictException.Kind#DUPLICATE} if a code is already taken (the unique key)
     * @throws org.skilleval.core.rules.RuleViolationException when a part of the code is malformed
     *     or the series has no serial left
     */
    List<CertificateRecord> issue(
            long listId,
            long expectedListVersion,
            char organisationType,
            String organisationCode,
            String siteCode,
            LocalDate issuedOn,
            AuditActor actor,
            ObjLongConsumer<ProposalListRecord> check,
            UnaryOperator<ApplicationRecord> certify,
            BiFunction<ProposalEntry, String, ProposalEntry> certifyEntry,
            UnaryOperator<ProposalListRecord> certifyList);

    Optional<CertificateRecord> findByCode(String code);

    /** The certificate with this id; empty when there is none. */
    Optional<CertificateRecord> find(long id);

    /** Certificates filtered on the server ({@code null} = any), ordered by id. */
    Page<CertificateRecord> list(
            Long roundId,
            Long listId,
            String cityCode,
            String creditCode,
            CertificateStatus status,
            int offset,
            int limit);
}
