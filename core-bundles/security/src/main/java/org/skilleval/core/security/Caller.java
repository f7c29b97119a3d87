package org.skilleval.core.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An authenticated user: their roles and the tenant each scoped role is bound to.
 *
 * <p>Scopes come from JAAS roles of the form {@code <role>:<id>}: {@code city:3201} binds the user
 * to 南京, {@code enterprise:17} to enterprise 17. A scoped role without its scope grants nothing
 * (see {@link #fromJaasRoles}).
 *
 * @param username the login name
 * @param roles the roles held
 * @param city the city code of a {@link Role#CITY} user; {@code null} otherwise
 * @param enterprise the enterprise id of an {@link Role#ENTERPRISE} user; {@code null} otherwise
 * @param expert the expert id of an {@link Role#EXPERT} user; {@code null} otherwise
 * @param applicant the applicant id of an {@link Role#APPLICANT} user; {@code null} otherwise
 * @param pluginDeveloperOf the enterprise whose plugins a {@link Role#PLUGIN_DEVELOPER} user writes;
 *     {@code null} otherwise. Kept apart from {@code enterprise} so that no check of an HR scope
 *     ever lets a developer in.
 */
public record Caller(
        String username,
        Set<Role> roles,
        String city,
        String enterprise,
        String expert,
        String applicant,
        String pluginDeveloperOf) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A caller who is no plugin developer (the form of this record before that role). */
    public Caller(String username, Set<Role> roles, String city, String enterprise, String expert, String applicant) {
        this(username, roles, city, enterprise, expert, applicant, null);
    }

    /**
     * The caller described by the roles a JAAS login produced. {@code city}, {@code enterprise},
     * {@code expert} and {@code applicant} count only together with their scope role; a scope
     * given twice with different values is ambiguous and grants nothing for that role.
     */
    public static Caller fromJaasRoles(String username, Collection<String> jaasRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (jaasRoles.contains(Role.PROVINCE.roleName())) {
            roles.add(Role.PROVINCE);
        }
        String city = scope(jaasRoles, Role.CITY, roles);
        String enterprise = scope(jaasRoles, Role.ENTERPRISE, roles);
        String expert = scope(jaasRoles, Role.EXPERT, roles);
        String applicant = scope(jaasRoles, Role.APPLICANT, roles);
        String pluginDeveloperOf = scope(jaasRoles, Role.PLUGIN_DEVELOPER, roles);
        return new Caller(username, roles, city, enterprise, expert, applicant, pluginDeveloperOf);
    }

    private static String scope(Collection<String> jaasRoles, Role role, Set<Role> roles) {
        if (!jaasRoles.contains(role.roleName())) {
            return null;
        }
        String prefix = role.roleName() + ":";
        Set<String> values = new java.util.TreeSet<>();
        for (String jaasRole : jaasRoles) {
            if (jaasRole.startsWith(prefix) && jaasRole.length() > prefix.length()) {
                values.add(jaasRole.substring(prefix.length()));
            }
        }
        if (values.size() != 1) {
            return null;
        }
        roles.add(role);
        return values.iterator().next();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Refuses a caller that holds none of the roles.
     *
     * @throws AccessDeniedException naming the roles that would have been accepted
     */
    public void requireAny(Role... allowed) {
        for (Role role : allowed) {
            if (has(role)) {
                return;
            }
        }
        throw new AccessDeniedException(username + " needs one of the roles " + java.util.Arrays.toString(allowed));
    }

    /** The JAAS role names this caller holds, scopes included; {@link #fromJaasRoles} reads them back. */
    public Set<String> jaasRoles() {
        Set<String> names = new java.util.TreeSet<>();
        for (Role role : roles) {
            names.add(role.roleName());
        }
        scopeOf(Role.CITY).ifPresent(v -> names.add("city:" + v));
        scopeOf(Role.ENTERPRISE).ifPresent(v -> names.add("enterprise:" + v));
        scopeOf(Role.EXPERT).ifPresent(v -> names.add("expert:" + v));
        scopeOf(Role.APPLICANT).ifPresent(v -> names.add("applicant:" + v));
        scopeOf(Role.PLUGIN_DEVELOPER).ifPresent(v -> names.add(Role.PLUGIN_DEVELOPER.roleName() + ":" + v));
        return names;
    }

    /** The tenant a scoped role is bound to. */
    public Optional<String> scopeOf(Role role) {
        return Optional.ofNullable(
                switch (role) {
                    case PROVINCE -> null;
                    case CITY -> city;
                    case ENTERPRISE -> enterprise;
                    case EXPERT -> expert;
                    case APPLICANT -> applicant;
                    case PLUGIN_DEVELOPER -> pluginDeveloperOf;
                });
    }

    /**
     * The enterprise whose plugins this caller may upload, follow and try: its HR or its plugin
     * developer; empty for everyone else (the province and cities review, they do not own).
     */
    public Optional<String> pluginOwner() {
        return scopeOf(Role.ENTERPRISE).or(() -> scopeOf(Role.PLUGIN_DEVELOPER));
    }
}
