/** What plugins the running core has, and which one to call for a method or scheme id. */
@Export
@Version("1.4.0")
package org.skilleval.core.registry;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
