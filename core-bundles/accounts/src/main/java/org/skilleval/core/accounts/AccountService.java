package org.skilleval.core.accounts;

import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.security.Caller;

/**
 * Delegated administration of the platform's accounts. Each level manages the accounts directly
 * below it, within its own tenant: the province manages province and city accounts and the expert
 * accounts of the whole pool; a city the HR accounts of its enterprises and the expert accounts of
 * its own pool entries; HR the applicant accounts of its own employees. An account outside the
 * caller's scope does not exist for the caller. Every change is in the audit trail (object type
 * {@code Account}). Accounts are disabled, never deleted.
 */
@ProviderType
public interface AccountService {

    /**
     * Creates an account with a one-time password.
     *
     * @throws org.skilleval.core.security.AccessDeniedException when the caller may not create
     *     accounts of this role, or of this tenant
     * @throws org.skilleval.core.rules.RuleViolationException naming the field that is missing or
     *     malformed
     * @throws org.skilleval.core.domain.ConflictException when the user name is taken, or the
     *     employee or expert holds an account already
     */
    IssuedAccount create(Caller caller, NewAccount account);

    /** The accounts the caller manages, by user name; {@code role} and {@code cityCode} narrow it. */
    Page<AccountRecord> list(Caller caller, String role, String cityCode, int offset, int limit);

    /**
     * An account the caller manages.
     *
     * @throws org.skilleval.core.domain.NotFoundException when there is none, or it lies outside the
     *     caller's scope
     */
    AccountRecord find(Caller caller, String username);

    /**
     * Sets a new one-time password; every token of the account ends.
     *
     * @throws org.skilleval.core.domain.NotFoundException as {@link #find}
     */
    IssuedAccount resetPassword(Caller caller, String username);

    /**
     * Disables (every token of the account ends) or enables again an account.
     *
     * @throws org.skilleval.core.domain.NotFoundException as {@link #find}
     * @throws org.skilleval.core.rules.RuleViolationException when the caller disables themselves
     */
    AccountRecord setEnabled(Caller caller, String username, boolean enabled);

    /**
     * The caller replaces their own password; every token of the account ends (the caller signs
     * in again, or uses a token issued after this call).
     *
     * @throws org.skilleval.core.rules.RuleViolationException field {@code currentPassword} rule
     *     {@code wrong-password} when the current password is wrong; field {@code newPassword} when
     *     the new one breaks the policy (rules {@code too-short}, {@code too-long}, {@code username},
     *     {@code leaked}, {@code unchanged})
     * @throws org.skilleval.core.domain.NotFoundException when the caller has no account in the
     *     platform's database (a JAAS or LDAP user changes the password there)
     * @throws PasswordChecksThrottledException when too many sign-ins or current-password checks of
     *     the account failed lately (since 1.1)
     */
    AccountRecord changeOwnPassword(Caller caller, char[] currentPassword, char[] newPassword);
}
