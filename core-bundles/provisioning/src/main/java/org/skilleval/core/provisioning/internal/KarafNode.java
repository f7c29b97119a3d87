package org.skilleval.core.provisioning.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.skilleval.core.persistence.PluginProvision;
import org.skilleval.core.persistence.PluginProvision.Kind;
import org.skilleval.core.pluginhost.PluginContainment;
import org.skilleval.core.pluginhost.UploadedBundles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Karaf: features through its FeaturesService (what {@code feature:install} does, from
 * the repositories the node knows, the distribution's {@code system/} first), bundles through the
 * framework (what {@code bundle:install} does), configurations through Config Admin (file install
 * writes them to {@code etc/} as for {@code config:edit}). Never with a refresh: a feature operation
 * that would refresh other bundles leaves them as they are, so the core is never restarted.
 */
final class KarafNode implements Node {

    private static final Logger LOG = LoggerFactory.getLogger(KarafNode.class);

    private static final EnumSet<FeaturesService.Option> NO_REFRESH =
            EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    private final BundleContext context;
    private final FeaturesService features;
    private final ConfigurationAdmin configurations;
    private final int uploadStartLevel;
    private final Set<String> reportedTooLarge = new HashSet<>();

    KarafNode(
            BundleContext context, FeaturesService features, ConfigurationAdmin configurations, int uploadStartLevel) {
        this.context = context;
        this.features = features;
        this.configurations = configurations;
        this.uploadStartLevel = uploadStartLevel;
    }

    @Override
    public NodeState snapshot() throws Exception {
        Map<String, PluginProvision> items = new LinkedHashMap<>();
        for (Feature feature : features.listRequiredFeatures()) {
            if (PluginItems.isPluginFeature(feature.getName(), dependencyNames(feature))) {
                put(items, Kind.FEATURE, feature.getName(), feature.getVersion(), "");
            }
        }
        Set<String> featureLocations = new HashSet<>();
        for (Feature feature : features.listInstalledFeatures()) {
            for (BundleInfo bundle : feature.getBundles()) {
                featureLocations.add(bundle.getLocation().trim());
            }
        }
        Set<String> locations = new HashSet<>();
        Set<String> uploads = new HashSet<>();
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            locations.add(location);
            if (location.startsWith(PluginContainment.UPLOAD_LOCATION_PREFIX)) {
                uploads.add(location);
            } else if (PluginItems.isSharedBundleLocation(location)
                    && !featureLocations.contains(location)
                    && PluginItems.isPluginBundle(
                            bundle.getSymbolicName(), bundle.getHeaders("").get(Constants.IMPORT_PACKAGE))) {
                put(items, Kind.BUNDLE, location, bundle.getVersion().toString(), "");
            }
        }
        Configuration[] configured =
                configurations.listConfigurations("(service.pid=" + PluginItems.PLUGIN_PID_PREFIX + "*)");
        if (configured != null) {
            for (Configuration configuration : configured) {
                if (configuration.getFactoryPid() == null && configuration.getProperties() != null) {
                    put(
                            items,
                            Kind.CONFIGURATION,
                            configuration.getPid(),
                            "",
                            ConfigurationCodec.encode(configuration.getProperties()));
                }
            }
        }
        return new NodeState(items, locations, uploads);
    }

    private static List<String> dependencyNames(Feature feature) {
        return feature.getDependencies().stream().map(Dependency::getName).toList();
    }

    private void put(Map<String, PluginProvision> items, Kind kind, String name, String version, String content) {
        try {
            PluginProvision item =
                    new PluginProvision(0, 0, kind, name, version, true, content, "", java.time.Instant.EPOCH);
            items.put(item.key(), item);
        } catch (IllegalArgumentException tooLarge) {
            if (reportedTooLarge.add(kind + ":" + name)) {
                LOG.warn("{} {} stays on this node only: {}", kind, name, tooLarge.getMessage());
            }
        }
    }

    @Override
    public void apply(PluginProvision item) throws Exception {
        switch (item.kind()) {
            case FEATURE -> {
                if (item.present()) {
                    Feature feature = features.getFeature(item.name(), item.itemVersion());
                    if (feature == null) {
                        throw new IllegalStateException("no features repository of this node has " + item.name() + "/"
                                + item.itemVersion() + " (feature:repo-add it here, or list it in"
                                + " etc/org.apache.karaf.features.cfg)");
                    }
                    if (!PluginItems.isPluginFeature(feature.getName(), dependencyNames(feature))) {
                        throw new IllegalStateException(item.name()
                                + " is no plugin feature (it does not depend on skilleval-plugin-api):"
                                + " provisioning installs plugins only");
                    }
                    features.installFeature(item.name(), item.itemVersion(), NO_REFRESH);
                } else {
                    features.uninstallFeature(item.name(), item.itemVersion(), NO_REFRESH);
                }
            }
            case BUNDLE -> {
                if (item.present()) {
                    installBundle(item.name());
                } else {
                    uninstall(item.name());
                }
            }
            case CONFIGURATION -> {
                if (item.present()) {
                    configurations.getConfiguration(item.name(), "?").update(ConfigurationCodec.decode(item.content()));
                } else {
                    Configuration[] existing =
                            configurations.listConfigurations("(service.pid=" + escaped(item.name()) + ")");
                    if (existing != null) {
                        for (Configuration configuration : existing) {
                            configuration.delete();
                        }
                    }
                }
            }
        }
    }

    private void installBundle(String location) throws BundleException {
        Bundle bundle = context.installBundle(location);
        if (!PluginItems.isPluginBundle(
                bundle.getSymbolicName(), bundle.getHeaders("").get(Constants.IMPORT_PACKAGE))) {
            bundle.uninstall();
            throw new BundleException(location + " is no plugin bundle (" + bundle.getSymbolicName()
                    + "): provisioning installs plugins only");
        }
        bundle.start();
    }

    @Override
    public void installUpload(String location, byte[] jar) throws BundleException {
        UploadedBundles.installAndStart(context, location, jar, uploadStartLevel);
    }

    @Override
    public void uninstall(String location) throws BundleException {
        UploadedBundles.uninstall(context, location);
    }

    /** An LDAP filter value with its special characters escaped (RFC 4515). */
    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
