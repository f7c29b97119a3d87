package org.skilleval.core.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.persistence.CityExtensionStore;

@Component(service = CityExtensionStore.class)
public class JpaCityExtensionStore implements CityExtensionStore {

    static final String OBJECT_TYPE = "CityExtension";

    private final JpaTransactions transactions;

    @Activate
    public JpaCityExtensionStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public CityExtensionRecord setEnabled(
            String cityCode, String pluginId, boolean enabled, Long expectedVersion, Instant at, AuditActor actor) {
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        String objectId = cityCode + "/" + pluginId;
        try {
            return transactions.inTransaction(entityManager -> {
                CityExtensionEntity entity = find(entityManager, cityCode, pluginId);
                long current = entity == null ? 0 : entity.version();
                if (expectedVersion != null && expectedVersion != current) {
                    throw stale(objectId, expectedVersion);
                }
                String action = enabled ? "enable" : "disable";
                if (entity == null) {
                    CityExtensionEntity created =
                            new CityExtensionEntity(cityCode, pluginId, enabled, actor.username(), at);
                    entityManager.persist(created);
                    entityManager.flush();
                    CityExtensionRecord after = created.toRecord();
                    AuditEventEntity.record(entityManager, actor, OBJECT_TYPE, objectId, action, "", null, after);
                    return after;
                }
                CityExtensionRecord before = entity.toRecord();
                if (before.enabled() == enabled) {
                    return before;
                }
                entity.apply(new CityExtensionRecord(
                        before.id(), before.version(), cityCode, pluginId, enabled, actor.username(), at));
                entityManager.flush();
                CityExtensionRecord after = entity.toRecord();
                AuditEventEntity.record(entityManager, actor, OBJECT_TYPE, objectId, action, "", before, after);
                return after;
            });
        } catch (ConflictException e) {
            throw e;
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw stale(objectId, expectedVersion);
            }
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            // The unique constraint on city and plugin: another first change of the same record won.
            throw new ConflictException(
                    ConflictException.Kind.STALE_VERSION,
                    "该设区市扩展刚刚被他人同时修改",
                    "CityExtension " + objectId + " was changed by someone else at the same moment");
        }
    }

    @Override
    public Optional<CityExtensionRecord> find(String cityCode, String pluginId) {
        return transactions.read(entityManager ->
                Optional.ofNullable(find(entityManager, cityCode, pluginId)).map(CityExtensionEntity::toRecord));
    }

    @Override
    public List<CityExtensionRecord> listByCity(String cityCode) {
        Objects.requireNonNull(cityCode, "cityCode");
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT e FROM CityExtensionEntity e WHERE e.cityCode = :city ORDER BY e.pluginId",
                        CityExtensionEntity.class)
                .setParameter("city", cityCode)
                .getResultStream()
                .map(CityExtensionEntity::toRecord)
                .toList());
    }

    @Override
    public List<CityExtensionRecord> listByPlugin(String pluginId) {
        Objects.requireNonNull(pluginId, "pluginId");
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT e FROM CityExtensionEntity e WHERE e.pluginId = :plugin ORDER BY e.cityCode",
                        CityExtensionEntity.class)
                .setParameter("plugin", pluginId)
                .getResultStream()
                .map(CityExtensionEntity::toRecord)
                .toList());
    }

    @Override
    public List<CityExtensionRecord> listAll() {
        return transactions.read(entityManager -> entityManager
                .createQuery(
                        "SELECT e FROM CityExtensionEntity e ORDER BY e.cityCode, e.pluginId",
                        CityExtensionEntity.class)
                .getResultStream()
                .map(CityExtensionEntity::toRecord)
                .toList());
    }

    private static CityExtensionEntity find(EntityManager entityManager, String cityCode, String pluginId) {
        return entityManager
                .createQuery(
                        "SELECT e FROM CityExtensionEntity e WHERE e.cityCode = :city AND e.pluginId = :plugin",
                        CityExtensionEntity.class)
                .setParameter("city", cityCode)
                .setParameter("plugin", pluginId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static ConflictException stale(String objectId, Long expectedVersion) {
        return new ConflictException(
                ConflictException.Kind.STALE_VERSION,
                "该设区市扩展在版本 " + expectedVersion + " 之后已被修改",
                "CityExtension " + objectId + " changed since version " + expectedVersion);
    }
}
