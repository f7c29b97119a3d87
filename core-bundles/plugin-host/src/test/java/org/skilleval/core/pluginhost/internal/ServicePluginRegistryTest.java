package org.skilleval.core.pluginhost.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.skilleval.core.domain.PluginEvent;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginEventRecorder;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.ConfigurationStatus;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.LocalizedText;

class ServicePluginRegistryTest {

    private final ServicePluginRegistry registry = new ServicePluginRegistry(
            Executors.newSingleThreadExecutor(), Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void boundMethodIsListedWithItsBundleAndVersion() {
        AssessmentMethod oralDefense = method("oral-defense");
        registry.bindMethod(reference(11, bundle(40, "org.skilleval.plugin.oraldefense", "1.2.0")), oralDefense);

        List<PluginDescriptor> plugins = registry.plugins();

        assertEquals(1, plugins.size());
        PluginDescriptor descriptor = plugins.get(0);
        assertEquals(PluginKind.ASSESSMENT_METHOD, descriptor.kind());
        assertEquals("oral-defense", descriptor.id());
        assertEquals("口头答辩", descriptor.name().zh());
        assertEquals("org.skilleval.plugin.oraldefense", descriptor.bundleSymbolicName());
        assertEquals("1.2.0", descriptor.bundleVersion());
        assertEquals(40, descriptor.bundleId());
        assertEquals(PluginState.ACTIVE, descriptor.state());
        assertSame(oralDefense, registry.method("oral-defense").orElseThrow());
    }

    @Test
    void aRefusedConfigurationIsShownLiveWhileThePluginStaysUsable() {
        AssessmentMethod method = mock(
                AssessmentMethod.class, org.mockito.Mockito.withSettings().extraInterfaces(ConfigurationStatus.class));
        when(method.id()).thenReturn("oral-defense");
        when(method.name()).thenReturn(LocalizedText.of("口头答辩", "Oral defence"));
        ConfigurationStatus status = (ConfigurationStatus) method;
        when(status.configurationProblem())
                .thenReturn(java.util.Optional.of(LocalizedText.of("minExperts 须为正整数", "minExperts must be positive")));
        registry.bindMethod(reference(11, bundle(40, "org.skilleval.plugin.oraldefense", "1.2.0")), method);

        PluginDescriptor refused = registry.plugins().get(0);
        assertEquals(PluginState.ACTIVE, refused.state());
        assertTrue(refused.problem().contains("minExperts must be positive"), refused.problem());
        assertTrue(registry.method("oral-defense").isPresent());

        when(status.configurationProblem()).thenReturn(java.util.Optional.empty());
        assertEquals("", registry.plugins().get(0).problem());
    }

    @Test
    void unboundPluginDisappearsAndCannotBeLookedUp() {
        ServiceReference<AssessmentMethod> reference = reference(11, bundle(40, "a", "1.0.0"));
        AssessmentMethod oralDefense = method("oral-defense");
        registry.bindMethod(reference, oralDefense);

        registry.unbindMethod(reference, oralDefense);

        assertTrue(registry.plugins().isEmpty());
        assertTrue(registry.method("oral-defense").isEmpty());
    }

    @Test
    void unbindOfAnotherInstanceLeavesTheRegistrationInPlace() {
        ServiceReference<AssessmentMethod> reference = reference(11, bundle(40, "a", "1.0.0"));
        registry.bindMethod(reference, method("oral-defense"));

        registry.unbindMethod(reference, method("oral-defense"));

        assertEquals(1, registry.plugins().size());
    }

    @Test
    void twoVersionsRunSideBySideAndTheHighestIsUsedByDefault() {
        AssessmentMethod v1 = method("oral-defense");
        AssessmentMethod v2 = method("oral-defense");
        registry.bindMethod(reference(21, bundle(50, "org.skilleval.plugin.oraldefense", "2.0.0")), v2);
        registry.bindMethod(reference(11, bundle(40, "org.skilleval.plugin.oraldefense", "1.0.0")), v1);

        List<PluginDescriptor> plugins = registry.plugins();

        assertEquals(
                List.of("1.0.0", "2.0.0"),
                plugins.stream().map(PluginDescriptor::bundleVersion).toList());
        assertTrue(plugins.stream().allMatch(d -> d.state() == PluginState.ACTIVE));
        assertSame(v2, registry.method("oral-defense").orElseThrow());
    }

    @Test
    void theExactPinnedVersionIsFoundEvenWhenAHigherOneRuns() {
        AssessmentMethod v1 = method("oral-defense");
        AssessmentMethod v2 = method("oral-defense");
        registry.bindMethod(reference(11, bundle(40, "org.skilleval.plugin.oraldefense", "1.0.0")), v1);
        registry.bindMethod(reference(21, bundle(50, "org.skilleval.plugin.oraldefense", "2.0.0")), v2);

        assertSame(v1, registry.method("oral-defense", "1.0.0").orElseThrow());
        assertSame(v1, registry.method("oral-defense", "1.0").orElseThrow(), "1.0 is the OSGi version 1.0.0");
        assertSame(v2, registry.method("oral-defense", "2.0.0").orElseThrow());
        assertTrue(registry.method("oral-defense", "1.5.0").isEmpty());
        assertTrue(registry.method("oral-defense", "").isEmpty());
        assertTrue(registry.method("oral-defense", "not a version").isEmpty());
        assertTrue(registry.method("weighted-sum", "1.0.0").isEmpty());
        PluginDescriptor pinned = registry.describe(PluginKind.ASSESSMENT_METHOD, "oral-defense", "1.0.0")
                .orElseThrow();
        assertEquals("org.skilleval.plugin.oraldefense", pinned.bundleSymbolicName());
        assertEquals("1.0.0", pinned.bundleVersion());
        assertEquals(11, pinned.serviceId());
        assertTrue(registry.describe(PluginKind.SCORING_SCHEME, "oral-defense", "1.0.0")
                .isEmpty());
    }

    @Test
    void aPinnedVersionThatWasUninstalledIsNoLongerFound() {
        ServiceReference<ScoringScheme> reference =
                reference(12, bundle(41, "org.skilleval.plugin.weightedsum", "1.0.0"));
        ScoringScheme scheme = mock(ScoringScheme.class);
        when(scheme.id()).thenReturn("weighted-sum");
        when(scheme.name()).thenReturn(LocalizedText.of("加权求和", "Weighted sum"));
        registry.bindScheme(reference, scheme);
        assertSame(scheme, registry.scheme("weighted-sum", "1.0.0").orElseThrow());

        registry.unbindScheme(reference, scheme);

        assertTrue(registry.scheme("weighted-sum", "1.0.0").isEmpty());
        assertTrue(registry.describe(PluginKind.SCORING_SCHEME, "weighted-sum", "1.0.0")
                .isEmpty());
    }

    @Test
    void anInvalidOrDuplicateRegistrationIsNeverTheExactVersion() {
        AssessmentMethod original = method("oral-defense");
        registry.bindMethod(reference(11, bundle(40, "org.skilleval.plugin.oraldefense", "1.0.0")), original);
        registry.bindMethod(reference(12, bundle(41, "com.example.copy", "1.0.0")), method("oral-defense"));
        AssessmentMethod broken = mock(AssessmentMethod.class);
        when(broken.id()).thenReturn("broken");
        when(broken.name()).thenReturn(null);
        registry.bindMethod(reference(13, bundle(42, "com.example.broken", "1.0.0")), broken);

        assertSame(original, registry.method("oral-defense", "1.0.0").orElseThrow());
        assertEquals(
                "org.skilleval.plugin.oraldefense",
                registry.describe(PluginKind.ASSESSMENT_METHOD, "oral-defense", "1.0.0")
                        .orElseThrow()
                        .bundleSymbolicName());
        assertTrue(registry.method("broken", "1.0.0").isEmpty());
    }

    @Test
    void pluginThatCannotDescribeItselfIsListedInvalidAndNeverUsed() {
        AssessmentMethod broken = mock(AssessmentMethod.class);
        when(broken.id()).thenReturn("broken");
        when(broken.name()).thenThrow(new IllegalStateException("resource bundle missing"));
        registry.bindMethod(reference(11, bundle(40, "com.example.broken", "1.0.0")), broken);
        registry.bindMethod(reference(12, bundle(41, "com.example.shouting", "1.0.0")), method("Shouting_Id"));

        List<PluginDescriptor> plugins = registry.plugins();

        assertEquals(2, plugins.size());
        assertTrue(plugins.stream().allMatch(d -> d.state() == PluginState.INVALID));
        assertTrue(plugins.stream()
                .filter(d -> d.id().equals("broken"))
                .findFirst()
                .orElseThrow()
                .problem()
                .contains("resource bundle missing"));
        assertTrue(registry.method("broken").isEmpty());
    }

    @Test
    void sameIdAndVersionFromAnotherBundleIsMarkedDuplicate() {
        AssessmentMethod original = method("oral-defense");
        registry.bindMethod(reference(11, bundle(40, "org.skilleval.plugin.oraldefense", "1.0.0")), original);
        registry.bindMethod(reference(12, bundle(41, "com.example.copy", "1.0.0")), method("oral-defense"));

        List<PluginDescriptor> plugins = registry.plugins();

        assertEquals(PluginState.ACTIVE, plugins.get(0).state());
        assertEquals(PluginState.DUPLICATE, plugins.get(1).state());
        assertSame(original, registry.method("oral-defense").orElseThrow());
    }

    @Test
    void methodsAndSchemesAreKeptApart() {
        registry.bindMethod(reference(11, bundle(40, "m", "1.0.0")), method("weighted-sum"));
        ScoringScheme scheme = mock(ScoringScheme.class);
        when(scheme.id()).thenReturn("weighted-sum");
        when(scheme.name()).thenReturn(LocalizedText.of("加权求和", "Weighted sum"));
        registry.bindScheme(reference(12, bundle(41, "s", "1.0.0")), scheme);

        assertEquals(
                List.of(PluginKind.ASSESSMENT_METHOD, PluginKind.SCORING_SCHEME),
                registry.plugins().stream().map(PluginDescriptor::kind).toList());
        assertSame(scheme, registry.scheme("weighted-sum").orElseThrow());
    }

    @Test
    void aPluginWithoutCityPropertyIsAvailableInTheWholeProvince() {
        registry.bindMethod(
                reference(11, bundle(40, "org.skilleval.plugin.oraldefense", "1.0.0")), method("oral-defense"));

        PluginDescriptor descriptor = registry.plugins().get(0);

        assertEquals(List.of(), descriptor.cities());
        assertFalse(descriptor.isCityExtension());
    }

    @Test
    void theCityPropertyMakesAPluginAnExtensionOfThoseCities() {
        ServiceReference<AssessmentMethod> suzhou = reference(11, bundle(40, "org.skilleval.plugin.a", "1.0.0"));
        when(suzhou.getProperty(PluginDescriptor.CITY_PROPERTY)).thenReturn("3205");
        ServiceReference<AssessmentMethod> two = reference(12, bundle(41, "org.skilleval.plugin.b", "1.0.0"));
        when(two.getProperty(PluginDescriptor.CITY_PROPERTY)).thenReturn(new String[] {"3206", "3201"});
        ServiceReference<AssessmentMethod> listed = reference(13, bundle(42, "org.skilleval.plugin.c", "1.0.0"));
        when(listed.getProperty(PluginDescriptor.CITY_PROPERTY)).thenReturn("3213, 3202 3213");
        registry.bindMethod(suzhou, method("suzhou-master-studio"));
        registry.bindMethod(two, method("two-cities"));
        registry.bindMethod(listed, method("listed-cities"));

        List<PluginDescriptor> plugins = registry.plugins();

        assertEquals(
                List.of(List.of("3202", "3213"), List.of("3205"), List.of("3201", "3206")),
                plugins.stream().map(PluginDescriptor::cities).toList());
        assertTrue(plugins.stream().allMatch(d -> d.state() == PluginState.ACTIVE));
        assertTrue(plugins.get(1).declares("3205"));
        assertFalse(plugins.get(1).declares("3201"));
        assertTrue(registry.method("suzhou-master-studio").isPresent());
    }

    @Test
    void aPluginNamingAnUnknownCityIsInvalidAndNeverUsed() {
        ServiceReference<AssessmentMethod> reference = reference(11, bundle(40, "com.example.shanghai", "1.0.0"));
        when(reference.getProperty(PluginDescriptor.CITY_PROPERTY)).thenReturn(new String[] {"3205", "3101"});
        registry.bindMethod(reference, method("shanghai-rule"));
        ServiceReference<AssessmentMethod> blank = reference(12, bundle(41, "com.example.blank", "1.0.0"));
        when(blank.getProperty(PluginDescriptor.CITY_PROPERTY)).thenReturn(" ");
        registry.bindMethod(blank, method("blank-city"));

        List<PluginDescriptor> plugins = registry.plugins();

        PluginDescriptor shanghai = plugins.get(1);
        assertEquals("shanghai-rule", shanghai.id());
        assertEquals(PluginState.INVALID, shanghai.state());
        assertTrue(shanghai.problem().contains("[3101]"), shanghai.problem());
        assertTrue(shanghai.problem().contains("skilleval.city"), shanghai.problem());
        assertEquals(PluginState.INVALID, plugins.get(0).state());
        assertTrue(
                plugins.get(0).problem().contains("names no city"),
                plugins.get(0).problem());
        assertTrue(registry.method("shanghai-rule").isEmpty());
        assertTrue(registry.method("shanghai-rule", "1.0.0").isEmpty());
    }

    @Test
    void eventsSeenBeforeTheRecorderArrivesAreRecordedWhenItDoes() throws InterruptedException {
        ServiceReference<AssessmentMethod> reference =
                reference(11, bundle(40, "org.skilleval.plugin.oraldefense", "1.0.0"));
        AssessmentMethod oralDefense = method("oral-defense");
        registry.bindMethod(reference, oralDefense);
        registry.unbindMethod(reference, oralDefense);
        RecordingRecorder log = new RecordingRecorder();

        registry.bindRecorder(log);
        registry.deactivate();

        assertEquals(
                List.of(PluginEvent.Type.REGISTERED, PluginEvent.Type.UNREGISTERED),
                log.events.stream().map(PluginEvent::type).toList());
        assertEquals("oral-defense", log.events.get(0).pluginId());
        assertEquals(Instant.parse("2026-11-25T08:00:00Z"), log.events.get(0).occurredAt());
    }

    @Test
    void anUploadedPluginBelongsToTheEnterpriseItsLocationNames() {
        Bundle uploaded = bundle(50, "com.example.mentoring", "1.0.0");
        when(uploaded.getLocation()).thenReturn("skilleval-upload:91320100MA1NJ0001M/7");
        registry.bindMethod(reference(21, uploaded), method("mentoring"));

        PluginDescriptor descriptor = registry.plugins().get(0);

        assertEquals("91320100MA1NJ0001M", descriptor.enterprise());
        assertTrue(descriptor.isEnterprisePlugin());
        assertEquals(PluginState.ACTIVE, descriptor.state());
    }

    @Test
    void anEnterpriseCannotTakeOverAPlatformPluginsIdWithAHigherVersion() {
        AssessmentMethod shipped = method("oral-defense");
        Bundle uploaded = bundle(51, "com.example.oral", "9.0.0");
        when(uploaded.getLocation()).thenReturn("skilleval-upload:91320100MA1NJ0001M/8");
        registry.bindMethod(reference(30, uploaded), method("oral-defense"));
        registry.bindMethod(reference(31, bundle(40, "org.skilleval.plugin.oraldefense", "1.2.0")), shipped);

        assertSame(shipped, registry.method("oral-defense").orElseThrow());
        PluginDescriptor foreign = registry.plugins().stream()
                .filter(d -> d.bundleSymbolicName().equals("com.example.oral"))
                .findFirst()
                .orElseThrow();
        assertEquals(PluginState.INVALID, foreign.state());
        assertTrue(foreign.problem().contains("belongs to the platform"), foreign.problem());
    }

    @Test
    void theFirstEnterpriseToRegisterAnIdKeepsIt() {
        Bundle first = bundle(52, "com.example.a", "1.0.0");
        when(first.getLocation()).thenReturn("skilleval-upload:91320100MA1NJ0001M/1");
        Bundle second = bundle(53, "com.example.b", "2.0.0");
        when(second.getLocation()).thenReturn("skilleval-upload:91320500MA1SZ0001P/2");
        AssessmentMethod own = method("mentoring");
        registry.bindMethod(reference(40, first), own);
        registry.bindMethod(reference(41, second), method("mentoring"));

        assertSame(own, registry.method("mentoring").orElseThrow());
        assertTrue(registry.method("mentoring", "2.0.0").isEmpty());
    }

    private static AssessmentMethod method(String id) {
        AssessmentMethod method = mock(AssessmentMethod.class);
        when(method.id()).thenReturn(id);
        when(method.name()).thenReturn(LocalizedText.of("口头答辩", "Oral defence"));
        return method;
    }

    private static Bundle bundle(long id, String symbolicName, String version) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getBundleId()).thenReturn(id);
        when(bundle.getSymbolicName()).thenReturn(symbolicName);
        when(bundle.getVersion()).thenReturn(Version.parseVersion(version));
        return bundle;
    }

    @SuppressWarnings("unchecked")
    private static <T> ServiceReference<T> reference(long serviceId, Bundle bundle) {
        ServiceReference<T> reference = mock(ServiceReference.class);
        when(reference.getProperty(Constants.SERVICE_ID)).thenReturn(serviceId);
        when(reference.getBundle()).thenReturn(bundle);
        return reference;
    }

    @Test
    void anEventTheRecorderFailsOnIsOfferedAgainInOrderWithTheNext() throws InterruptedException {
        RecordingRecorder log = new RecordingRecorder();
        log.failures = 1;
        registry.bindRecorder(log);
        ServiceReference<AssessmentMethod> reference =
                reference(12, bundle(41, "org.skilleval.plugin.oraldefense", "1.0.0"));
        AssessmentMethod oralDefense = method("oral-defense");

        registry.bindMethod(reference, oralDefense);
        registry.unbindMethod(reference, oralDefense);
        registry.deactivate();

        assertEquals(
                List.of(PluginEvent.Type.REGISTERED, PluginEvent.Type.UNREGISTERED),
                log.events.stream().map(PluginEvent::type).toList());
    }

    private static final class RecordingRecorder implements PluginEventRecorder {
        final List<PluginEvent> events = new ArrayList<>();
        int failures;

        @Override
        public void record(PluginEvent event) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("the database is down");
            }
            events.add(event);
        }
    }
}
