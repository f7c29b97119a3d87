package org.skilleval.core.accounts.internal;

import java.util.Objects;
import java.util.Set;
import org.skilleval.core.domain.AccountRecord;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

/**
 * Which accounts a caller administers: the level directly below, within the caller's tenant. The
 * province: province, city and (the whole pool's) expert accounts; a city: the HR accounts of its
 * enterprises and the expert accounts of its pool entries; HR: its own employees' and plugin
 * developers' accounts.
 *
 * @param roles the roles of the accounts administered; empty for callers who administer none
 * @param cityCode the city the accounts must belong to; {@code null} for any
 * @param creditCode the enterprise the accounts must belong to; {@code null} for any
 */
record AccountScope(Set<String> roles, String cityCode, String creditCode) {

    static final String PROVINCE = Role.PROVINCE.roleName();
    static final String CITY = Role.CITY.roleName();
    static final String ENTERPRISE = Role.ENTERPRISE.roleName();
    static final String EXPERT = Role.EXPERT.roleName();
    static final String APPLICANT = Role.APPLICANT.roleName();
    static final String PLUGIN_DEVELOPER = Role.PLUGIN_DEVELOPER.roleName();

    static AccountScope of(Caller caller) {
        if (caller.has(Role.PROVINCE)) {
            return new AccountScope(Set.of(PROVINCE, CITY, EXPERT), null, null);
        }
        if (caller.has(Role.CITY) && caller.city() != null) {
            return new AccountScope(Set.of(ENTERPRISE, EXPERT), caller.city(), null);
        }
        if (caller.has(Role.ENTERPRISE) && caller.enterprise() != null) {
            return new AccountScope(Set.of(APPLICANT, PLUGIN_DEVELOPER), null, caller.enterprise());
        }
        return new AccountScope(Set.of(), null, null);
    }

    boolean administersAny() {
        return !roles.isEmpty();
    }

    /** Whether an account of this role, city and enterprise lies within the scope. */
    boolean covers(String role, String accountCity, String accountCreditCode) {
        return roles.contains(role)
                && (cityCode == null || Objects.equals(cityCode, accountCity))
                && (creditCode == null || Objects.equals(creditCode, accountCreditCode));
    }

    boolean covers(AccountRecord account) {
        return covers(account.role(), account.cityCode(), account.creditCode());
    }
}
