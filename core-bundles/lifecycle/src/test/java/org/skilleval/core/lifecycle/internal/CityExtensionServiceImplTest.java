package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PinnedVersionCount;
import org.skilleval.core.lifecycle.CityExtension;
import org.skilleval.core.lifecycle.PluginInfo;
import org.skilleval.core.persistence.CityExtensionStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.oraldefense.OralDefenseMethod;

class CityExtensionServiceImplTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller SUZHOU = Caller.fromJaasRoles("suzhou", List.of("city", "city:3205"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller HR = Caller.fromJaasRoles("hr", List.of("enterprise", "enterprise:91320500MA1PX00038"));
    private static final String STUDIO = "suzhou-master-studio";

    private final CityExtensionStore extensions = mock(CityExtensionStore.class);
    private final WorkPlanStore plans = mock(WorkPlanStore.class);
    private final PluginRegistry registry = mock(PluginRegistry.class);
    private final CityExtensionServiceImpl service =
            new CityExtensionServiceImpl(extensions, plans, registry, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void theStudioIsInstalledForSuzhou() {
        when(registry.plugins())
                .thenReturn(List.of(
                        descriptor("oral-defense", "1.0.0", PluginState.ACTIVE, List.of()),
                        descriptor(STUDIO, "1.0.0", PluginState.ACTIVE, List.of("3205")),
                        descriptor(STUDIO, "1.1.0", PluginState.ACTIVE, List.of("3205")),
                        descriptor(STUDIO, "1.1.0", PluginState.DUPLICATE, List.of("3205"))));
        when(extensions.setEnabled(anyString(), anyString(), anyBoolean(), any(), any(), any()))
                .thenAnswer(call -> new CityExtensionRecord(
                        4,
                        2,
                        call.getArgument(0),
                        call.getArgument(1),
                        call.getArgument(2),
                        ((AuditActor) call.getArgument(5)).username(),
                        call.getArgument(4)));
    }

    @Test
    void theCitysAgencyEnablesAnExtensionForItsEnterprisesAudited() {
        CityExtension enabled = service.setEnabled(SUZHOU, "3205", STUDIO, true, 0L);

        verify(extensions).setEnabled("3205", STUDIO, true, 0L, NOW, new AuditActor("suzhou", "city"));
        assertTrue(enabled.enabled());
        assertTrue(enabled.installed());
        assertEquals("suzhou", enabled.changedBy());
        assertEquals(NOW, enabled.changedAt());
        assertEquals(PluginKind.ASSESSMENT_METHOD, enabled.kind());
    }

    @Test
    void anotherCitysAgencyDoesNotSeeTheCitysExtensionsAndTheProvinceDoesNotDecide() {
        assertThrows(NotFoundException.class, () -> service.setEnabled(NANJING, "3205", STUDIO, true, null));
        assertThrows(NotFoundException.class, () -> service.list(NANJING, "3205"));
        assertThrows(AccessDeniedException.class, () -> service.setEnabled(PROVINCE, "3205", STUDIO, true, null));
        assertThrows(AccessDeniedException.class, () -> service.setEnabled(HR, "3205", STUDIO, true, null));
        assertThrows(AccessDeniedException.class, () -> service.list(HR, "3205"));
        verify(extensions, never()).setEnabled(anyString(), anyString(), anyBoolean(), any(), any(), any());
    }

    @Test
    void aCityCannotEnableAPluginThatIsNoExtensionOfItOrNotInstalled() {
        assertEquals(
                "not-extension",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.setEnabled(NANJING, "3201", STUDIO, true, null))
                        .rule());
        assertEquals(
                "not-extension",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.setEnabled(SUZHOU, "3205", "oral-defense", true, null))
                        .rule());
        assertEquals(
                "not-installed",
                assertThrows(RuleViolationException.class, () -> service.setEnabled(SUZHOU, "3205", "gone", true, null))
                        .rule());
        verify(extensions, never()).setEnabled(anyString(), anyString(), anyBoolean(), any(), any(), any());
    }

    @Test
    void anExtensionOnceEnabledCanBeDisabledAfterItsPluginIsGone() {
        when(registry.plugins()).thenReturn(List.of());
        when(extensions.find("3205", STUDIO))
                .thenReturn(Optional.of(new CityExtensionRecord(4, 1, "3205", STUDIO, true, "suzhou", NOW)));

        CityExtension disabled = service.setEnabled(SUZHOU, "3205", STUDIO, false, null);

        assertFalse(disabled.enabled());
        assertFalse(disabled.installed());
        assertNull(disabled.kind());
    }

    @Test
    void anOperatorChangeIsAuditedWithTheOperatorRole() {
        service.setEnabledByOperator("karaf", "苏州", STUDIO, true);

        verify(extensions).setEnabled("3205", STUDIO, true, null, NOW, new AuditActor("karaf", "operator"));
    }

    @Test
    void theCityListShowsInstalledExtensionsAndRecordedOnesDisabledByDefault() {
        when(extensions.listByCity("3205"))
                .thenReturn(List.of(new CityExtensionRecord(2, 3, "3205", "old-rule", true, "suzhou", NOW)));

        List<CityExtension> list = service.list(PROVINCE, "3205");

        assertEquals(
                List.of("old-rule", STUDIO),
                list.stream().map(CityExtension::pluginId).toList());
        assertTrue(list.get(0).enabled());
        assertFalse(list.get(0).installed());
        assertFalse(list.get(1).enabled(), "an extension is disabled until the city enables it");
        assertTrue(list.get(1).installed());
        assertEquals(0, list.get(1).version());
        assertEquals(list, service.list(SUZHOU, "3205"));
        assertEquals(List.of(), service.list(PROVINCE, "3201"));
        assertEquals(2, service.listForOperator(null).size());
        assertEquals(
                "city",
                assertThrows(RuleViolationException.class, () -> service.list(PROVINCE, "3101"))
                        .rule());
    }

    @Test
    void pluginInfoShowsEveryVersionItsConfigurationCitiesAndPinnedPlans() {
        when(registry.plugins())
                .thenReturn(List.of(
                        descriptor("oral-defense", "1.0.0", PluginState.ACTIVE, List.of()),
                        descriptor("oral-defense", "1.2.0", PluginState.ACTIVE, List.of()),
                        descriptor("oral-defense", "1.2.0", PluginState.DUPLICATE, List.of())));
        when(registry.method("oral-defense", "1.0.0")).thenReturn(Optional.of(new OralDefenseMethod(Map.of())));
        when(registry.method("oral-defense", "1.2.0")).thenReturn(Optional.of(new OralDefenseMethod(Map.of())));
        when(plans.pinnedVersions("oral-defense"))
                .thenReturn(List.of(
                        new PinnedVersionCount(7, "method", "1.0.0", 3),
                        new PinnedVersionCount(8, "method", "1.0.0", 2),
                        new PinnedVersionCount(8, "method", "1.2", 4)));

        PluginInfo info = service.pluginInfo("oral-defense").orElseThrow();

        assertEquals(3, info.registrations().size());
        assertEquals(
                List.of(5L, 4L, 4L),
                info.registrations().stream()
                        .map(PluginInfo.Registration::pinnedBy)
                        .toList());
        assertEquals(
                List.of("minExperts", "vetoBelow.problem-solving"),
                info.registrations().get(0).parameters().stream()
                        .map(p -> p.key())
                        .toList());
        assertEquals(3, info.registrations().get(1).evidence().fields().size());
        assertEquals(List.of(), info.registrations().get(2).parameters(), "a duplicate is not asked");
        assertEquals(3, info.pins().size());
        assertTrue(service.pluginInfo("never-heard-of").isEmpty());
    }

    private static PluginDescriptor descriptor(String id, String version, PluginState state, List<String> cities) {
        return new PluginDescriptor(
                PluginKind.ASSESSMENT_METHOD,
                id,
                LocalizedText.of("名", "name"),
                "bundle." + id,
                version,
                1,
                version.hashCode() + state.ordinal(),
                state,
                state == PluginState.ACTIVE ? "" : "duplicate",
                cities);
    }
}
