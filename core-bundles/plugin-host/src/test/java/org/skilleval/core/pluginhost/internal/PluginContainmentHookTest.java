package org.skilleval.core.pluginhost.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Requirement;

class PluginContainmentHookTest {

    private final PluginContainmentHook containment = new PluginContainmentHook(configuration("org.slf4j"));

    @Test
    void anUploadedBundleWiresOnlyToThePluginApiAndTheAllowList() {
        BundleRevision uploaded = revision(60, "com.example.mentoring", "skilleval-upload:91320100MA1NJ0001M/3");
        BundleRevision core = revision(20, "org.skilleval.core.persistence", "mvn:org.skilleval/x");
        BundleRevision api = revision(15, "org.skilleval.plugin.api", "mvn:org.skilleval/api");
        BundleRevision slf4j = revision(10, "org.ops4j.pax.logging.pax-logging-api", "mvn:pax");

        assertEquals(0, matches(uploaded, "org.skilleval.core.persistence", core));
        assertEquals(1, matches(uploaded, "org.skilleval.plugin.api", api));
        assertEquals(1, matches(uploaded, "org.skilleval.plugin.api.dto", api));
        assertEquals(1, matches(uploaded, "org.slf4j", slf4j));
        assertEquals(0, matches(uploaded, "org.slf4j.spi", slf4j));
    }

    @Test
    void aDroppedInBundleImportingThePluginApiIsContainedToo() {
        BundleRevision dropped = revision(61, "com.example.dropped", "file:/opt/karaf/deploy/dropped.jar");
        Requirement importsApi = mock(Requirement.class);
        when(importsApi.getDirectives())
                .thenReturn(Map.of("filter", "(&(osgi.wiring.package=org.skilleval.plugin.api)(version>=1.2.0))"));
        when(dropped.getRequirements(PackageNamespace.PACKAGE_NAMESPACE)).thenReturn(List.of(importsApi));
        BundleRevision core = revision(20, "org.skilleval.core.pluginhost", "mvn:org.skilleval/registry");

        assertTrue(PluginContainmentHook.isPluginBundle(dropped));
        assertEquals(0, matches(dropped, "org.skilleval.core.pluginhost", core));
    }

    @Test
    void thePlatformsOwnBundlesAreNotContainedButCannotUseAPluginsExports() {
        BundleRevision core = revision(20, "org.skilleval.core.lifecycle", "mvn:org.skilleval/lifecycle");
        BundleRevision uploaded = revision(60, "com.example.evil", "skilleval-upload:91320100MA1NJ0001M/4");
        BundleRevision library = revision(11, "slf4j.api", "mvn:org.slf4j/slf4j-api");

        assertFalse(PluginContainmentHook.isPluginBundle(core));
        assertEquals(1, matches(core, "org.slf4j", library));
        assertEquals(0, matches(core, "org.slf4j", uploaded));
    }

    @Test
    void anUploadedBundleMayNotRequireAnotherBundle() {
        BundleRevision uploaded = revision(60, "com.example.mentoring", "skilleval-upload:91320100MA1NJ0001M/3");
        BundleRevision api = revision(15, "org.skilleval.plugin.api", "mvn:org.skilleval/api");
        BundleRequirement requirement = mock(BundleRequirement.class);
        when(requirement.getNamespace()).thenReturn(BundleNamespace.BUNDLE_NAMESPACE);
        when(requirement.getRevision()).thenReturn(uploaded);
        BundleCapability capability = mock(BundleCapability.class);
        when(capability.getRevision()).thenReturn(api);
        List<BundleCapability> candidates = new ArrayList<>(List.of(capability));

        containment.begin(List.of()).filterMatches(requirement, candidates);

        assertTrue(candidates.isEmpty());
    }

    @Test
    void javaPackagesAreAlwaysAllowed() {
        assertTrue(containment.allowsImport("java.util"));
        assertFalse(containment.allowsImport("javax.sql"));
        assertFalse(containment.allowsImport("org.skilleval.core.pluginhost"));
        assertTrue(containment.allowsImport("org.skilleval.plugin.api"));
    }

    private int matches(BundleRevision requirer, String packageName, BundleRevision provider) {
        BundleRequirement requirement = mock(BundleRequirement.class);
        when(requirement.getNamespace()).thenReturn(PackageNamespace.PACKAGE_NAMESPACE);
        when(requirement.getRevision()).thenReturn(requirer);
        BundleCapability capability = mock(BundleCapability.class);
        when(capability.getRevision()).thenReturn(provider);
        when(capability.getAttributes()).thenReturn(Map.of(PackageNamespace.PACKAGE_NAMESPACE, packageName));
        List<BundleCapability> candidates = new ArrayList<>(List.of(capability));
        ResolverHook hook = containment.begin(List.of());
        hook.filterMatches(requirement, candidates);
        hook.end();
        return candidates.size();
    }

    private static BundleRevision revision(long id, String symbolicName, String location) {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getBundleId()).thenReturn(id);
        when(bundle.getLocation()).thenReturn(location);
        BundleRevision revision = mock(BundleRevision.class);
        when(revision.getBundle()).thenReturn(bundle);
        when(revision.getSymbolicName()).thenReturn(symbolicName);
        return revision;
    }

    private static ContainmentConfiguration configuration(String... allowed) {
        return new ContainmentConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ContainmentConfiguration.class;
            }

            @Override
            public String[] allowedImports() {
                return allowed;
            }
        };
    }
}
