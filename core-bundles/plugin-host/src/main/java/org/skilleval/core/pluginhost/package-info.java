/** The plugin host: which plugins the running core has, which one to call for a method or scheme id, and how plugin bundles are contained. */
@Export
@Version("1.1.0")
package org.skilleval.core.pluginhost;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
