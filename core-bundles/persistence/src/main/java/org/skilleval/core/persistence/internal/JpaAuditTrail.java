package org.skilleval.core.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.persistence.EntityManagerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AuditAnchor;
import org.skilleval.core.domain.AuditEvent;
import org.skilleval.core.domain.AuditVerification;
import org.skilleval.core.domain.Page;
import org.skilleval.core.persistence.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = AuditTrail.class)
public class JpaAuditTrail implements AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditTrail.class);

    private final EntityManagerFactory entityManagerFactory;
    private final JpaTransactions transactions;

    @Activate
    public JpaAuditTrail(@Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public Page<AuditEvent> of(String objectType, String objectId, int offset, int limit) {
        return transactions.read(entityManager -> {
            long total = entityManager
                    .createQuery(
                            "SELECT COUNT(e) FROM AuditEventEntity e WHERE e.objectType = :type AND e.objectId = :id",
                            Long.class)
                    .setParameter("type", objectType)
                    .setParameter("id", objectId)
                    .getSingleResult();
            var items = entityManager
                    .createQuery(
                            "SELECT e FROM AuditEventEntity e WHERE e.objectType = :type AND e.objectId = :id"
                                    + " ORDER BY e.id DESC",
                            AuditEventEntity.class)
                    .setParameter("type", objectType)
                    .setParameter("id", objectId)
                    .setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultStream()
                    .map(AuditEventEntity::toEvent)
                    .toList();
            return new Page<>(items, total, offset, limit);
        });
    }

    @Override
    public AuditVerification verify() {
        AuditChainer chainer = AuditChainer.of(entityManagerFactory);
        chainer.drain();
        return chainer.whilePaused(
                pending -> onConnection(connection -> AuditChain.verify(connection, pending, this::onOtherConnection)));
    }

    @Override
    public Optional<AuditAnchor> anchor() {
        return onConnection(connection -> {
            Optional<AuditAnchor> head = AuditChain.head(connection);
            if (head.isEmpty() || head.get().seq() == 0 || head.get().hash().equals(lastAnchorHash(connection))) {
                return head.filter(h -> h.seq() > 0);
            }
            AuditAnchor anchor = new AuditAnchor(head.get().seq(), head.get().hash(), Instant.now());
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO AUDIT_ANCHOR (SEQ, HASH, ANCHORED_AT) VALUES (?, ?, ?)")) {
                insert.setLong(1, anchor.seq());
                insert.setString(2, anchor.hash());
                insert.setTimestamp(3, java.sql.Timestamp.from(anchor.anchoredAt()));
                insert.executeUpdate();
            }
            LOG.info("Audit chain anchored: place {} has hash {}", anchor.seq(), anchor.hash());
            return Optional.of(anchor);
        });
    }

    private static String lastAnchorHash(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT HASH FROM AUDIT_ANCHOR ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /**
     * Runs JDBC work on the persistence unit's own connection, in a transaction: the chain is read
     * from the tables themselves, never from EclipseLink's cache, so an edit made behind the
     * platform's back is seen.
     */
    private <T> T onOtherConnection(JpaTransactions.ConnectionWork<T> work) {
        return onConnection(work);
    }

    private <T> T onConnection(JpaTransactions.ConnectionWork<T> work) {
        return JpaTransactions.onOwnConnection(entityManagerFactory, "The audit chain could not be read", work);
    }
}
