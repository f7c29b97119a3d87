package org.skilleval.core.persistence.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;
import org.skilleval.core.persistence.AccountCredentials;
import org.skilleval.core.persistence.AccountStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts in the database. A token's standing ({@link #tokenStanding}, asked on every
 * authenticated request) is read from the database when other nodes may share it, and answered from
 * memory ({@link RememberedTokenStandings}) when this process alone can open it (embedded Derby):
 * there, every change of a token epoch or sign-out passes through this store, which tells the memory
 * after each commit. DS keeps one instance per persistence unit; an instance made after the unit came
 * back starts with an empty memory, and no write of the closed unit's instance can commit after it.
 */
@Component(service = AccountStore.class)
public class JpaAccountStore implements AccountStore {

    private static final Logger LOG = LoggerFactory.getLogger(JpaAccountStore.class);

    /** Derby refuses an IN list beyond a few thousand parameters; look up in chunks. */
    private static final int IN_CHUNK = 500;

    private final JpaTransactions transactions;
    /** Whether other processes may write the database; {@code null}: ask the database at first need. */
    private final Boolean shared;

    private final EntityManagerFactory entityManagerFactory;
    /** Set once whether standings are remembered is decided, and the stored sign-outs are read. */
    private volatile boolean standingsDecided;
    /** The standings in memory, when the database is this process's alone; {@code null} otherwise. */
    private volatile RememberedTokenStandings remembered;

    @Activate
    public JpaAccountStore(
            @Reference(target = "(osgi.unit.name=skilleval)") EntityManagerFactory entityManagerFactory) {
        this(entityManagerFactory, null);
    }

    /**
     * @param shared whether to act as if other processes wrote the database too, or {@code null} to
     *     ask the database
     */
    JpaAccountStore(EntityManagerFactory entityManagerFactory, Boolean shared) {
        this.transactions = new JpaTransactions(entityManagerFactory);
        this.entityManagerFactory = entityManagerFactory;
        this.shared = shared;
    }

    @Override
    public List<AccountRecord> create(List<AccountCredentials> accounts, AuditActor actor) {
        Objects.requireNonNull(actor, "actor");
        try {
            return transactions.inTransaction(entityManager -> {
                List<AccountEntity> created = new ArrayList<>(accounts.size());
                for (AccountCredentials credentials : accounts) {
                    AccountEntity entity = new AccountEntity(credentials);
                    entityManager.persist(entity);
                    created.add(entity);
                }
                entityManager.flush();
                List<AccountRecord> records = new ArrayList<>(created.size());
                for (AccountEntity entity : created) {
                    AccountRecord after = entity.toRecord();
                    AuditEventEntity.record(
                            entityManager, actor, OBJECT_TYPE, after.username(), "create", "", null, after);
                    records.add(after);
                }
                afterCommit(
                        entityManager,
                        memory -> records.forEach(
                                account -> memory.epochCommitted(account.username(), account.tokenEpoch())));
                return records;
            });
        } catch (PersistenceException e) {
            if (!JpaTransactions.isUniqueViolation(e)) {
                throw e;
            }
            // A unique key: the user name, or the employee or expert, was taken meanwhile.
            String which = accounts.size() == 1 ? accounts.get(0).account().username() : "";
            throw new ConflictException(
                    ConflictException.Kind.DUPLICATE,
                    "账号" + (which.isEmpty() ? "" : " " + which) + " 已存在（用户名、工号或专家编号已被使用）",
                    "An account" + (which.isEmpty() ? "" : " " + which)
                            + " exists already (user name, employee or expert taken)");
        }
    }

    @Override
    public Optional<AccountRecord> find(String username) {
        return transactions.read(
                entityManager -> entity(entityManager, username).map(AccountEntity::toRecord));
    }

    @Override
    public Optional<AccountCredentials> credentials(String username) {
        return transactions.read(
                entityManager -> entity(entityManager, username).map(AccountEntity::toCredentials));
    }

    @Override
    public Set<String> existingUsernames(Collection<String> usernames) {
        return chunked(
                usernames,
                chunk -> transactions.read(entityManager -> entityManager
                        .createQuery("SELECT a.username FROM AccountEntity a WHERE a.username IN :names", String.class)
                        .setParameter("names", chunk)
                        .getResultList()));
    }

