package org.skilleval.core.pluginhost;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What plugin bundles may use of the platform: the packages they may import (the plugin API, and
 * the libraries the province allows in {@code etc/org.skilleval.core.pluginhost.containment.cfg}),
 * and how the platform marks the bundles an enterprise uploaded. The registry enforces the same
 * rules when bundles resolve, so a bundle that imports anything else never runs; checking an upload
 * before it is installed only explains the refusal earlier.
 */
@ProviderType
public interface PluginContainment {

    /**
     * The scheme of the location under which the platform installs an uploaded bundle:
     * {@code skilleval-upload:<credit code>/<upload id>}. Only the platform chooses a bundle's
     * location, so it is a trustworthy record of the owner.
     */
    String UPLOAD_LOCATION_PREFIX = "skilleval-upload:";

    /** The location an uploaded bundle is installed under. */
    static String uploadLocation(String creditCode, long uploadId) {
        return UPLOAD_LOCATION_PREFIX + creditCode + "/" + uploadId;
    }

    /**
     * The enterprise that owns a bundle installed under this location.
     *
     * @return the credit code; empty for a location the platform did not give an upload
     */
    static Optional<String> ownerOf(String location) {
        if (location == null || !location.startsWith(UPLOAD_LOCATION_PREFIX)) {
            return Optional.empty();
        }
        String rest = location.substring(UPLOAD_LOCATION_PREFIX.length());
        int slash = rest.indexOf('/');
        String owner = slash < 0 ? rest : rest.substring(0, slash);
        boolean creditCode =
                owner.length() == 18 && owner.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
        return creditCode ? Optional.of(owner) : Optional.empty();
    }

    /**
     * Whether a plugin bundle may import this package: a package of the plugin API or of the
     * configured allow-list. {@code java.*} is always allowed (the JDK serves it to every bundle).
     */
    boolean allowsImport(String packageName);

    /**
     * The patterns of the packages a plugin bundle may import besides {@code java.*}, e.g.
     * {@code org.skilleval.plugin.api.*}, {@code org.slf4j}: a pattern ending in {@code .*}
     * covers the package and every package under it.
     */
    List<String> allowedImports();
}
