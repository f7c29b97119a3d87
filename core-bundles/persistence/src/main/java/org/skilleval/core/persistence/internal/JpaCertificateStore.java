package org.skilleval.core.persistence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ObjLongConsumer;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CertificateRecord;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ProposalEntry;
import org.skilleval.core.domain.ProposalListRecord;
import org.skilleval.core.persistence.CertificateStore;
import org.skilleval.core.rules.CertificateCode;
import org.skilleval.core.rules.CertificateLifecycle;
import org.skilleval.core.rules.CertificateStatus;

@Component(service = CertificateStore.class)
public class JpaCertificateStore implements CertificateStore {

    static final String OBJECT_TYPE = "Certificate";

    private final JpaTransactions transactions;

    @Activate
    public JpaCertificateStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public List<CertificateRecord> issue(
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
            UnaryOperator<ProposalListRecord> certifyList) {
        // Every part is checked before anything is written; serial 1 stands in for the real one.
        String seriesKey = CertificateCode.of(
                        organisationType,
                        organisationCode,
                        CertificateCode.JIANGSU,
                        siteCode,
                        issuedOn.getYear(),
                        CertificateCode.PRINCIPAL_TECHNICIAN_LEVEL,
                        1)
                .issuingSeriesKey();
        transactions.createOnce(CertificateSeriesEntity.class, seriesKey, () -> new CertificateSeriesEntity(seriesKey));
        try {
            return transactions.inTransaction(entityManager -> {
                ProposalListEntity list = entityManager.find(ProposalListEntity.class, listId);
                if (list == null) {
                    throw new NotFoundException(JpaProposalListStore.OBJECT_TYPE, Long.toString(listId));
                }
                if (list.version() != expectedListVersion) {
                    throw stale(listId, expectedListVersion);
                }
                ProposalListRecord before = list.toRecord();
                check.accept(before, JpaObjectionStore.openCount(entityManager, listId));
                // Issuers of one series queue here: the serial is read and advanced under the row lock.
                CertificateSeriesEntity series =
                        entityManager.find(CertificateSeriesEntity.class, seriesKey, LockModeType.PESSIMISTIC_WRITE);
                List<CertificateRecord> issued = new ArrayList<>();
                List<ApplicationRecord[]> moved = new ArrayList<>();
                List<ProposalEntry> entries = new ArrayList<>();
                for (ProposalEntry entry : before.entries()) {
                    ApplicationEntity application = entry.listed()
                            ? JpaProposalListStore.application(entityManager, entry.applicationId())
                            : null;
                    ApplicationRecord was = application == null ? null : application.toRecord();
                    ApplicationRecord certified = was == null ? null : certify.apply(was);
                    if (was == null || certified.equals(was)) {
                        entries.add(entry);
                        continue;
                    }
                    String code = CertificateCode.of(
                                    organisationType,
                                    organisationCode,
                                    CertificateCode.JIANGSU,
                                    siteCode,
                                    issuedOn.getYear(),
                                    CertificateCode.PRINCIPAL_TECHNICIAN_LEVEL,
                                    series.next())
                            .value();
                    CertificateEntity certificate = new CertificateEntity(new CertificateRecord(
                            0,
                            0,
                            code,
                            was.id(),
                            listId,
                            before.roundId(),
                            was.form().name(),
                            was.form().appliedOccupation(),
                            before.creditCode(),
                            before.enterpriseName(),
                            before.cityCode(),
                            issuedOn,
                            CertificateLifecycle.ISSUE.to(),
                            ""));
                    entityManager.persist(certificate);
                    application.apply(certified);
                    entityManager.flush();
                    CertificateRecord created = certificate.toRecord();
                    issued.add(created);
                    moved.add(new ApplicationRecord[] {was, application.toRecord()});
                    entries.add(certifyEntry.apply(entry, code));
                }
                list.apply(certifyList.apply(before.withEntries(entries)));
                entityManager.flush();
                for (CertificateRecord certificate : issued) {
                    AuditEventEntity.record(
                            entityManager,
                            actor,
                            OBJECT_TYPE,
                            Long.toString(certificate.id()),
                            "issue",
                            "",
                            null,
                            certificate);
                }
                for (ApplicationRecord[] change : moved) {
                    AuditEventEntity.record(
                            entityManager,
                            actor,
                            JpaApplicationStore.OBJECT_TYPE,
                            Long.toString(change[0].id()),
                            "certify",
                            "",
                            change[0],
                            change[1]);
                }
                AuditEventEntity.record(
                        entityManager,
                        actor,
                        JpaProposalListStore.OBJECT_TYPE,
                        Long.toString(listId),
                        "issue-certificates",
                        issued.size() + " certificate(s)",
                        before,
                        list.toRecord());
                return issued;
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw stale(listId, expectedListVersion);
            }
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE, "证书编号或持证人已被占用", "A certificate code or holder is already taken");
        }
    }

    @Override
    public Optional<CertificateRecord> findByCode(String code) {
        return transactions.read(entityManager -> entityManager
                .createQuery("SELECT c FROM CertificateEntity c WHERE c.code = :code", CertificateEntity.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(CertificateEntity::toRecord));
    }

    @Override
    public Optional<CertificateRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(CertificateEntity.class, id))
                .map(CertificateEntity::toRecord));
    }

    @Override
    public Page<CertificateRecord> list(
            Long roundId,
            Long listId,
            String cityCode,
            String creditCode,
            CertificateStatus status,
            int offset,
            int limit) {
        return transactions.read(entityManager -> new Filter("CertificateEntity")
                .equal("roundId", roundId)
                .equal("listId", listId)
                .equal("cityCode", cityCode)
                .equal("creditCode", creditCode)
                .equal("status", status)
                .page(entityManager, CertificateEntity.class, "e.id", CertificateEntity::toRecord, offset, limit));
    }

    private static ConflictException stale(long id, long expectedVersion) {
        return ConflictException.stale(JpaProposalListStore.OBJECT_TYPE, id, expectedVersion);
    }
}
