package org.skilleval.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void aCityUserIsBoundToTheCityOfItsScopeRole() {
        Caller caller = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201", "viewer"));

        assertEquals(Set.of(Role.CITY), caller.roles());
        assertEquals("3201", caller.city());
        assertEquals("3201", caller.scopeOf(Role.CITY).orElseThrow());
    }

    @Test
    void aScopedRoleWithoutItsScopeGrantsNothing() {
        Caller caller = Caller.fromJaasRoles("hr", List.of("enterprise"));

        assertFalse(caller.has(Role.ENTERPRISE));
        assertNull(caller.enterprise());
    }

    @Test
    void twoDifferentScopesForOneRoleAreAmbiguousAndGrantNothing() {
        Caller caller = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:1", "enterprise:2", "province"));

        assertEquals(Set.of(Role.PROVINCE), caller.roles());
    }

    @Test
    void aPluginDeveloperOwnsTheEnterprisesPluginsButHoldsNoEnterpriseScope() {
        Caller developer =
                Caller.fromJaasRoles("dev", List.of("plugin_developer", "plugin_developer:91320100MA1NJ0001M"));

        assertEquals(Set.of(Role.PLUGIN_DEVELOPER), developer.roles());
        assertEquals(Optional.of("91320100MA1NJ0001M"), developer.pluginOwner());
        assertNull(developer.enterprise());
        assertEquals(developer, Caller.fromJaasRoles("dev", developer.jaasRoles()));
        assertEquals(
                Optional.of("91320100MA1NJ0001M"),
                Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:91320100MA1NJ0001M"))
                        .pluginOwner());
        assertEquals(
                Optional.empty(),
                Caller.fromJaasRoles("nanjing", List.of("city", "city:3201")).pluginOwner());
    }

    @Test
    void aScopeWithoutItsRoleGrantsNothing() {
        assertTrue(Caller.fromJaasRoles("x", List.of("city:3201")).roles().isEmpty());
    }

    @Test
    void jaasRolesReadBackToTheSameCaller() {
        Caller caller = Caller.fromJaasRoles("zhang", List.of("expert", "expert:7", "applicant", "applicant:42"));

        assertEquals(caller, Caller.fromJaasRoles("zhang", caller.jaasRoles()));
        assertEquals(Set.of("applicant", "applicant:42", "expert", "expert:7"), caller.jaasRoles());
    }
}