    @Override
    public Set<String> existingSubjects(String role, String creditCode, Collection<String> subjects) {
        // By the unique SUBJECT_KEY index: a probe per subject, however many accounts the enterprise
        // holds (role, credit code and subject IN scanned all of them once per chunk).
        java.util.Map<String, String> subjectByKey = new java.util.HashMap<>();
        for (String subject : subjects) {
            subjectByKey.put(AccountEntity.subjectKey(role, creditCode == null ? "" : creditCode, subject), subject);
        }
        subjectByKey.remove(null);
        Set<String> found = new HashSet<>();
        for (String key : chunked(
                subjectByKey.keySet(),
                chunk -> transactions.read(entityManager -> entityManager
                        .createQuery(
                                "SELECT a.subjectKey FROM AccountEntity a WHERE a.subjectKey IN :keys", String.class)
                        .setParameter("keys", chunk)
                        .getResultList()))) {
            found.add(subjectByKey.get(key));
        }
        return found;
    }

    @Override
    public Set<String> existingApplicantIdNumbers(String creditCode, Collection<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return Set.of();
        }
        // One pass over the enterprise's applicants (index IDX_ACCOUNT_CREDIT), not one per chunk of
        // the file: ID_NUMBER has no index of its own (databases of earlier releases lack the column).
        Set<String> wanted = new HashSet<>(idNumbers);
        Set<String> found = new HashSet<>();
        transactions
                .read(entityManager -> entityManager
                        .createQuery(
                                "SELECT a.idNumber FROM AccountEntity a WHERE a.creditCode = :credit"
                                        + " AND a.role = 'applicant' AND a.idNumber IS NOT NULL",
                                String.class)
                        .setParameter("credit", creditCode == null ? "" : creditCode)
                        .getResultList())
                .stream()
                .filter(wanted::contains)
                .forEach(found::add);
        return found;
    }

    private static Set<String> chunked(
            Collection<String> values, java.util.function.Function<List<String>, List<String>> lookup) {
        List<String> all = new ArrayList<>(new HashSet<>(values));
        Set<String> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            found.addAll(lookup.apply(all.subList(from, Math.min(all.size(), from + IN_CHUNK))));
        }
        return found;
    }

    @Override
    public Page<AccountRecord> list(Set<String> roles, String cityCode, String creditCode, int offset, int limit) {
        if (roles.isEmpty()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        String where = " WHERE a.role IN :roles"
                + (cityCode == null ? "" : " AND a.cityCode = :city")
                + (creditCode == null ? "" : " AND a.creditCode = :credit");
        return transactions.read(entityManager -> {
            TypedQuery<Long> count =
                    entityManager.createQuery("SELECT COUNT(a) FROM AccountEntity a" + where, Long.class);
            TypedQuery<AccountEntity> page = entityManager.createQuery(
                    "SELECT a FROM AccountEntity a" + where + " ORDER BY a.username", AccountEntity.class);
            for (TypedQuery<?> query : List.of(count, page)) {
                query.setParameter("roles", roles);
                if (cityCode != null) {
                    query.setParameter("city", cityCode);
                }
                if (creditCode != null) {
                    query.setParameter("credit", creditCode);
                }
            }
            List<AccountRecord> items = page.setFirstResult(offset)
                    .setMaxResults(limit)
                    .getResultStream()
                    .map(AccountEntity::toRecord)
                    .toList();
            return new Page<>(items, count.getSingleResult(), offset, limit);
        });
    }

    @Override
    public AccountRecord update(
            String username,
            String action,
            String note,
            AuditActor actor,
            String newPasswordHash,
            UnaryOperator<AccountRecord> change) {
        return transactions.inTransaction(entityManager -> {
            AccountEntity entity =
                    entity(entityManager, username).orElseThrow(() -> new NotFoundException("Account", username));
            AccountRecord before = entity.toRecord();
            AccountRecord changed = change.apply(before);
            if (changed.tokenEpoch() < before.tokenEpoch()) {
                // Tokens refused once must stay refused; the remembered standings rely on it too.
                throw new IllegalArgumentException("An account's token epoch never falls: " + username);
            }
            entity.apply(changed, newPasswordHash);
            entityManager.flush();
            AccountRecord after = entity.toRecord();
            AuditEventEntity.record(entityManager, actor, OBJECT_TYPE, username, action, note, before, after);
            afterCommit(entityManager, memory -> memory.epochCommitted(username, after.tokenEpoch()));
            return after;
        });
    }

    @Override
    public void audit(String username, String action, String note, AuditActor actor) {
        transactions.inTransaction(entityManager -> {
            AuditEventEntity.record(entityManager, actor, OBJECT_TYPE, username, action, note, null, null);
            return null;
        });
    }

    @Override
    public void revokeToken(String tokenId, String username, Instant expiresAt, AuditActor actor) {
        transactions.inTransaction(entityManager -> {
            if (entityManager.find(RevokedTokenEntity.class, tokenId) == null) {
                entityManager.persist(new RevokedTokenEntity(tokenId, username, expiresAt));
                AuditEventEntity.record(entityManager, actor, OBJECT_TYPE, username, "sign-out", "", null, null);
            }
            afterCommit(entityManager, memory -> memory.signOutCommitted(tokenId, expiresAt, Instant.now()));
            return null;
        });
    }

    @Override
    public Set<String> revokedTokens(Instant now) {
        return transactions.inTransaction(entityManager -> {
            entityManager
                    .createQuery("DELETE FROM RevokedTokenEntity t WHERE t.expiresAt <= :now")
                    .setParameter("now", now)
                    .executeUpdate();
            afterCommit(entityManager, memory -> memory.expiredForgotten(now));
            return new HashSet<>(entityManager
                    .createQuery("SELECT t.tokenId FROM RevokedTokenEntity t", String.class)
                    .getResultList());
        });
    }

    @Override
    public TokenStanding tokenStanding(String username, String tokenId) {
        RememberedTokenStandings memory = rememberedStandings();
        return memory != null ? memory.standing(username, tokenId) : storedStanding(username, tokenId);
    }

    /**
     * The remembered standings if the database is this process's alone, else {@code null}; decided at
     * the first call, which also reads the stored sign-outs, after the memory is in place so that a
     * sign-out committed meanwhile is heard of one way or the other.
     */
    private RememberedTokenStandings rememberedStandings() {
        if (standingsDecided) {
            return remembered;
        }
        synchronized (this) {
            if (!standingsDecided) {
                if (remembered == null
                        && !(shared != null ? shared : !SingleProcessDatabase.holds(entityManagerFactory))) {
                    remembered = new RememberedTokenStandings(this::storedEpoch);
                }
                if (remembered != null) {
                    remembered.signOutsStored(storedSignOuts());
                }
                standingsDecided = true;
                LOG.info(
                        remembered != null
                                ? "Token standings are answered from memory: the database is this process's alone"
                                : "Token standings are read from the database at every request: it may be shared");
            }
        }
        return remembered;
    }

    /** Tells the remembered standings, if there are, of a change once its transaction has committed. */
    private void afterCommit(EntityManager entityManager, Consumer<RememberedTokenStandings> change) {
        JpaTransactions.afterCommit(entityManager, () -> {
            RememberedTokenStandings memory = remembered;
            if (memory != null) {
                change.accept(memory);
            }
        });
    }

    private long storedEpoch(String username) {
        return transactions.read(entityManager -> entityManager
                .createQuery("SELECT a.tokenEpoch FROM AccountEntity a WHERE a.username = :name", Long.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst()
                .orElse(0L));
    }

    private java.util.Map<String, Instant> storedSignOuts() {
        return transactions.read(entityManager -> entityManager
                .createQuery("SELECT t FROM RevokedTokenEntity t", RevokedTokenEntity.class)
                .getResultStream()
                .collect(Collectors.toMap(RevokedTokenEntity::tokenId, RevokedTokenEntity::expiresAt)));
    }

    private TokenStanding storedStanding(String username, String tokenId) {
        // One statement for both facts: a native query returns the columns as the database holds them
        // now, whatever another node committed, and never touches an entity cache. Epochs are never
        // negative, so -1 marks the row that says the token was signed out.
        List<?> rows = transactions.read(entityManager -> entityManager
                .createNativeQuery("SELECT TOKEN_EPOCH FROM ACCOUNT WHERE USERNAME = ?"
                        + " UNION ALL SELECT -1 FROM REVOKED_TOKEN WHERE TOKEN_ID = ?")
                .setParameter(1, username)
                .setParameter(2, tokenId)
                .getResultList());
        long epoch = 0;
        boolean signedOut = false;
        for (Object row : rows) {
            long value = ((Number) row).longValue();
            if (value < 0) {
                signedOut = true;
            } else {
                epoch = value;
            }
        }
        return new TokenStanding(epoch, signedOut);
    }

    private static Optional<AccountEntity> entity(EntityManager entityManager, String username) {
        return entityManager
                .createQuery("SELECT a FROM AccountEntity a WHERE a.username = :name", AccountEntity.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }
}
