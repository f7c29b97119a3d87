package org.skilleval.core.accounts;

/**
 * What an administrator fills in to create an account. Which fields count depends on the role:
 *
 * <ul>
 *   <li>{@code province}: none besides the user name and display name;
 *   <li>{@code city}: {@code cityCode};
 *   <li>{@code enterprise} (HR): {@code creditCode} of an enterprise of the city;
 *   <li>{@code applicant}: {@code employeeNumber} (the enterprise is the HR caller's own);
 *   <li>{@code expert}: {@code expertId} of an entry of the expert pool.
 * </ul>
 *
 * @param username the login name: 3 to 64 of {@code a-z 0-9 . _ -}, starting with a letter or digit
 * @param displayName the person's or office's name
 * @param role the role of the new account
 * @param cityCode the city of a city account
 * @param creditCode the enterprise of an HR account
 * @param employeeNumber the employee number of an applicant account
 * @param expertId the pool entry of an expert account
 * @param idNumber the resident ID number (居民身份证号码) of an applicant; optional when one account is
 *     created by hand, required by the employee import; checked with its check character
 */
public record NewAccount(
        String username,
        String displayName,
        String role,
        String cityCode,
        String creditCode,
        String employeeNumber,
        String expertId,
        String idNumber) {

    /** A request without an ID number. */
    public NewAccount(
            String username,
            String displayName,
            String role,
            String cityCode,
            String creditCode,
            String employeeNumber,
            String expertId) {
        this(username, displayName, role, cityCode, creditCode, employeeNumber, expertId, null);
    }

    /** The request's ID number masked: never log or print it in clear. */
    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", role=" + role + ", employeeNumber=" + employeeNumber
                + ", expertId=" + expertId + ", idNumber="
                + org.skilleval.core.rules.ResidentIdNumber.mask(idNumber) + "]";
    }
}
