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
 */
public record NewAccount(
        String username,
        String displayName,
        String role,
        String cityCode,
        String creditCode,
        String employeeNumber,
        String expertId) {}
