package org.skilleval.core.persistence.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.rules.ApplicationForm;
import org.skilleval.core.rules.ApplicationStatus;

@Component(service = ApplicationStore.class)
public class JpaApplicationStore implements ApplicationStore {

    static final String OBJECT_TYPE = "Application";

    private final JpaTransactions transactions;

    @Activate
    public JpaApplicationStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public ApplicationRecord create(
            ParticipationRecord participation, String applicantKey, ApplicationForm form, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                ApplicationEntity application = new ApplicationEntity(participation, applicantKey, form);
                JpaPanelStore.derivePanel(entityManager, application);
                entityManager.persist(application);
                entityManager.flush();
                ApplicationRecord created = application.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "create", "", null, created);
                return created;
            });
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            // One application per person (ID number) and per applicant account in a round.
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "本评聘批次已有此人的申报表",
                    "Round " + participation.roundId() + " already has an application of this person");
        }
    }

    @Override
    public ApplicationRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<ApplicationRecord> change) {
        try {
            // the form may name another occupation: whether a panel is for it is derived again
            return transactions.updateAudited(
                    ApplicationEntity.class,
                    OBJECT_TYPE,
                    id,
                    expectedVersion,
                    action,
                    note,
                    actor,
                    change,
                    JpaPanelStore::derivePanel);
        } catch (ConflictException stale) {
            throw stale;
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "本评聘批次已有此人的申报表",
                    "The round already has an application of this person");
        }
    }

    @Override
    public Optional<ApplicationRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(ApplicationEntity.class, id))
                .map(ApplicationEntity::toRecord));
    }

    @Override
    public Page<ApplicationRecord> list(
            long roundId,
            String cityCode,
            String creditCode,
            String applicantKey,
            ApplicationStatus status,
            Boolean eligible,
            int offset,
            int limit) {
        return transactions.read(entityManager -> filter(roundId, cityCode, creditCode, applicantKey, status, eligible)
                .page(entityManager, ApplicationEntity.class, "e.id", ApplicationEntity::toRecord, offset, limit));
    }

    @Override
    public Page<ApplicationSummary> summaries(
            long roundId,
            String cityCode,
            String creditCode,
            String applicantKey,
            ApplicationStatus status,
            Boolean eligible,
            int offset,
            int limit) {
        // An enterprise's or an applicant's list stays small; a city's and the round's grow with the province.
        boolean growsWithProvince = creditCode == null && applicantKey == null;
        return transactions.read(entityManager -> {
            Filter filter = filter(roundId, cityCode, creditCode, applicantKey, status, eligible);
            if (growsWithProvince) {
                return summaries(entityManager, filter, true, offset, limit);
            }
            // A short list: one query, its list index giving the order (half the CPU of two steps
            // for an enterprise's page in docs/performance.md, "Reads: tenth session").
            Page<Object[]> rows =
                    filter.columns(entityManager, ApplicationEntity.SUMMARY_COLUMNS, "e.id", offset, limit);
            return rows.withItems(summaries(entityManager, rows.items()));
        });
    }

    /**
     * One page of the applications {@code filter} selects, in id order, read from the summary
     * columns; the form is read only for rows whose columns are not exact. For the lists that grow
     * with the province and the assessments' candidates; an enterprise's list is read in one query.
     *
     * <p>Two steps: the page's ids and the count (only so far, when {@code countedAhead}: see
     * {@link Filter#idsCountedAhead}) come from the tenant's list index alone
     * (IDX_APP_ROUND_CITY_LIST, IDX_APP_ROUND_CREDIT_LIST hold the filtered columns), then the 20
     * rows by primary key. In one step Derby chose the (round, tenant, status) index for the
     * assessments' candidate filter, read every base row of the tenant and sorted them for each page,
     * and for the round's page filtered by status read the round's rows in id order.
     */
    static Page<ApplicationSummary> summaries(
            EntityManager entityManager, Filter filter, boolean countedAhead, int offset, int limit) {
        Page<Long> ids = countedAhead
                ? filter.idsCountedAhead(entityManager, offset, limit)
                : filter.ids(entityManager, offset, limit);
        List<Object[]> rows = ids.items().isEmpty()
                ? List.of()
                : entityManager
                        .createQuery(
                                "SELECT " + ApplicationEntity.SUMMARY_COLUMNS
                                        + " FROM ApplicationEntity e WHERE e.id IN :ids ORDER BY e.id",
                                Object[].class)
                        .setParameter("ids", ids.items())
                        .getResultList();
        return ids.withItems(summaries(entityManager, rows));
    }

    /** The summaries of these rows of {@link ApplicationEntity#SUMMARY_COLUMNS}, in their order. */
    private static List<ApplicationSummary> summaries(EntityManager entityManager, List<Object[]> rows) {
        List<Long> inexact = rows.stream()
                .filter(row -> ApplicationEntity.summary(row) == null)
                .map(row -> (Long) row[0])
                .toList();
        // Rows stored before the summary columns existed, or with a value too long for its
        // column: only these few read their form.
        Map<Long, ApplicationSummary> fromForms = inexact.isEmpty()
                ? Map.of()
                : entityManager
                        .createQuery("SELECT e FROM ApplicationEntity e WHERE e.id IN :ids", ApplicationEntity.class)
                        .setParameter("ids", inexact)
                        .getResultStream()
                        .map(entity -> ApplicationSummary.of(entity.toRecord()))
                        .collect(Collectors.toMap(ApplicationSummary::id, summary -> summary));
        return rows.stream()
                .map(row -> Optional.ofNullable(ApplicationEntity.summary(row))
                        .orElseGet(() -> fromForms.get((Long) row[0])))
                .filter(Objects::nonNull)
                .toList();
    }

    private static Filter filter(
            long roundId,
            String cityCode,
            String creditCode,
            String applicantKey,
            ApplicationStatus status,
            Boolean eligible) {
        return new Filter("ApplicationEntity")
                .equal("roundId", roundId)
                .equal("cityCode", cityCode)
                .equal("creditCode", creditCode)
                .equal("applicantKey", applicantKey)
                .equal("status", status)
                .equal("eligible", eligible);
    }

    @Override
    public Optional<ApplicationRecord> findByRoundAndIdNumber(long roundId, String idNumber) {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT e FROM ApplicationEntity e WHERE e.roundId = :round AND e.idNumber = :idNumber",
                        ApplicationEntity.class)
                .setParameter("round", roundId)
                .setParameter("idNumber", idNumber)
                .getResultStream()
                .findFirst()
                .map(ApplicationEntity::toRecord));
    }
}
