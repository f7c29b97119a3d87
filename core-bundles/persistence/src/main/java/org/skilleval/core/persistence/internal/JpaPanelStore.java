package org.skilleval.core.persistence.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.FlushModeType;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ParticipationRecord;
import org.skilleval.core.persistence.PanelSize;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.rules.ApplicationLifecycle;
import org.skilleval.core.rules.ApplicationStatus;

@Component(service = PanelStore.class)
public class JpaPanelStore implements PanelStore {

    /** {@link ApplicationLifecycle#ENTERED_ASSESSMENT} as a list of SQL literals (the enum's names). */
    private static final String ENTERED_ASSESSMENT = ApplicationLifecycle.ENTERED_ASSESSMENT.stream()
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    static final String OBJECT_TYPE = "Panel";

    private final JpaTransactions transactions;

    @Activate
    public JpaPanelStore(@Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public PanelRecord create(
            ParticipationRecord participation, String occupation, List<PanelMember> members, AuditActor actor) {
        try {
            return transactions.inTransaction(entityManager -> {
                PanelEntity panel = new PanelEntity(participation, occupation, members);
                entityManager.persist(panel);
                entityManager.flush();
                seat(entityManager, panel.id(), members);
                markCandidates(entityManager, participation, occupation);
                PanelRecord created = panel.toRecord(false);
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "create", "", null, created);
                return created;
            });
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "该试点企业已有“" + occupation + "”的评委会",
                    "Pilot enterprise " + participation.id() + " already has a panel for " + occupation);
        }
    }

    @Override
    public PanelRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<PanelRecord> change) {
        try {
            return transactions.inTransaction(entityManager -> {
                PanelEntity panel = entityManager.find(PanelEntity.class, id);
                if (panel == null) {
                    throw new NotFoundException(OBJECT_TYPE, Long.toString(id));
                }
                if (panel.version() != expectedVersion) {
                    throw stale(id, expectedVersion);
                }
                boolean locked = lockedPanels(entityManager, List.of(id)).contains(id);
                PanelRecord before = panel.toRecord(locked);
                PanelRecord changed = change.apply(before);
                panel.setMembers(changed.members());
                entityManager
                        .createQuery("DELETE FROM PanelSeatEntity s WHERE s.panelId = :panel")
                        .setParameter("panel", id)
                        .executeUpdate();
                seat(entityManager, id, changed.members());
                entityManager.flush();
                PanelRecord after = panel.toRecord(locked);
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(id), action, note, before, after);
                return after;
            });
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw stale(id, expectedVersion);
            }
            throw e;
        }
    }

    @Override
    public Optional<PanelRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(PanelEntity.class, id))
                .map(panel ->
                        panel.toRecord(lockedPanels(entityManager, List.of(id)).contains(id))));
    }

    @Override
    public Optional<PanelRecord> findFor(long participationId, String occupation) {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT p FROM PanelEntity p WHERE p.participationId = :participation"
                                + " AND p.occupation = :occupation",
                        PanelEntity.class)
                .setParameter("participation", participationId)
                .setParameter("occupation", occupation)
                .getResultStream()
                .findFirst()
                .map(panel -> panel.toRecord(
                        lockedPanels(entityManager, List.of(panel.id())).contains(panel.id()))));
    }

    @Override
    public List<PanelSize> sizes(Collection<Long> participationIds) {
        if (participationIds.isEmpty()) {
            return List.of();
        }
        List<Long> participations = List.copyOf(participationIds);
        return transactions.read(entityManager -> RememberedAnswers.of(entityManager)
                .answer(entityManager, List.of("panel-sizes", participations), () -> entityManager
                        .createQuery(
                                "SELECT p.id, p.participationId, p.occupation, COUNT(s.id)"
                                        + " FROM PanelEntity p, PanelSeatEntity s"
                                        + " WHERE s.panelId = p.id AND p.participationId IN :participations"
                                        + " GROUP BY p.id, p.participationId, p.occupation",
                                Object[].class)
                        .setParameter("participations", participations)
                        .getResultStream()
                        .map(row -> new PanelSize(
                                (Long) row[0], (Long) row[1], (String) row[2], ((Number) row[3]).intValue()))
                        .toList()));
    }

    @Override
    public Page<PanelRecord> list(
            long roundId,
            String cityCode,
            String creditCode,
            Long participationId,
            String expertId,
            int offset,
            int limit) {
        return transactions.read(entityManager -> {
            Filter filter = new Filter("PanelEntity")
                    .equal("roundId", roundId)
                    .equal("cityCode", cityCode)
                    .equal("creditCode", creditCode)
                    .equal("participationId", participationId);
            if (expertId != null) {
                filter.where(
                        "e.id IN (SELECT s.panelId FROM PanelSeatEntity s WHERE s.expertId = :seatExpert)",
                        Map.of("seatExpert", expertId));
            }
            Page<PanelEntity> page =
                    filter.page(entityManager, PanelEntity.class, "e.id", panel -> panel, offset, limit);
            Set<Long> locked = lockedPanels(
                    entityManager, page.items().stream().map(PanelEntity::id).toList());
            return page.withItems(page.items().stream()
                    .map(panel -> panel.toRecord(locked.contains(panel.id())))
                    .toList());
        });
    }

    @Override
    public Page<ApplicationRecord> candidates(
            long roundId,
            String cityCode,
            String creditCode,
            String expertId,
            Set<ApplicationStatus> statuses,
            int offset,
            int limit) {
        return transactions.read(entityManager -> candidateFilter(roundId, cityCode, creditCode, expertId, statuses)
                .page(entityManager, ApplicationEntity.class, "e.id", ApplicationEntity::toRecord, offset, limit));
    }

    @Override
    public Page<ApplicationSummary> candidateSummaries(
            long roundId,
            String cityCode,
            String creditCode,
            String expertId,
            Set<ApplicationStatus> statuses,
            int offset,
            int limit) {
        // An enterprise's or an expert's candidates stay few; a city's and the round's grow with the province.
        boolean growsWithProvince = creditCode == null && expertId == null;
        return transactions.read(entityManager -> JpaApplicationStore.summaries(
                entityManager,
                candidateFilter(roundId, cityCode, creditCode, expertId, statuses),
                growsWithProvince,
                offset,
                limit));
    }

    private static Filter candidateFilter(
            long roundId, String cityCode, String creditCode, String expertId, Set<ApplicationStatus> statuses) {
        Filter filter = new Filter("ApplicationEntity")
                .equal("roundId", roundId)
                .equal("cityCode", cityCode)
                .equal("creditCode", creditCode)
                .where("e.status IN :candidateStatuses", Map.of("candidateStatuses", List.copyOf(statuses)));
        if (expertId == null && ApplicationLifecycle.ENTERED_ASSESSMENT.containsAll(statuses)) {
            // A city's, an enterprise's and the round's: one range of a candidates index in id order
            // (IN_ASSESSMENT is having a panel and one of these statuses). The join below made Derby
            // hash every panel of the database for each call and read the city's applications until
            // enough had a panel (docs/performance.md, "City candidates: tenth session"); a range of
            // every application with a panel still read an enterprise's drafts ("Reads: eleventh session").
            return filter.equal("inAssessment", Boolean.TRUE);
        }
        if (expertId == null) {
            return filter.equal("hasPanel", Boolean.TRUE);
        }
        // An expert's: the seats name the panels; few rows, and the join says exactly what HAS_PANEL keeps.
        return filter.where(
                "EXISTS (SELECT p FROM PanelEntity p WHERE p.participationId = e.participationId"
                        + " AND p.occupation = TRIM(e.appliedOccupation)"
                        + " AND p.id IN (SELECT s.panelId FROM PanelSeatEntity s WHERE s.expertId = :seatExpert))",
                Map.of("seatExpert", expertId));
    }

    @Override
    public List<ApplicationRecord> candidatesOf(
            long roundId, String creditCode, long participationId, String occupation, Set<ApplicationStatus> statuses) {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT e FROM ApplicationEntity e WHERE e.roundId = :round AND e.creditCode = :enterprise"
                                + " AND e.participationId = :participation AND e.status IN :statuses"
                                + " AND TRIM(e.appliedOccupation) = :occupation ORDER BY e.id",
                        ApplicationEntity.class)
                .setParameter("round", roundId)
                .setParameter("enterprise", creditCode)
                .setParameter("participation", participationId)
                .setParameter("statuses", List.copyOf(statuses))
                .setParameter("occupation", occupation)
                .getResultStream()
                .map(ApplicationEntity::toRecord)
                .toList());
    }

    /**
     * Derives {@link ApplicationEntity}'s {@code HAS_PANEL} for an application being created or changed:
     * whether a panel of its enterprise names its occupation. Read without flushing, so that the
     * application is written once, with the derived column, and its version moves by one.
     */
    static void derivePanel(EntityManager entityManager, ApplicationEntity application) {
        String occupation = application.panelOccupation();
        application.setHasPanel(occupation != null
                && !entityManager
                        .createQuery(
                                "SELECT p.id FROM PanelEntity p WHERE p.participationId = :participation"
                                        + " AND p.occupation = :occupation",
                                Long.class)
                        .setParameter("participation", application.participationId())
                        .setParameter("occupation", occupation)
                        .setFlushMode(FlushModeType.COMMIT)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty());
    }

    /**
     * Marks the applications a new panel is for ({@code HAS_PANEL}), in the panel's transaction: those
     * of its enterprise whose occupation is the panel's, whatever their status (one that enters the
     * assessment later is a candidate then), and as candidates ({@code IN_ASSESSMENT}) those that
     * entered it already. In SQL, not JPQL: EclipseLink's bulk update would move
     * their versions, and a reader's next change of one would be refused as stale although nothing it
     * sees of the application changed. No cache holds them (shared-cache-mode NONE).
     */
    private static void markCandidates(
            EntityManager entityManager, ParticipationRecord participation, String occupation) {
        String ofThePanel = " WHERE ROUND_ID = ? AND CREDIT_CODE = ? AND PARTICIPATION_ID = ?"
                + " AND TRIM(APPLIED_OCCUPATION) = ?";
        markCandidates(entityManager, "UPDATE APPLICATION SET HAS_PANEL = ?" + ofThePanel, participation, occupation);
        markCandidates(
                entityManager,
                "UPDATE APPLICATION SET IN_ASSESSMENT = ?" + ofThePanel + " AND STATUS IN (" + ENTERED_ASSESSMENT + ")",
                participation,
                occupation);
    }

    private static void markCandidates(
            EntityManager entityManager, String update, ParticipationRecord participation, String occupation) {
        entityManager
                .createNativeQuery(update)
                .setParameter(1, Boolean.TRUE)
                .setParameter(2, participation.roundId())
                .setParameter(3, participation.creditCode())
                .setParameter(4, participation.id())
                .setParameter(5, occupation)
                .executeUpdate();
    }

    private static void seat(EntityManager entityManager, long panelId, List<PanelMember> members) {
        Set<String> seated = new HashSet<>();
        for (PanelMember member : members) {
            if (seated.add(member.expertId())) {
                entityManager.persist(new PanelSeatEntity(panelId, member.expertId()));
            }
        }
    }

    /** The panels among these for which a sheet has ever been submitted. */
    private static Set<Long> lockedPanels(EntityManager entityManager, Collection<Long> panelIds) {
        if (panelIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager
                .createQuery(
                        "SELECT DISTINCT s.panelId FROM ScoreSheetEntity s WHERE s.panelId IN :panels"
                                + " AND s.submittedAt IS NOT NULL",
                        Long.class)
                .setParameter("panels", List.copyOf(panelIds))
                .getResultList());
    }

    private static ConflictException stale(long id, long expectedVersion) {
        return ConflictException.stale(OBJECT_TYPE, id, expectedVersion);
    }
}
