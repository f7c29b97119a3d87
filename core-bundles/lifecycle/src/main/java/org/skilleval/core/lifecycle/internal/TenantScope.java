package org.skilleval.core.lifecycle.internal;

import java.util.Objects;
import org.skilleval.core.rules.City;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.UnifiedSocialCreditCode;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

/**
 * The part of a round's data a caller may see: the province everything, a city its own city, an
 * enterprise itself. Lists are filtered with it on the server; a single object outside it does not
 * exist for the caller.
 *
 * @param city the city to filter by; {@code null} for any
 * @param enterprise the enterprise credit code to filter by; {@code null} for any
 * @param nothing whether the request can match nothing (a city asking for another city)
 */
record TenantScope(String city, String enterprise, boolean nothing) {

    /**
     * The filter for a list the caller asked for, optionally narrowed to a city.
     *
     * @throws AccessDeniedException for callers who see no enterprise data (experts, applicants)
     */
    static TenantScope forList(Caller caller, String requestedCity, String what) {
        String city = requestedCity == null || requestedCity.isBlank()
                ? null
                : City.parse(requestedCity, "city").code();
        if (caller.has(Role.PROVINCE)) {
            return new TenantScope(city, null, false);
        }
        if (caller.has(Role.CITY)) {
            return new TenantScope(caller.city(), null, city != null && !city.equals(caller.city()));
        }
        if (caller.has(Role.ENTERPRISE)) {
            return new TenantScope(city, caller.enterprise(), false);
        }
        throw new AccessDeniedException(caller.username() + " may not list " + what);
    }

    /**
     * The enterprise an applicant belongs to: their scope is {@code <统一社会信用代码>-<employee number>}.
     *
     * @return the credit code, or {@code null} for a caller who is no applicant or whose scope
     *         names no valid credit code (a badly set up account must not act for a made-up tenant)
     */
    static String enterpriseOfApplicant(Caller caller) {
        String key = caller.applicant();
        int dash = key == null ? -1 : key.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            return UnifiedSocialCreditCode.parse(key.substring(0, dash), "applicant")
                    .value();
        } catch (RuleViolationException malformed) {
            return null;
        }
    }

    /** Whether an object of this city and enterprise lies within the caller's scope. */
    static boolean covers(Caller caller, String cityCode, String creditCode) {
        return caller.has(Role.PROVINCE)
                || (caller.has(Role.CITY) && Objects.equals(caller.city(), cityCode))
                || (caller.has(Role.ENTERPRISE) && Objects.equals(caller.enterprise(), creditCode));
    }
}
