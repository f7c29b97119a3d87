package org.skilleval.core.domain;

import java.time.Instant;
import java.util.Objects;
import org.skilleval.core.rules.ResidentIdNumber;

/**
 * A sign-in account the platform keeps itself (never its password hash: that stays in the store).
 * Each account holds one role and the tenant that role is bound to, so that a token made from it
 * carries the same scopes as a JAAS login with roles {@code <role>} and {@code <role>:<scope>}.
 *
 * @param id the account's id
 * @param version the optimistic-locking version
 * @param username the login name, unique, lower case
 * @param displayName the person's or office's name
 * @param role {@code province}, {@code city}, {@code enterprise}, {@code expert}, {@code applicant} or
 *     {@code plugin_developer}
 * @param cityCode the city the account belongs to: a city account's city, the city of an HR's or
 *     applicant's enterprise, the city keeping an expert's pool entry; empty for the province and
 *     for experts the province keeps
 * @param creditCode the enterprise of an HR or applicant account; empty otherwise
 * @param subject the employee number of an applicant, the expert id of an expert; empty otherwise
 * @param enabled whether the account may sign in; accounts are disabled, never deleted
 * @param mustChangePassword whether the password is a one-time password the user must replace
 *     before doing anything else
 * @param tokenEpoch raised by every password change, reset and disabling: tokens issued before
 *     carry a lower epoch and are refused
 * @param createdBy who created the account
 * @param createdAt when
 * @param idNumber an applicant's resident ID number (居民身份证号码) as HR recorded it; empty for other
 *     roles and for applicant accounts made before HR recorded one. Personal data: {@link
 *     #toString()}, and so the audit trail, shows it {@link ResidentIdNumber#mask(String) masked}
 */
public record AccountRecord(
        long id,
        long version,
        String username,
        String displayName,
        String role,
        String cityCode,
        String creditCode,
        String subject,
        boolean enabled,
        boolean mustChangePassword,
        long tokenEpoch,
        String createdBy,
        Instant createdAt,
        String idNumber) {

    public AccountRecord {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? "" : displayName;
        cityCode = cityCode == null ? "" : cityCode;
        creditCode = creditCode == null ? "" : creditCode;
        subject = subject == null ? "" : subject;
        createdBy = createdBy == null ? "" : createdBy;
        idNumber = idNumber == null ? "" : idNumber;
    }

    /** An account without an ID number, as before applicants had one. */
    public AccountRecord(
            long id,
            long version,
            String username,
            String displayName,
            String role,
            String cityCode,
            String creditCode,
            String subject,
            boolean enabled,
            boolean mustChangePassword,
            long tokenEpoch,
            String createdBy,
            Instant createdAt) {
        this(
                id,
                version,
                username,
                displayName,
                role,
                cityCode,
                creditCode,
                subject,
                enabled,
                mustChangePassword,
                tokenEpoch,
                createdBy,
                createdAt,
                "");
    }

    /** The ID number as lists and other people see it: first 4 and last 2 characters. */
    public String maskedIdNumber() {
        return idNumber.isEmpty() ? "" : ResidentIdNumber.mask(idNumber);
    }

    /**
     * The tenant the role is bound to, as JAAS role {@code <role>:<scope>} names it: the city code,
     * the credit code, the expert id, or {@code <credit code>-<employee number>}; empty for the
     * province.
     */
    public String scope() {
        return switch (role) {
            case "city" -> cityCode;
            case "enterprise", "plugin_developer" -> creditCode;
            case "expert" -> subject;
            case "applicant" -> applicantKey(creditCode, subject);
            default -> "";
        };
    }

    /**
     * The scope of an applicant's login, {@code <credit code>-<employee number>}: how applications
     * name the employee who made them.
     */
    public static String applicantKey(String creditCode, String employeeNumber) {
        return creditCode + "-" + employeeNumber;
    }

    /** A copy with another state; identity and tenant never change. */
    public AccountRecord with(boolean newEnabled, boolean newMustChangePassword, long newTokenEpoch) {
        return new AccountRecord(
                id,
                version,
                username,
                displayName,
                role,
                cityCode,
                creditCode,
                subject,
                newEnabled,
                newMustChangePassword,
                newTokenEpoch,
                createdBy,
                createdAt,
                idNumber);
    }

    /** Shown in the audit trail and logs: the ID number masked, never in clear. */
    @Override
    public String toString() {
        return "AccountRecord[id=" + id + ", version=" + version + ", username=" + username + ", displayName="
                + displayName + ", role=" + role + ", cityCode=" + cityCode + ", creditCode=" + creditCode
                + ", subject=" + subject + ", enabled=" + enabled + ", mustChangePassword=" + mustChangePassword
                + ", tokenEpoch=" + tokenEpoch + ", createdBy=" + createdBy + ", createdAt=" + createdAt
                + ", idNumber=" + maskedIdNumber() + "]";
    }
}
