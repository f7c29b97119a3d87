package org.skilleval.core.accounts;

import java.util.Objects;
import org.skilleval.core.domain.AccountRecord;

/**
 * An account with the one-time password just set for it. The platform keeps only its hash: this is
 * the only time anyone sees it. The user must replace it at the first sign-in.
 */
public record IssuedAccount(AccountRecord account, String oneTimePassword) {

    public IssuedAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(oneTimePassword, "oneTimePassword");
    }

    @Override
    public String toString() {
        return "IssuedAccount[" + account.username() + "]";
    }
}
