package org.skilleval.core.persistence;

import java.util.Objects;
import org.skilleval.core.domain.AccountRecord;

/**
 * An account with its password hash: what the authenticator checks and what creating an account
 * stores. The hash never leaves the accounts bundle and never enters the audit trail.
 *
 * @param account the account
 * @param passwordHash its bcrypt hash ({@code $2a$…})
 */
public record AccountCredentials(AccountRecord account, String passwordHash) {

    public AccountCredentials {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "AccountCredentials[" + account.username() + "]";
    }
}
