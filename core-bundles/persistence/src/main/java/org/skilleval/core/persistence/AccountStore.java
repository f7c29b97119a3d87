package org.skilleval.core.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.Page;

/**
 * The platform's sign-in accounts (table {@code ACCOUNT}) and the tokens signed out before they
 * expired ({@code REVOKED_TOKEN}). Every change is one transaction with its audit event (object
 * type {@code Account}, object id the user name). The store keeps what it is given: the accounts
 * bundle checks who may change what.
 */
@ProviderType
public interface AccountStore {

    /** The audit trail's object type of accounts. */
    String OBJECT_TYPE = "Account";

    /**
     * Creates accounts, all or none, each with its audit event (action {@code create}).
     *
     * @throws ConflictException {@link ConflictException.Kind#DUPLICATE} naming the first user name,
     *     or employee or expert already holding an account; nothing is written then
     */
    List<AccountRecord> create(List<AccountCredentials> accounts, AuditActor actor);

    Optional<AccountRecord> find(String username);

    /** The account with its password hash, for the authenticator. */
    Optional<AccountCredentials> credentials(String username);

    /** Which of these user names exist already. */
    Set<String> existingUsernames(Collection<String> usernames);

    /**
     * Which of these subjects of an enterprise's applicants ({@code role} {@code applicant}, the
     * employee numbers) or of the experts ({@code role} {@code expert}, {@code creditCode} empty,
     * the expert ids) hold an account already.
     */
    Set<String> existingSubjects(String role, String creditCode, Collection<String> subjects);

    /** Which of these resident ID numbers an applicant account of the enterprise holds already. */
    Set<String> existingApplicantIdNumbers(String creditCode, Collection<String> idNumbers);

    /**
     * Accounts by user name, filtered: {@code roles} the roles to include; {@code cityCode} and
     * {@code creditCode} {@code null} for any.
     */
    Page<AccountRecord> list(Set<String> roles, String cityCode, String creditCode, int offset, int limit);

    /**
     * Changes an account's state with its audit event, and its password hash unless
     * {@code newPasswordHash} is {@code null}.
     *
     * @throws NotFoundException when there is no such account
     */
    AccountRecord update(
            String username,
            String action,
            String note,
            AuditActor actor,
            String newPasswordHash,
            UnaryOperator<AccountRecord> change);

    /** Records a sign-in event of this (possibly unknown) user name in the audit trail. */
    void audit(String username, String action, String note, AuditActor actor);

    /** Remembers a signed-out token until it would have expired anyway; audited as {@code sign-out}. */
    void revokeToken(String tokenId, String username, Instant expiresAt, AuditActor actor);

    /** The ids of signed-out tokens not yet expired at {@code now}; expired ones are forgotten. */
    Set<String> revokedTokens(Instant now);

    /**
     * Where a presented token stands now, as of the last commit of any node: called on every
     * authenticated request, on whichever node it lands. On a database that several nodes may share
     * it is read from the database in one round trip, past every cache; on one that this process
     * alone can open (embedded Derby), every change passes through this store, which answers from
     * memory kept up to date at each commit.
     *
     * @param username the token's user name; an unknown one has token epoch {@code 0}
     * @param tokenId the token's id
     * @since 4.5
     */
    TokenStanding tokenStanding(String username, String tokenId);

    /**
     * @param tokenEpoch the account's current token epoch ({@code 0} without an account)
     * @param signedOut whether the token was signed out
     */
    record TokenStanding(long tokenEpoch, boolean signedOut) {}
}
