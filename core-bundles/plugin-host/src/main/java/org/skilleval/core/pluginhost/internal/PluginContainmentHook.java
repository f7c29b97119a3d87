package org.skilleval.core.pluginhost.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.pluginhost.PluginContainment;

/**
 * Keeps plugin bundles to the packages they may use: when the framework resolves a plugin bundle,
 * every candidate for its imports that is not an allowed package is taken away, so a bundle that
 * imports a core package (or anything else not allowed) stays unresolved and never runs. Plugin
 * bundles may also not require bundles or attach as fragments (either would reach another bundle's
 * whole class space), and no other bundle may wire to a package a plugin bundle exports (an upload
 * must not replace a library the core uses).
 *
 * <p>A plugin bundle is one the platform installed from an upload (its location starts with
 * {@value PluginContainment#UPLOAD_LOCATION_PREFIX}), or any other bundle that imports the plugin
 * API or declares a plugin service, except the platform's own bundles ({@code org.skilleval.core.*}
 * and the plugin API itself). So a plugin dropped into {@code deploy/}, or installed with
 * {@code bundle:install}, is contained too, and so are the shipped plugins, which need nothing else.
 *
 * <p>Immediate: the hook must be in place before the first plugin bundle resolves.
 */
@Component(
        immediate = true,
        service = {ResolverHookFactory.class, PluginContainment.class},
        configurationPid = ContainmentConfiguration.PID)
@Designate(ocd = ContainmentConfiguration.class)
public class PluginContainmentHook implements ResolverHookFactory, PluginContainment {

    static final String PLUGIN_API_PACKAGE = "org.skilleval.plugin.api";
    private static final String PLATFORM_PREFIX = "org.skilleval.core.";
    private static final List<String> PLUGIN_SERVICES =
            List.of(PLUGIN_API_PACKAGE + ".AssessmentMethod", PLUGIN_API_PACKAGE + ".ScoringScheme");

    private volatile List<String> allowed;

    @Activate
    public PluginContainmentHook(ContainmentConfiguration configuration) {
        this.allowed = patterns(configuration.allowedImports());
    }

    @Modified
    void modified(ContainmentConfiguration configuration) {
        this.allowed = patterns(configuration.allowedImports());
    }

    private static List<String> patterns(String[] configured) {
        List<String> patterns = new ArrayList<>();
        patterns.add(PLUGIN_API_PACKAGE + ".*");
        if (configured != null) {
            // A .cfg file gives a list as one comma-separated value.
            Stream.of(configured)
                    .flatMap(value -> Stream.of(value.split(",")))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty() && !patterns.contains(p))
                    .forEach(patterns::add);
        }
        return List.copyOf(patterns);
    }

    @Override
    public List<String> allowedImports() {
        return allowed;
    }

    @Override
    public boolean allowsImport(String packageName) {
        if (packageName == null || packageName.isEmpty()) {
            return false;
        }
        if (packageName.equals("java") || packageName.startsWith("java.")) {
            return true;
        }
        for (String pattern : allowed) {
            if (pattern.endsWith(".*")) {
                String base = pattern.substring(0, pattern.length() - 2);
                if (packageName.equals(base) || packageName.startsWith(base + ".")) {
                    return true;
                }
            } else if (packageName.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new Hook();
    }

    /**
     * Whether a bundle revision is a plugin bundle, which the hook contains. The platform's own
     * bundles are recognised by name, but never one installed from an upload: the static check
     * refuses such names, and the location decides first.
     */
    static boolean isPluginBundle(BundleRevision revision) {
        Bundle bundle = revision.getBundle();
        String location = bundle == null ? null : bundle.getLocation();
        if (location != null && location.startsWith(UPLOAD_LOCATION_PREFIX)) {
            return true;
        }
        String name = revision.getSymbolicName();
        if (bundle == null || bundle.getBundleId() == 0 || name == null) {
            return false;
        }
        if (name.startsWith(PLATFORM_PREFIX) || name.equals(PLUGIN_API_PACKAGE)) {
            return false;
        }
        for (Requirement requirement : revision.getRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            String filter = requirement.getDirectives().get("filter");
            if (filter != null
                    && (filter.contains("(" + PackageNamespace.PACKAGE_NAMESPACE + "=" + PLUGIN_API_PACKAGE + ")")
                            || filter.contains(
                                    "(" + PackageNamespace.PACKAGE_NAMESPACE + "=" + PLUGIN_API_PACKAGE + "."))) {
                return true;
            }
        }
        for (Capability capability : revision.getCapabilities("osgi.service")) {
            Object classes = capability.getAttributes().get("objectClass");
            if (classes instanceof Collection<?> names && names.stream().anyMatch(PLUGIN_SERVICES::contains)) {
                return true;
            }
        }
        return false;
    }

    /** One resolve operation; remembers which revisions are plugin bundles while it lasts. */
    private final class Hook implements ResolverHook {

        private final Map<BundleRevision, Boolean> plugin = new HashMap<>();

        private boolean isPlugin(BundleRevision revision) {
            return revision != null && plugin.computeIfAbsent(revision, PluginContainmentHook::isPluginBundle);
        }

        @Override
        public void filterResolvable(Collection<BundleRevision> candidates) {
            // Every bundle may try to resolve; what a plugin bundle may wire to is decided below.
        }

        @Override
        public void filterSingletonCollisions(
                BundleCapability singleton, Collection<BundleCapability> collisionCandidates) {
            // Singletons are not a containment matter.
        }

        @Override
        public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
            String namespace = requirement.getNamespace();
            boolean wiring = namespace.equals(PackageNamespace.PACKAGE_NAMESPACE)
                    || namespace.equals(BundleNamespace.BUNDLE_NAMESPACE)
                    || namespace.equals(HostNamespace.HOST_NAMESPACE);
            if (!wiring || candidates.isEmpty()) {
                return;
            }
            BundleRevision requirer = requirement.getRevision();
            boolean containedRequirer = isPlugin(requirer);
            for (Iterator<BundleCapability> it = candidates.iterator(); it.hasNext(); ) {
                BundleCapability candidate = it.next();
                BundleRevision provider = candidate.getRevision();
                boolean ownPackage = provider != null
                        && requirer != null
                        && provider.getBundle() != null
                        && provider.getBundle().equals(requirer.getBundle());
                if (ownPackage) {
                    continue;
                }
                if (containedRequirer) {
                    if (!namespace.equals(PackageNamespace.PACKAGE_NAMESPACE)
                            || !allowsImport(String.valueOf(
                                    candidate.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)))) {
                        it.remove();
                    }
                } else if (isPlugin(provider)) {
                    it.remove();
                }
            }
        }

        @Override
        public void end() {
            plugin.clear();
        }
    }
}
