package org.skilleval.core.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.persistence.ThrottleStore;

@Component(service = ThrottleStore.class)
public class JpaThrottleStore implements ThrottleStore {

    /** The longest key stored as given; a longer one (a user name typed by anyone) is stored as its hash. */
    static final int MAX_KEY = 200;

    private final JpaTransactions transactions;

    @Activate
    public JpaThrottleStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this.transactions = new JpaTransactions(entityManagerFactory);
    }

    @Override
    public List<Instant> hitsSince(String key, Instant since) {
        String stored = stored(key);
        return transactions.read(entityManager -> hits(entityManager, stored, since));
    }

    @Override
    public Counted count(String key, Instant since, Instant now, int onlyBelow) {
        String stored = stored(key);
        transactions.createOnce(ThrottleKeyEntity.class, stored, () -> new ThrottleKeyEntity(stored));
        return transactions.inNewTransaction(entityManager -> {
            // Counters of this key on every node queue here: the count and the insert are one step.
            entityManager.find(ThrottleKeyEntity.class, stored, LockModeType.PESSIMISTIC_WRITE);
            entityManager
                    .createQuery("DELETE FROM ThrottleHitEntity h WHERE h.throttleKey = :key AND h.hitAt <= :since")
                    .setParameter("key", stored)
                    .setParameter("since", since)
                    .executeUpdate();
            List<Instant> hits = new ArrayList<>(hits(entityManager, stored, since));
            if (hits.size() >= onlyBelow) {
                return new Counted(false, List.copyOf(hits));
            }
            entityManager.persist(new ThrottleHitEntity(stored, now));
            hits.add(now);
            return new Counted(true, List.copyOf(hits));
        });
    }

    @Override
    public void forget(String key) {
        String stored = stored(key);
        transactions.inNewTransaction(entityManager -> entityManager
                .createQuery("DELETE FROM ThrottleHitEntity h WHERE h.throttleKey = :key")
                .setParameter("key", stored)
                .executeUpdate());
    }

    @Override
    public void forgetBefore(String prefix, Instant before) {
        transactions.inNewTransaction(entityManager -> entityManager
                .createQuery("DELETE FROM ThrottleHitEntity h"
                        + " WHERE SUBSTRING(h.throttleKey, 1, :length) = :prefix AND h.hitAt <= :before")
                .setParameter("length", prefix.length())
                .setParameter("prefix", prefix)
                .setParameter("before", before)
                .executeUpdate());
    }

    private static List<Instant> hits(EntityManager entityManager, String stored, Instant since) {
        return entityManager
                .createQuery(
                        "SELECT h.hitAt FROM ThrottleHitEntity h WHERE h.throttleKey = :key AND h.hitAt > :since"
                                + " ORDER BY h.hitAt",
                        Instant.class)
                .setParameter("key", stored)
                .setParameter("since", since)
                .getResultList();
    }

    /** The key, or for a long one its start and the hash of all of it: prefixes still select it. */
    static String stored(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, MAX_KEY - 72) + "#sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }
}
