package org.skilleval.core.persistence.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.OccupationRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.persistence.OccupationStore;

@Component(service = OccupationStore.class)
public class JpaOccupationStore implements OccupationStore {

    static final String OBJECT_TYPE = "Occupation";

    // The LIKE escape character; searches are plain text, so % and _ must match themselves.
    private static final char ESCAPE = '!';

    private final JpaTransactions transactions;

    @Activate
    public JpaOccupationStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public OccupationRecord create(
            String code, String name, boolean hasSeniorTechnicianStandard, String basis, AuditActor actor) {
        Objects.requireNonNull(name, "name");
        try {
            return transactions.inTransaction(entityManager -> {
                long existing = entityManager
                        .createQuery("SELECT COUNT(o) FROM OccupationEntity o WHERE o.name = :name", Long.class)
                        .setParameter("name", name)
                        .getSingleResult();
                if (existing > 0) {
                    throw duplicate(name);
                }
                OccupationEntity entity = new OccupationEntity(code, name, hasSeniorTechnicianStandard, basis);
                entityManager.persist(entity);
                entityManager.flush();
                OccupationRecord created = entity.toRecord();
                AuditEventEntity.record(
                        entityManager, actor, OBJECT_TYPE, Long.toString(created.id()), "create", "", null, created);
                return created;
            });
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            // The unique constraint is the backstop when two additions race past the count.
            throw duplicate(name);
        }
    }

    @Override
    public OccupationRecord update(
            long id,
            long expectedVersion,
            String action,
            String note,
            AuditActor actor,
            UnaryOperator<OccupationRecord> change) {
        return transactions.updateAudited(
                OccupationEntity.class, OBJECT_TYPE, id, expectedVersion, action, note, actor, change);
    }

    @Override
    public Optional<OccupationRecord> findByName(String name) {
        Objects.requireNonNull(name, "name");
        return transactions.read(entityManager -> entityManager
                .createQuery("SELECT o FROM OccupationEntity o WHERE o.name = :name", OccupationEntity.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .map(OccupationEntity::toRecord));
    }

    @Override
    public Optional<OccupationRecord> find(long id) {
        return transactions.read(entityManager -> Optional.ofNullable(entityManager.find(OccupationEntity.class, id))
                .map(OccupationEntity::toRecord));
    }

    @Override
    public Page<OccupationRecord> list(String nameContains, Boolean hasStandard, int offset, int limit) {
        return transactions.read(entityManager -> {
            Filter filter = new Filter("OccupationEntity").equal("hasSeniorTechnicianStandard", hasStandard);
            if (nameContains != null) {
                filter.where(
                        "LOWER(e.name) LIKE :nameLike ESCAPE '" + ESCAPE + "'",
                        Map.of("nameLike", "%" + escapeLike(nameContains.toLowerCase(Locale.ROOT)) + "%"));
            }
            return filter.page(
                    entityManager,
                    OccupationEntity.class,
                    "e.name ASC, e.id ASC",
                    OccupationEntity::toRecord,
                    offset,
                    limit);
        });
    }

    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static ConflictException duplicate(String name) {
        return new ConflictException(
                ConflictException.Kind.DUPLICATE, "职业（工种）目录中已有“" + name + "”", "The catalogue already has " + name);
    }
}
